using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LinksGenerator.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Configuration;

/// <summary>
/// Which AdditionalFiles are templates: the ones listed, one full path per line, in the list file the package's targets
/// write from the <c>TriggerLinksTemplate</c> items (buildTransitive/LinksGenerator.targets) and pass as an AdditionalFile
/// itself. Other additional files are none of our business. In a command-line build the targets also pass the index of
/// the fields the build found in the templates it checks (<see cref="TemplateFieldIndex"/>): a template in it is judged by
/// those fields, without the compiler reading it again.
/// </summary>
/// <remarks>
/// A list file rather than item metadata made visible to the compiler: visible metadata makes MSBuild write a section
/// for every AdditionalFile into the generated global config, and the compiler matches every file against every section,
/// so 1,000 templates cost 70 ms and 10,000 over a second in each build (docs/benchmarks.md, section 4). A property
/// cannot carry the list either: the compiler cuts property values at <c>#</c> and <c>;</c>, which paths may hold.
/// </remarks>
internal sealed class TemplateFiles
{
    /// <summary>The list file's name; the targets write it into the project's intermediate folder.</summary>
    public const string ListFileName = "LinksGenerator.Templates.txt";

    public static readonly TemplateFiles None = new(new HashSet<string>(StringComparer.Ordinal), null);

    private readonly HashSet<string> _paths;

    /// <summary>The scanned fields of templates by normalized path; null without a readable index.</summary>
    private readonly Dictionary<string, ScannedField[]>? _scanned;

    private TemplateFiles(HashSet<string> paths, Dictionary<string, ScannedField[]>? scanned)
    {
        _paths = paths;
        _scanned = scanned;
    }

    public int Count => _paths.Count;

    /// <summary>The templates named by every list file among <paramref name="additionalFiles"/>.</summary>
    public static TemplateFiles Read(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        HashSet<string>? paths = null;
        AdditionalText? index = null;
        int indexes = 0;
        foreach (AdditionalText file in additionalFiles)
        {
            if (IsIndex(file.Path))
            {
                index = file;
                indexes++;
                continue;
            }

            if (!IsList(file.Path) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            paths ??= new HashSet<string>(StringComparer.Ordinal);
            foreach (TextLine line in text.Lines)
            {
                string path = line.ToString().Trim().TrimStart('\uFEFF'); // a BOM the reader left in, should one be there
                if (path.Length > 0)
                {
                    paths.Add(FilePaths.Normalize(path));
                }
            }
        }

        if (paths is null)
        {
            return None;
        }

        // One index only: with two (one passed by hand as well?) the templates are read, as without one.
        Dictionary<string, ScannedField[]>? scanned = indexes == 1 && index!.GetText(cancellationToken) is { } indexText
            ? Normalized(TemplateFieldIndex.Read(indexText.ToString()))
            : null;
        return new TemplateFiles(paths, scanned);
    }

    /// <summary>Whether the file at <paramref name="path"/> is a template; the list file and the index never are.</summary>
    public bool IsTemplate(string path) => IsTemplate(path, out _);

    /// <summary>
    /// Whether the file at <paramref name="path"/> is a template (the list and the index never are), and if the build
    /// scanned it, its <paramref name="fields"/>.
    /// </summary>
    public bool IsTemplate(string path, out ScannedField[]? fields)
    {
        fields = null;
        if (_paths.Count == 0 || IsList(path) || IsIndex(path))
        {
            return false;
        }

        string normalized = FilePaths.Normalize(path);
        if (!_paths.Contains(normalized))
        {
            return false;
        }

        _scanned?.TryGetValue(normalized, out fields);
        return true;
    }

    /// <summary>Whether the AdditionalFile at <paramref name="path"/> is a template list.</summary>
    public static bool IsList(string path) => string.Equals(SnapshotFiles.FileName(path), ListFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the AdditionalFile at <paramref name="path"/> is the index of scanned fields.</summary>
    public static bool IsIndex(string path) => string.Equals(SnapshotFiles.FileName(path), TemplateFieldIndex.FileName, StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, ScannedField[]>? Normalized(Dictionary<string, ScannedField[]>? index)
    {
        if (index is null)
        {
            return null;
        }

        var normalized = new Dictionary<string, ScannedField[]>(index.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, ScannedField[]> template in index)
        {
            normalized[FilePaths.Normalize(template.Key)] = template.Value;
        }

        return normalized;
    }
}
