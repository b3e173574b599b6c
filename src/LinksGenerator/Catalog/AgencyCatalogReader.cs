using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Collections;
using LinksGenerator.Rules;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Catalog;

/// <summary>
/// What a many-location snapshot means (docs/generated-code.md, "Many locations"): each location becomes a nested class
/// named after the user's name for it (a name that makes no identifier, collides with another or with a member of
/// <c>TriggerLinks</c>, or an id that is missing or repeated, is LNK100 asking to rename or fix); its links are read like
/// a one-location snapshot's; the members every location has go on <c>TriggerLinks.Location</c>, and each member only
/// some have is LNK104.
/// </summary>
internal static class AgencyCatalogReader
{
    /// <summary>Lists of locations in messages stop after this many, so fifty locations still make a readable line.</summary>
    private const int Listed = 5;

    public static LinkCatalog Interpret(IReadOnlyList<SnapshotLocation> locations, TextRange listRange, List<SnapshotIssue> issues)
    {
        if (locations.Count == 0)
        {
            // ghl-links reads such a file (pull --location adds to it); a build has nothing to generate or judge fields by.
            issues.Add(LinkCatalogReader.Issue(TriggerLinkRules.SnapshotUnreadable.Id, listRange, "\"locations\" is empty: add a location with 'ghl-links pull --location NAME=LOCATION_ID'"));
            return LinkCatalog.Unreadable(issues.ToEquatableArray());
        }

        List<(SnapshotLocation Location, string ClassName)>? named = NameLocations(locations, issues);
        if (named is null || !LinksBelongToOneLocation(named.Select(n => n.Location), issues))
        {
            return LinkCatalog.Unreadable(issues.ToEquatableArray());
        }

        var catalogs = new List<(CatalogLocation Catalog, Dictionary<string, TextRange> Ranges)>(named.Count);
        foreach (var (location, className) in named.OrderBy(n => n.Location.Name, StringComparer.Ordinal))
        {
            var ranges = new Dictionary<string, TextRange>(location.Links.Count, StringComparer.Ordinal);
            CatalogLocation catalog = LinkCatalogReader.InterpretLocation(
                location.Name, className, location.LocationId, location.Links, location.DeletedLinks, MemberScope.ForLocation(className), issues, ranges);
            catalogs.Add((catalog, ranges));
        }

        var located = catalogs.Select(c => c.Catalog).ToList();
        var members = new SortedSet<string>(catalogs.SelectMany(c => c.Ranges.Keys), StringComparer.Ordinal);
        EquatableArray<string> shared = members.Where(member => catalogs.All(c => c.Ranges.ContainsKey(member))).ToEquatableArray();
        EquatableArray<FormerSharedMember> former = FormerSharedMembers.Of(located, shared);
        ReportMembersNotShared(catalogs, members, shared, former, issues);
        return new LinkCatalog(true, true, located.ToEquatableArray(), shared, former, issues.ToEquatableArray());
    }

