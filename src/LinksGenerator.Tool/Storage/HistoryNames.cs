using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// The former names a written link keeps: each once, oldest first, never its current name. The build reads a file that
/// breaks this the same way (a repeat is kept once, the current name left out: LNK101), so writing it so loses nothing.
/// </summary>
internal static class HistoryNames
{
    public static List<string> Of(string? current, IEnumerable<string> names) =>
        names.Where(name => !string.Equals(name, current, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The entry as it is, but for repeats in its former names (which the build leaves out too).</summary>
    public static SnapshotEntry WithoutRepeats(SnapshotEntry entry) =>
        AreClean(entry.Name, entry.FormerNames) ? entry : entry with { FormerNames = Of(entry.Name, entry.FormerNames!) };

    /// <summary>Whether <paramref name="names"/> are already as <see cref="Of"/> gives them: true for most links, checked without allocating.</summary>
    private static bool AreClean(string? current, IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return true;
        }

        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], current, StringComparison.Ordinal))
            {
                return false;
            }

            for (int j = 0; j < i; j++)
            {
                if (string.Equals(names[i], names[j], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
