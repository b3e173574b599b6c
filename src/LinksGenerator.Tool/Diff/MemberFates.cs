using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Catalog;
using LinksGenerator.Collections;
using LinksGenerator.Rules;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Diff;

/// <summary>
/// What the build will make of the members a rename, deletion or restore touches, told from the catalogs the generator
/// itself builds: the snapshot's as it is (the members code uses now) and as it will be (what those members become).
/// The new catalog is worked out only when such a change is to be described, so a large first pull never pays for it.
/// </summary>
internal sealed class MemberFates
{
    /// <summary>How code names the class the members are in: <c>TriggerLinks</c>, or <c>TriggerLinks.Downtown</c>.</summary>
    private readonly string _class;

    /// <summary>Live link id → its member, in the snapshot as it is (for the changed links only, as is all below).</summary>
    private readonly Dictionary<string, string> _membersBefore = new(StringComparer.Ordinal);

    /// <summary>Live link id → the members of its aliases (its former names), in the snapshot as it is.</summary>
    private readonly Dictionary<string, List<string>> _aliasesBefore = new(StringComparer.Ordinal);

    /// <summary>Deleted link id → its tombstone member, in the snapshot as it is.</summary>
    private readonly Dictionary<string, string> _tombstonesBefore = new(StringComparer.Ordinal);

    /// <summary>Live link id → its member, in the snapshot as it will be.</summary>
    private readonly Dictionary<string, string> _membersAfter = new(StringComparer.Ordinal);

    /// <summary>The members above, as they will be → what each stands for then; absent when it is no member at all.</summary>
    private readonly Dictionary<string, Owner> _owners = new(StringComparer.Ordinal);

    /// <summary>The ids the snapshot as it will be remembers as deleted: a hard-coded field of one is LNK004.</summary>
    private readonly HashSet<string> _deletedAfter = new(StringComparer.Ordinal);

    private MemberFates(HashSet<string> changed, string memberClass, CatalogLocation? before, CatalogLocation after)
    {
        _class = memberClass;

        // Only the changed links are indexed: a rename among 10,000 links needs a few entries, not 10,000 of each.
        foreach (TriggerLink link in before?.Links ?? EquatableArray<TriggerLink>.Empty)
        {
            if (changed.Contains(link.Id))
            {
                _membersBefore[link.Id] = link.MemberName;
            }
        }

        foreach (LinkAlias alias in before?.Aliases ?? EquatableArray<LinkAlias>.Empty)
        {
            if (changed.Contains(alias.Id))
            {
                (_aliasesBefore.TryGetValue(alias.Id, out List<string>? members) ? members : _aliasesBefore[alias.Id] = []).Add(alias.MemberName);
            }
        }

        foreach (DeletedLink deleted in before?.DeletedLinks ?? EquatableArray<DeletedLink>.Empty)
        {
            if (changed.Contains(deleted.Id) && deleted.TombstoneMember is { } member)
            {
                _tombstonesBefore[deleted.Id] = member;
            }
        }

        var asked = new HashSet<string>(_membersBefore.Values, StringComparer.Ordinal);
        asked.UnionWith(_tombstonesBefore.Values);
        asked.UnionWith(_aliasesBefore.Values.SelectMany(members => members));
        foreach (TriggerLink link in after.Links)
        {
            if (changed.Contains(link.Id))
            {
                _membersAfter[link.Id] = link.MemberName;
            }

            Own(asked, link.MemberName, OwnerKind.Live, link.Id, link.Name);
        }

        foreach (LinkAlias alias in after.Aliases)
        {
            Own(asked, alias.MemberName, OwnerKind.Alias, alias.Id, alias.CurrentName);
        }

        foreach (DeletedLink deleted in after.DeletedLinks)
        {
            if (changed.Contains(deleted.Id))
            {
                _deletedAfter.Add(deleted.Id);
            }

            if (deleted.TombstoneMember is { } member)
            {
                Own(asked, member, OwnerKind.Tombstone, deleted.Id, deleted.Name);
            }

            foreach (FormerNameTombstone former in deleted.FormerNameTombstones)
            {
                Own(asked, former.MemberName, OwnerKind.Tombstone, deleted.Id, deleted.Name);
            }
        }
    }