    /// <summary>Each location's class name, or null (with LNK100 issues) when a location cannot be generated as it is.</summary>
    private static List<(SnapshotLocation, string)>? NameLocations(IReadOnlyList<SnapshotLocation> locations, List<SnapshotIssue> issues)
    {
        int fatal = 0;
        var named = new List<(SnapshotLocation Location, string ClassName)>(locations.Count);
        var seenIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (SnapshotLocation location in locations)
        {
            TextRange where = location.NameRange ?? location.Range;
            string? className = string.IsNullOrWhiteSpace(location.Name) ? null : MemberNamer.LocationClassName(location.Name!);
            string? problem =
                string.IsNullOrWhiteSpace(location.Name) ? "a location has no \"name\": give each location a name, which becomes its class in TriggerLinks" :
                className is null ? $"the location name '{location.Name}' has no letter or digit, so it makes no class name: rename it" :
                MemberScope.Agency.ReservedNames.Contains(className) ? $"the location name '{location.Name}' would make TriggerLinks.{className}, a name TriggerLinks already uses: rename it" :
                className is MemberNamer.LocationIdMember or MemberNamer.AllMember ? $"the location name '{location.Name}' would make TriggerLinks.{className}, a class whose own {className} member would have its name: rename it" :
                !MergeField.IsValidId(location.LocationId) ? $"the location '{location.Name}' has no valid \"locationId\" ({MergeField.IdRule})" :
                seenIds.TryGetValue(location.LocationId!, out string? other) ? $"the locations '{other}' and '{location.Name}' have the same locationId '{location.LocationId}': keep one" :
                null;
            if (problem is not null)
            {
                issues.Add(LinkCatalogReader.Issue(TriggerLinkRules.SnapshotUnreadable.Id, where, problem));
                fatal++;
                continue;
            }

            seenIds[location.LocationId!] = location.Name!;
            named.Add((location, className!));
        }

        foreach (var collision in named.GroupBy(n => n.ClassName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            string[] quoted = collision.Select(n => "'" + n.Location.Name + "'").OrderBy(n => n, StringComparer.Ordinal).ToArray();
            string names = string.Join(", ", quoted, 0, quoted.Length - 1) + " and " + quoted[quoted.Length - 1];
            string which = quoted.Length == 2 ? "both make" : "all make";
            string rename = quoted.Length == 2 ? "rename one of them" : "rename all but one of them";
            foreach (var (location, _) in collision)
            {
                issues.Add(LinkCatalogReader.Issue(TriggerLinkRules.SnapshotUnreadable.Id, location.NameRange ?? location.Range, $"the location names {names} {which} TriggerLinks.{collision.Key}: {rename}"));
                fatal++;
            }
        }

        return fatal == 0 ? named : null;
    }

    /// <summary>
    /// Whether every link id (live or deleted) is in one location only (else LNK100 at each repeat): a HighLevel link
    /// belongs to one location, and an id in two would leave the analyzer guessing which location a field means.
    /// </summary>
    internal static bool LinksBelongToOneLocation(IEnumerable<SnapshotLocation> locations, List<SnapshotIssue> issues)
    {
        var inOrder = locations.ToList();
        int repeats = 0;
        int ids = inOrder.Sum(l => l.Links.Count + l.DeletedLinks.Count);
        foreach (var (id, owner, repeater) in LinkIdOwners.Repeats(inOrder.Select(l => (l.Name!, l.Links.Concat(l.DeletedLinks).Select(link => link.Id))), ids))
        {
            SnapshotLocation location = inOrder.First(l => l.Name == repeater);
            SnapshotLink repeat = location.Links.Concat(location.DeletedLinks).First(l => l.Id == id);
            issues.Add(LinkCatalogReader.Issue(
                TriggerLinkRules.SnapshotUnreadable.Id,
                repeat.IdRange ?? repeat.Range,
                LinkIdOwners.Describe(MessageText.Safe(id), owner, repeater) + ": keep it in the location it belongs to, and pull that location again"));
            repeats++;
        }

        return repeats == 0;
    }

    /// <summary>
    /// LNK104, where it is first named, for each live member (of <paramref name="members"/>, sorted) only some locations
    /// have: not on <c>Location</c>, or there only as an obsolete property (a shared link renamed or deleted in some
    /// locations), which the message says.
    /// </summary>
    private static void ReportMembersNotShared(
        List<(CatalogLocation Catalog, Dictionary<string, TextRange> Ranges)> locations,
        SortedSet<string> members,
        EquatableArray<string> shared,
        EquatableArray<FormerSharedMember> former,
        List<SnapshotIssue> issues)
    {
        var sharedMembers = new HashSet<string>(shared, StringComparer.Ordinal);
        foreach (string member in members)
        {
            if (sharedMembers.Contains(member))
            {
                continue;
            }

            string onLocation = former.FirstOrDefault(f => f.Member == member) switch
            {
                { Deleted: true } => $"{AgencyMembers.LocationPath}.{member} is an error to use (CS0619)",
                { } => $"{AgencyMembers.LocationPath}.{member} is obsolete (CS0618)",
                null => $"{AgencyMembers.LocationPath} has no {member}",
            };
            var having = locations.Where(l => l.Ranges.ContainsKey(member)).ToList();
            issues.Add(LinkCatalogReader.Issue(
                TriggerLinkRules.MemberNotInEveryLocation.Id,
                having[0].Ranges[member],
                onLocation,
                List(having.Select(l => l.Catalog.Name!)),
                List(locations.Where(l => !l.Ranges.ContainsKey(member)).Select(l => l.Catalog.Name!))));
        }
    }

    /// <summary>Names for a message: the first few, then how many more.</summary>
    internal static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        string shown = string.Join(", ", all.Take(Listed));
        return all.Count > Listed ? $"{shown} and {all.Count - Listed} more" : shown;
    }
}
