using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Configuration;

/// <summary>How an additional file relates to the snapshot.</summary>
internal enum SnapshotFileKind
{
    None = 0,

    /// <summary>Named <c>links.snapshot.json</c> but not marked by the package's MSBuild wiring (added by hand, or in tests).</summary>
    Named = 1,

    /// <summary>The file the project's <c>TriggerLinksSnapshot</c> property names (the package's MSBuild wiring sets it).</summary>
    Configured = 2,
}

/// <summary>
/// Finds the snapshot among a project's AdditionalFiles, the same way for the generator and the analyzer: the file the
/// <c>TriggerLinksSnapshot</c> property names wins; otherwise a file named <c>links.snapshot.json</c>.
/// </summary>
internal static class SnapshotFiles
{
    /// <param name="path">An AdditionalFile's path.</param>
    /// <param name="configured">The <c>TriggerLinksSnapshot</c> property as the compiler sees it (<see cref="ProjectSettings.ConfiguredSnapshot"/>).</param>
    public static SnapshotFileKind Classify(string path, string? configured)
    {
        if (configured is not null && FilePaths.Same(path, configured))
        {
            return SnapshotFileKind.Configured;
        }

        return string.Equals(FileName(path), SnapshotFormat.DefaultFileName, StringComparison.OrdinalIgnoreCase)
            ? SnapshotFileKind.Named
            : SnapshotFileKind.None;
    }

    /// <summary>
    /// The snapshot to use among candidates: the best kind, then the first path in ordinal order, so the choice never
    /// depends on the order MSBuild listed the files in. The same file listed twice is one candidate.
    /// </summary>
    public static T? Choose<T>(IEnumerable<T> candidates, Func<T, SnapshotFileKind> kindOf, Func<T, string> pathOf)
        where T : class =>
        candidates
            .Where(c => kindOf(c) != SnapshotFileKind.None)
            .OrderByDescending(kindOf)
            .ThenBy(pathOf, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The file name of a path written with either separator (no file-system access: analyzers may not touch it).</summary>
    public static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
