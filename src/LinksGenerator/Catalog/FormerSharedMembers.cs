using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Collections;

namespace LinksGenerator.Catalog;

/// <summary>
/// Which members <c>TriggerLinks.Location</c> keeps after a shared link changed in some locations (docs/generated-code.md,
/// "Many locations"): a name every location still has, live or as an alias, stays as an obsolete property giving each
/// location's link; a name every location has live, as an alias or as a tombstone, with a tombstone somewhere, stays as
/// a property whose every use is an error saying where the link was deleted.
/// </summary>
internal static class FormerSharedMembers
{
    public static EquatableArray<FormerSharedMember> Of(IReadOnlyList<CatalogLocation> locations, IReadOnlyCollection<string> shared)
    {
        var live = locations.Select(l => new HashSet<string>(l.Links.Select(link => link.MemberName), StringComparer.Ordinal)).ToList();
        var aliases = locations.Select(l => l.Aliases.GroupBy(a => a.MemberName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().TargetMember, StringComparer.Ordinal)).ToList();
        var tombstones = locations.Select(l => new HashSet<string>(
            l.DeletedLinks.SelectMany(d => d.FormerNameTombstones.Select(t => t.MemberName).Append(d.TombstoneMember ?? "")).Where(m => m.Length > 0),
            StringComparer.Ordinal)).ToList();
        var candidates = new SortedSet<string>(aliases.SelectMany(a => a.Keys).Concat(tombstones.SelectMany(t => t)), StringComparer.Ordinal);
        candidates.ExceptWith(shared);

        var kept = new List<FormerSharedMember>();
        foreach (string member in candidates)
        {
            var targets = new List<string>(locations.Count);
            var renamedIn = new List<(string Location, string Target)>();
            var deletedIn = new List<string>();
            for (int i = 0; i < locations.Count; i++)
            {
                string location = locations[i].Name!;
                if (live[i].Contains(member))
                {
                    targets.Add(member);
                }
                else if (aliases[i].TryGetValue(member, out string? target))
                {
                    targets.Add(target);
                    renamedIn.Add((location, target));
                }
                else if (tombstones[i].Contains(member))
                {
                    deletedIn.Add(location);
                }
                else
                {
                    break; // A location never had the name: it was never a member of Location.
                }
            }

            if (targets.Count + deletedIn.Count < locations.Count)
            {
                continue;
            }

            string property = AgencyMembers.LocationPath + "." + member;
            kept.Add(deletedIn.Count > 0
                ? new FormerSharedMember(
                    member,
                    EquatableArray<string>.Empty,
                    $"The trigger link behind {property} was deleted from HighLevel in {Where(deletedIn, locations.Count)}: a message using it there would send a dead link. " +
                    (deletedIn.Count == locations.Count
                        ? "Use another link, or remove this use"
                        : $"Use another link, or {MemberNamer.ClassName}.<Location>.{member} where it still exists"),
                    Deleted: true)
                : new FormerSharedMember(member, targets.ToEquatableArray(), RenamedMessage(property, renamedIn, locations.Count, targets, shared), Deleted: false)
                {
                    SharedTarget = SharedTargetOf(targets, shared),
                });
        }

        return kept.ToEquatableArray();
    }

    /// <summary>The one member of <c>Location</c> every location's link is now called, or null when they differ.</summary>
    private static string? SharedTargetOf(List<string> targets, IReadOnlyCollection<string> shared) =>
        targets.All(t => t == targets[0]) && shared.Contains(targets[0]) ? targets[0] : null;

    /// <summary>"Downtown and Uptown", or "every location" when that is all of them (a list of eleven says less).</summary>
    private static string Where(List<string> locations, int of) =>
        locations.Count == of && of > 1 ? "every location" : AgencyCatalogReader.List(locations);

    private static string RenamedMessage(string property, List<(string Location, string Target)> renamedIn, int locationCount, List<string> targets, IReadOnlyCollection<string> shared)
    {
        string where = Where(renamedIn.Select(r => r.Location).ToList(), locationCount);
        return SharedTargetOf(targets, shared) is { } now
            ? $"The trigger link behind {property} was renamed in HighLevel in {where}: use {AgencyMembers.LocationPath}.{now}"
            : $"The trigger link behind {property} was renamed in HighLevel in {where}, so the locations no longer share its name: this property still gives each " +
              $"location's link. For code that picks the location at run time, give the link one name in every location in HighLevel and pull again; " +
              $"else use each location's own member, such as {MemberNamer.ClassName}.{renamedIn[0].Location}.{renamedIn[0].Target}";
    }
}
