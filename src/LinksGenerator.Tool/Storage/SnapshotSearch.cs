using System;
using System.IO;
using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Where the build finds a project's snapshot when nothing names one: the nearest <c>links.snapshot.json</c> in the
/// project's folder or any folder above it (docs/snapshot-format.md, "Where the build finds it"). <c>lint</c> follows it
/// for each template; <c>check</c> and <c>pull</c>, which use the current folder's, point at it when they would miss it.
/// </summary>
internal static class SnapshotSearch
{
    /// <summary>The snapshot in <paramref name="folder"/> itself, if there is one.</summary>
    public static string? In(string folder) =>
        Path.Combine(folder, SnapshotFormat.DefaultFileName) is var candidate && File.Exists(candidate) ? candidate : null;

    /// <summary>The nearest snapshot in a folder above <paramref name="folder"/> (not in it), if there is one.</summary>
    public static string? Above(string folder)
    {
        for (string? parent = Path.GetDirectoryName(folder); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (In(parent) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The names of the C# project files in <paramref name="folder"/> itself, in order; none when it cannot be read.</summary>
    public static string[] ProjectsIn(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.csproj").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// For a command run on the default path in a folder without a snapshot: the one above that the build of a project
    /// here uses instead, as a path relative to <paramref name="workingDirectory"/>; null when the path was given, or
    /// there is none above.
    /// </summary>
    public static string? BuildUsesInstead(string workingDirectory, string path) =>
        path == SnapshotFormat.DefaultFileName && Above(workingDirectory) is { } above ? Path.GetRelativePath(workingDirectory, above) : null;
}
