using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

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

    public static readonly TemplateFiles None = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    /// <summary>
    /// The paths, as the compiler gives them, of the additional files to check, one per listed template, each with the
    /// locations its items name (none: it may use the links of any location).
    /// </summary>
    private readonly Dictionary<string, IReadOnlyList<string>> _paths;

    private TemplateFiles(Dictionary<string, IReadOnlyList<string>> paths) => _paths = paths;

    public int Count => _paths.Count;

    /// <summary>
    /// The templates named by the list among <paramref name="additionalFiles"/>: the file at <paramref name="listPath"/>,
    /// which the targets pass as a build property, or, where nothing passes one (an analyzer run without the package's
    /// targets), every file named <see cref="ListFileName"/>.
    /// </summary>
    /// <remarks>
    /// Each template once, however many spellings of its path the compiler got (<c>Templates/a.txt</c> and
    /// <c>/p//Templates/a.txt</c> from two includes): the first of them is checked. A C# file of the compilation listed as
    /// a template too is left to the C# check, which reports its strings already.
    /// </remarks>
    public static TemplateFiles Read(ImmutableArray<AdditionalText> additionalFiles, string? listPath, IEnumerable<SyntaxTree> sources, CancellationToken cancellationToken)
    {
        Dictionary<string, List<string>>? listed = null;
        foreach (AdditionalText file in additionalFiles)
        {
            if (!IsList(file.Path, listPath) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            listed ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
            TemplateListText.AddPaths(text.ToString(), listed);
        }

        if (listed is null)
        {
            return None;
        }

        var checkedPaths = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? compiled = null;
        foreach (AdditionalText file in additionalFiles)
        {
            // The compiler usually gives the full path just as MSBuild listed it, so the path is looked up as it is first
            // and normalized only when that fails: normalizing every one took 18 of the 219 ms a build spent on 1,000
            // templates (docs/benchmarks.md, section 4). A path found as it is needs no normalizing: the list holds
            // normalized paths.
            string path = file.Path;
            string key = listed.ContainsKey(path) ? path : FilePaths.Normalize(path);
            if (!listed.TryGetValue(key, out List<string>? locations) || IsList(path, listPath) || !claimed.Add(key))
            {
                continue;
            }

            if (path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && (compiled ??= CompiledPaths(sources)).Contains(key))
            {
                continue;
            }

            checkedPaths.Add(path, locations);
        }

        return new TemplateFiles(checkedPaths);
    }

    /// <summary>
    /// Whether the AdditionalFile at <paramref name="path"/> is a template to check (the list itself never is), and the
    /// locations whose links it may use: empty for any location's.
    /// </summary>
    public bool IsTemplate(string path, out IReadOnlyList<string> locations) => _paths.TryGetValue(path, out locations!);

    /// <summary>Whether the AdditionalFile at <paramref name="path"/> is the template list.</summary>
    /// <remarks>By name first: a path compared in full only for a file of the list's name, so other files cost one name check.</remarks>
    private static bool IsList(string path, string? listPath) =>
        string.Equals(SnapshotFiles.FileName(path), ListFileName, StringComparison.OrdinalIgnoreCase)
        && (listPath is null || string.Equals(path, listPath, StringComparison.Ordinal) || FilePaths.Same(path, listPath));

    private static HashSet<string> CompiledPaths(IEnumerable<SyntaxTree> sources)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in sources)
        {
            if (tree.FilePath.Length > 0)
            {
                paths.Add(FilePaths.Normalize(tree.FilePath));
            }
        }

        return paths;
    }
}
