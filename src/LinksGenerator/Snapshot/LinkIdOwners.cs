using System;
using System.Collections.Generic;

namespace LinksGenerator.Snapshot;

/// <summary>
/// The rule that a link id belongs to one location of a many-location snapshot (live or deleted): a HighLevel link
/// belongs to one location, and an id in two would leave the analyzer guessing which location a field means. The build
/// reports a repeat as LNK100; ghl-links refuses to write one.
/// </summary>
internal static class LinkIdOwners
{
    /// <summary>
    /// Each id that a later location repeats, with the location that had it first and the repeating one, in file order;
    /// <paramref name="ids"/>, the number of ids in all, sizes the table once (50,000 ids of an agency's file).
    /// </summary>
    public static IEnumerable<(string Id, string Owner, string Repeater)> Repeats(IEnumerable<(string Location, IEnumerable<string?> Ids)> locations, int ids = 0)
    {
        // Each id's first location, and the last location a repeat of it was reported for: an id a location lists twice is
        // its own (no repeat), and one repeated twice by a later location is reported once, without a set per location.
        var owners = new Dictionary<string, (int OwnerIndex, int ReportedIndex)>(ids, StringComparer.Ordinal);
        var names = new List<string>();
        int index = -1;
        foreach (var (location, locationIds) in locations)
        {
            index++;
            names.Add(location);
            foreach (string? id in locationIds)
            {
                if (id is null)
                {
                    continue;
                }

                if (!owners.TryGetValue(id, out var known))
                {
                    owners[id] = (index, -1);
                }
                else if (known.OwnerIndex != index && known.ReportedIndex != index)
                {
                    owners[id] = known with { ReportedIndex = index };
                    yield return (id, names[known.OwnerIndex], location);
                }
            }
        }
    }

    /// <summary>The words for a repeat, without advice (which differs between the build and ghl-links).</summary>
    public static string Describe(string safeId, string owner, string repeater) =>
        $"the link id '{safeId}' is in both '{owner}' and '{repeater}', but a HighLevel link belongs to one location";
}
