using System;
using System.Collections.Generic;
using System.Text;

namespace LinksGenerator.Configuration;

/// <summary>
/// Compares the paths MSBuild writes (full paths) with the paths the compiler gives AdditionalFiles (an item's path joined
/// to the project folder, <c>..</c> and all), without touching the file system: analyzers may not.
/// </summary>
internal static class FilePaths
{
    /// <summary>
    /// The path with forward slashes, no empty, <c>.</c> or <c>..</c> segments, and an upper-case drive letter: the
    /// same normalization the compiler applies before it matches a path against a global config's sections.
    /// </summary>
    public static string Normalize(string path)
    {
        string slashed = path.Replace('\\', '/');
        bool rooted = slashed.StartsWith("/", StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (string segment in slashed.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != ".." && !IsDrive(segments[segments.Count - 1], segments.Count - 1))
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segments.Count == 0 && IsDrive(segment, 0) ? char.ToUpperInvariant(segment[0]) + ":" : segment);
        }

        var normalized = new StringBuilder(path.Length);
        if (rooted)
        {
            normalized.Append(slashed.StartsWith("//", StringComparison.Ordinal) ? "//" : "/"); // keeps a UNC share a share
        }

        normalized.Append(string.Join("/", segments));
        return normalized.ToString();
    }

    /// <summary>Whether two paths name the same file, as far as their text can tell.</summary>
    public static bool Same(string left, string right) => string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    private static bool IsDrive(string segment, int index) => index == 0 && segment.Length == 2 && segment[1] == ':' && char.IsLetter(segment[0]);
}
