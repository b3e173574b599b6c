using System;
using System.Collections.Generic;
using System.Linq;

namespace LinksGenerator.Catalog;

/// <summary>
/// Names what the snapshot remembers (docs/generated-code.md, "Renamed and deleted links"): an alias for each former
/// name whose member differs from every live member, and a tombstone for each deleted link whose member no live member
/// takes. Live names always win; aliases and tombstones that collide among themselves all get <c>_&lt;id&gt;</c>, as live
/// links do; anything still taken after that is numbered. Last, a deleted link's former names get tombstones too, where
/// their members are still free: code that used a renamed link's alias fails with the deletion's message, not with a bare
/// CS0117; they never take or change a name anything else has. Like <see cref="MemberNamer"/>, the result never depends
/// on the order of links.
/// </summary>
internal static class HistoryNamer
{
    // Classes, not structs: generic code over reference types is shared and already compiled in the framework, while
    // each struct instantiation (List<Renamed>, LINQ over it) would be JIT-compiled in every fresh compiler process.

    /// <summary>A renamed live link: its id, its member now, and the names it had before.</summary>
    public sealed record Renamed(string Id, string Member, string? Name, IReadOnlyList<string> FormerNames);

    /// <summary>A deleted link: its id, its last name, and the names it had before that.</summary>
    public sealed record Deleted(string Id, string? Name, IReadOnlyList<string> FormerNames);

    /// <summary>
    /// What history adds: the alias members, each deleted id's tombstone member (if it gets one), and the tombstones of
    /// deleted links' former names.
    /// </summary>
    public sealed record Names(
        IReadOnlyList<(string Id, string FormerName, string Member)> Aliases,
        IReadOnlyDictionary<string, string> Tombstones,
        IReadOnlyList<(string Id, string FormerName, string Member)> FormerNameTombstones);

    public static Names Assign(IReadOnlyCollection<string> liveMembers, IEnumerable<Renamed> renamed, IReadOnlyCollection<Deleted> deleted, MemberScope scope)
    {
        var taken = new HashSet<string>(liveMembers, StringComparer.Ordinal);
        taken.UnionWith(scope.ReservedNames);

        var candidates = new List<Candidate>();
        foreach (Renamed link in renamed)
        {
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (string formerName in link.FormerNames)
            {
                string member = Plain(link.Id, formerName, scope);
                if (member != link.Member && !taken.Contains(member) && own.Add(member))
                {
                    candidates.Add(new Candidate(member, link.Id, formerName, IsAlias: true));
                }
            }
        }

        foreach (Deleted link in deleted)
        {
            string member = Plain(link.Id, link.Name, scope);
            if (!taken.Contains(member))
            {
                candidates.Add(new Candidate(member, link.Id, link.Name, IsAlias: false));
            }
        }

        // The usual rule: every candidate that shares its name with another gets its id appended, not all but one.
        var sharers = new HashSet<string>(candidates.GroupBy(c => c.Member, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key), StringComparer.Ordinal);
        var aliases = new List<(string, string, string)>();
        var tombstones = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Candidate candidate in candidates.OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            string member = sharers.Contains(candidate.Member) ? candidate.Member + "_" + MemberNamer.IdSuffix(candidate.Id) : candidate.Member;
            member = Free(member, taken);
            if (candidate.IsAlias)
            {
                aliases.Add((candidate.Id, candidate.Name!, member));
            }
            else
            {
                tombstones.Add(candidate.Id, member);
            }
        }

        return new Names(aliases, tombstones, FormerNameTombstones(deleted, taken, scope));
    }

    /// <summary>
    /// Tombstones for deleted links' former names, on the names nothing else took (<paramref name="taken"/> holds every
    /// member so far); a name two deleted links once had is nobody's, so neither gets it.
    /// </summary>
    private static List<(string Id, string FormerName, string Member)> FormerNameTombstones(IReadOnlyCollection<Deleted> deleted, HashSet<string> taken, MemberScope scope)
    {
        var candidates = new List<(string Id, string FormerName, string Member)>();
        foreach (Deleted link in deleted)
        {
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (string formerName in link.FormerNames)
            {
                string member = Plain(link.Id, formerName, scope);
                if (!taken.Contains(member) && own.Add(member))
                {
                    candidates.Add((link.Id, formerName, member));
                }
            }
        }

        return candidates
            .GroupBy(c => c.Member, StringComparer.Ordinal)
            .Where(g => g.Count() == 1) // each link's own names are distinct members already
            .Select(g => g.Single())
            .OrderBy(c => c.Member, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The member a name gets on its own, with the reserved-name rule applied (<c>All</c> → <c>All_&lt;id&gt;</c>).</summary>
    private static string Plain(string id, string? name, MemberScope scope)
    {
        string member = MemberNamer.BaseName(id, name).Value;
        return scope.ReservedNames.Contains(member) ? member + "_" + MemberNamer.IdSuffix(id) : member;
    }

    /// <summary>Takes <paramref name="member"/>, or the first <c>_2</c>, <c>_3</c>, … after it that nothing has taken.</summary>
    private static string Free(string member, HashSet<string> taken)
    {
        if (taken.Add(member))
        {
            return member;
        }

        int n = 2;
        while (!taken.Add(member + "_" + n))
        {
            n++;
        }

        return member + "_" + n;
    }

    private readonly record struct Candidate(string Member, string Id, string? Name, bool IsAlias);
}
