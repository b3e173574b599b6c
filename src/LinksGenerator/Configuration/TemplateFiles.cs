using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Configuration;

/// <summary>
/// Which AdditionalFiles are templates: the ones listed, one full path per line, in the list file the package's targets
/// write from the <c>TriggerLinksTemplate</c> items (buildTransitive/LinksGenerator.targets) and pass as an AdditionalFile
/// itself. Other additional files are none of our business.
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

    public static readonly TemplateFiles None = new(new HashSet<string>(StringComparer.Ordinal));

    private readonly HashSet<string> _paths;

    private TemplateFiles(HashSet<string> paths) => _paths = paths;

    public int Count => _paths.Count;

    /// <summary>The templates named by every list file among <paramref name="additionalFiles"/>.</summary>
    public static TemplateFiles Read(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        HashSet<string>? paths = null;
        foreach (AdditionalText file in additionalFiles)
        {
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

        return paths is null ? None : new TemplateFiles(paths);
    }

    /// <summary>Whether the file at <paramref name="path"/> is a template; the list file itself never is.</summary>
    /// <remarks>
    /// The compiler usually gives the full path just as MSBuild listed it, so the path is looked up as it is first and
    /// normalized only when that fails: normalizing every one took 18 of the 219 ms a build spent on 1,000 templates
    /// (docs/benchmarks.md, section 4). A path found as it is needs no normalizing: the list holds normalized paths.
    /// </remarks>
    public bool IsTemplate(string path) => _paths.Count > 0 && !IsList(path) && (_paths.Contains(path) || _paths.Contains(FilePaths.Normalize(path)));

    /// <summary>Whether the AdditionalFile at <paramref name="path"/> is a template list.</summary>
    public static bool IsList(string path) => string.Equals(SnapshotFiles.FileName(path), ListFileName, StringComparison.OrdinalIgnoreCase);
}