    private enum OwnerKind
    {
        Live,
        Alias,
        Tombstone,
    }

    /// <summary>The fates of what <paramref name="diff"/> renames, deletes or restores; null when it does none of that.</summary>
    public static MemberFates? For(SnapshotDiff diff, StoredLocation stored, LocationContent content)
    {
        var changed = new HashSet<string>(diff.Changes.Where(TouchesMembers).Select(c => c.Id), StringComparer.Ordinal);
        return changed.Count == 0 ? null : new MemberFates(changed, stored.MemberClass, stored.Catalog, content.Interpret());
    }

    /// <summary>": TriggerLinks.Old -> TriggerLinks.New; Old stays as an obsolete alias (warning CS0618)", or what else became of Old.</summary>
    public string Renamed(LinkChange change) => Moved(change.Id, _membersBefore.GetValueOrDefault(change.Id), "keeps its name");

    /// <summary>The restored link's member, and what became of the error the build kept for it.</summary>
    public string Restored(LinkChange change) => Moved(change.Id, _tombstonesBefore.GetValueOrDefault(change.Id), "is a live constant again");

    /// <summary>": TriggerLinks.Old stays as an error (CS0619: deleted from HighLevel); a hard-coded field of it is LNK004", or what else.</summary>
    public string Deleted(LinkChange change)
    {
        // Without the history, the id is simply unknown to the build: LNK001, like a mistyped one.
        string rule = _deletedAfter.Contains(change.Id) ? TriggerLinkRules.DeletedTriggerLink.Id : TriggerLinkRules.UnknownTriggerLink.Id;
        string field = $"a hard-coded field of it is {rule}";
        if (!_membersBefore.TryGetValue(change.Id, out string? member))
        {
            return $": {field}";
        }

        // Code may use the link's former names too (its aliases): each says what it becomes.
        IEnumerable<string> aliases = _aliasesBefore.GetValueOrDefault(change.Id) ?? [];
        IEnumerable<string> fates = aliases.Select(alias => Fate(alias, change.Id, $"its alias {_class}.{alias}"));
        return $": {string.Join("; ", fates.Prepend(Fate(member, change.Id, _class + "." + member)))}; {field}";
    }

    private string Moved(string id, string? before, string unchanged)
    {
        if (!_membersAfter.TryGetValue(id, out string? after))
        {
            return ""; // The build skips the link (LNK101 says why): there is no member to name.
        }

        if (before is null)
        {
            return $": now {_class}.{after}";
        }

        return string.Equals(before, after, StringComparison.Ordinal)
            ? $": {_class}.{after} {unchanged}"
            : $": {_class}.{before} -> {_class}.{after}; {Fate(before, id, before)}";
    }

    private static bool TouchesMembers(LinkChange change) => change.Kind is ChangeKind.Renamed or ChangeKind.Deleted or ChangeKind.Restored;

    /// <summary>What <paramref name="member"/>, a member of link <paramref name="id"/> before, is in the snapshot as it will be.</summary>
    private string Fate(string member, string id, string shown)
    {
        if (!_owners.TryGetValue(member, out Owner owner))
        {
            return $"{shown} is gone: code that uses it no longer compiles";
        }

        bool same = string.Equals(owner.Id, id, StringComparison.Ordinal);
        string other = $"another link, {Printable.Quote(owner.Name)} ({Printable.Line(owner.Id)})";
        return owner.Kind switch
        {
            // A link has one live member, and a renamed or deleted link's old member is not it: a live owner is another link.
            OwnerKind.Live => $"{shown} now belongs to {other}",
            OwnerKind.Alias when same => $"{shown} stays as an obsolete alias (warning CS0618)",
            OwnerKind.Alias => $"{shown} is now an obsolete alias of {other}",
            _ when same => $"{shown} stays as an error (CS0619: deleted from HighLevel)",
            _ => $"{shown} now stands for {other}, deleted too: an error (CS0619)",
        };
    }

    private void Own(HashSet<string> asked, string member, OwnerKind kind, string id, string? name)
    {
        if (asked.Contains(member))
        {
            _owners.TryAdd(member, new Owner(kind, id, name));
        }
    }

    private readonly record struct Owner(OwnerKind Kind, string Id, string? Name);
}
