using System;
using System.Collections.Generic;
using System.Linq;

namespace LinksGenerator.Snapshot;

/// <summary>
/// The rule that a link id belongs to one location of a many-location snapshot (live or deleted): a HighLevel link
/// belongs to one location, and an id in two would leave the analyzer guessing which location a field means. The build
/// reports a repeat as LNK100; ghl-links refuses to write one.
/// </summary>
internal static class LinkIdOwners
{
    /// <summary>Each id that a later location repeats, with the location that had it first and the repeating one, in file order.</summary>
    public static IEnumerable<(string Id, string Owner, string Repeater)> Repeats(IEnumerable<(string Location, IEnumerable<string?> Ids)> locations)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (location, ids) in locations)
        {
            foreach (string id in ids.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (owners.TryGetValue(id, out string? owner))
                {
                    yield return (id, owner, location);
                }
                else
                {
                    owners[id] = location;
                }
            }
        }
    }

    /// <summary>The words for a repeat, without advice (which differs between the build and ghl-links).</summary>
    public static string Describe(string safeId, string owner, string repeater) =>
        $"the link id '{safeId}' is in both '{owner}' and '{repeater}', but a HighLevel link belongs to one location";
}
