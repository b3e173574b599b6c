using System.IO;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// The snapshot <c>lint</c> uses without <c>--snapshot</c>: the nearest <c>links.snapshot.json</c> in the current folder or
/// any folder above it, as a project's build finds its own from the project's folder (docs/snapshot-format.md, "Where
/// the build finds it"), so running lint from a project's folder finds the snapshot the project builds with.
/// </summary>
internal static class NearestSnapshot
{
    /// <summary>The path to use, relative to <paramref name="workingDirectory"/> when found; the default name (which lint reports as missing) when not.</summary>
    public static string From(string workingDirectory)
    {
        for (DirectoryInfo? folder = new(workingDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, SnapshotFormat.DefaultFileName);
            if (File.Exists(candidate))
            {
                return Path.GetRelativePath(workingDirectory, candidate);
            }
        }

        return SnapshotFormat.DefaultFileName;
    }
}
