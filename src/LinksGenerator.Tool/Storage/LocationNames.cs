using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Catalog;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Whether the build can make a class of each location of a many-location snapshot (LNK100 when not: no name, a name
/// without a letter or digit, one that collides with another or with a member of <c>TriggerLinks</c>, an id missing or
/// repeated, a link id in two locations). Judged by the generator's own <see cref="AgencyCatalogReader"/>: the names on
/// the locations without their links, which never change that verdict, so asking costs little however many links there are.
/// </summary>
internal static class LocationNames
{
    /// <summary>The LNK100 problems of <paramref name="locations"/>, where the file has them; empty when every one is usable.</summary>
    public static IReadOnlyList<SnapshotIssue> Problems(IEnumerable<SnapshotLocation> locations)
    {
        List<SnapshotLocation> namesOnly = locations.Select(l => l with { Links = [], DeletedLinks = [] }).ToList();
        if (namesOnly.Count == 0)
        {
            return []; // An empty list is no build's snapshot (LNK100), but pull --location adds to it.
        }

        LinkCatalog catalog = AgencyCatalogReader.Interpret(namesOnly, default, []);
        if (!catalog.IsReadable)
        {
            return catalog.Issues;
        }

        // A link id in two locations (live, or one's deleted link) makes the file unusable as surely: say so before any
        // request, at the repeat, rather than ask HighLevel and blame its answers.
        var repeats = new List<SnapshotIssue>();
        AgencyCatalogReader.LinksBelongToOneLocation(locations, repeats);
        return repeats;
    }

    /// <summary>
    /// The same for locations not read from a file (given on the command line): the problems' words alone, each once (a
    /// collision is reported at each of its locations, which without a place in a file would read as the same line twice).
    /// </summary>
    public static IReadOnlyList<string> Problems(IEnumerable<(string Name, string LocationId)> locations) =>
        Problems(locations.Select(l => new SnapshotLocation(l.Name, l.LocationId, [], [], default, null)))
            .Select(issue => string.Join("; ", issue.MessageArgs))
            .Distinct(System.StringComparer.Ordinal)
            .ToList();
}
