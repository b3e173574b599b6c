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
/// itself builds: the snapshot's as it is (the members code uses now) and as it will be (what those members become);
/// and of the members whose meaning changes with no line about their own link (<see cref="MemberShifts"/>). The new
/// catalog is worked out only when a change can move a member, so a large first pull never pays for it.
/// </summary>
internal sealed class MemberFates
{
    /// <summary>How code names the class the members are in: <c>TriggerLinks</c>, or <c>TriggerLinks.Downtown</c>.</summary>
    private readonly string _class;

    /// <summary>Live link id → its member, in the snapshot as it is (for the changed links only, as are the two below).</summary>
    private readonly Dictionary<string, string> _membersBefore = new(StringComparer.Ordinal);

    /// <summary>Live link id → the members of its aliases (its former names), in the snapshot as it is.</summary>
    private readonly Dictionary<string, List<string>> _aliasesBefore = new(StringComparer.Ordinal);

    /// <summary>Deleted link id → its tombstone member, in the snapshot as it is.</summary>
    private readonly Dictionary<string, string> _tombstonesBefore = new(StringComparer.Ordinal);

    /// <summary>Live link id → its member, in the snapshot as it will be (for the changed links).</summary>
    private readonly Dictionary<string, string> _membersAfter = new(StringComparer.Ordinal);

    /// <summary>Deleted link id → its tombstone member, in the snapshot as it will be (for the changed links).</summary>
    private readonly Dictionary<string, string> _tombstonesAfter = new(StringComparer.Ordinal);

    /// <summary>Every member of the snapshot as it will be → what it stands for then.</summary>
    private readonly Dictionary<string, MemberOwner> _owners;

    /// <summary>The ids the snapshot as it will be remembers as deleted: a hard-coded field of one is LNK004.</summary>
    private readonly HashSet<string> _deletedAfter = new(StringComparer.Ordinal);

    private MemberFates(HashSet<string> changed, HashSet<string> deletedIds, string memberClass, CatalogLocation? before, CatalogLocation after, bool findShifts)
    {
        _class = memberClass;
        _owners = MemberOwners.Of(after);

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

        foreach (TriggerLink link in after.Links)
        {
            if (changed.Contains(link.Id))
            {
                _membersAfter[link.Id] = link.MemberName;
            }
        }

        foreach (DeletedLink deleted in after.DeletedLinks)
        {
            if (changed.Contains(deleted.Id))
            {
                _deletedAfter.Add(deleted.Id);
                if (deleted.TombstoneMember is { } member)
                {
                    _tombstonesAfter[deleted.Id] = member;
                }
            }
        }

        Shifts = findShifts && before is not null ? MemberShifts.Between(memberClass, MemberOwners.Of(before), _owners, changed, DescribedMembers(deletedIds)) : [];
    }

    /// <summary>
    /// The members whose fate the lines of the changed links tell: a renamed link's old member, a restored link's error,
    /// a deleted link's member and its aliases (<see cref="Renamed"/>, <see cref="Restored"/>, <see cref="Deleted"/>).
    /// </summary>
    private HashSet<string> DescribedMembers(HashSet<string> deletedIds)
    {
        var members = new HashSet<string>(_membersBefore.Values, StringComparer.Ordinal);
        members.UnionWith(_tombstonesBefore.Values);
        foreach (string id in deletedIds)
        {
            members.UnionWith(_aliasesBefore.GetValueOrDefault(id) ?? []);
        }

        return members;
    }

    /// <summary>The lines of <see cref="MemberShifts"/>: members that change meaning with no line about their own link.</summary>
    public IReadOnlyList<string> Shifts { get; }

    /// <summary>
    /// The fates of what <paramref name="diff"/> renames, deletes or restores, and of the members an added link can take
    /// or push aside; null when it does none of that. A snapshot of another location, or one whose history is dropped,
    /// says so in a line of its own, and every member's fate follows from it: no member is compared then.
    /// </summary>
    public static MemberFates? For(SnapshotDiff diff, StoredLocation stored, LocationContent content)
    {
        var changed = new HashSet<string>(diff.Changes.Where(TouchesMembers).Select(c => c.Id), StringComparer.Ordinal);
        var deletedIds = new HashSet<string>(diff.Changes.Where(c => c.Kind == ChangeKind.Deleted).Select(c => c.Id), StringComparer.Ordinal);
        bool findShifts = !diff.LocationChanged && !diff.HistoryDropped && diff.Changes.Any(c => TouchesMembers(c) || c.Kind == ChangeKind.Added);
        if (changed.Count == 0 && !(findShifts && stored.Catalog is not null))
        {
            return null;
        }

        return new MemberFates(changed, deletedIds, stored.MemberClass, stored.Catalog, content.Interpret(), findShifts);
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
        if (!_owners.TryGetValue(member, out MemberOwner owner))
        {
            // A deleted link whose error another link's name (or old name) pushed to its id, or gave back: the error is there, elsewhere.
            return _tombstonesAfter.TryGetValue(id, out string? tombstone) && !string.Equals(tombstone, member, StringComparison.Ordinal)
                ? $"{shown} is gone (its error is {_class}.{tombstone}{MemberShifts.WhyMoved(member, tombstone, id)}): code that uses {shown} no longer compiles"
                : $"{shown} is gone: code that uses it no longer compiles";
        }

        bool same = string.Equals(owner.Id, id, StringComparison.Ordinal);
        string other = $"another link, {Printable.Quote(owner.Name)} ({Printable.Line(owner.Id)})";
        return owner.Kind switch
        {
            // A link has one live member, and a renamed or deleted link's old member is not it: a live owner is another link.
            MemberKind.Live => $"{shown} now belongs to {other}",
            MemberKind.Alias when same => $"{shown} stays as an obsolete alias (warning CS0618)",
            MemberKind.Alias => $"{shown} is now an obsolete alias of {other}",
            _ when same => $"{shown} stays as an error (CS0619: deleted from HighLevel)",
            _ => $"{shown} now stands for {other}, deleted too: an error (CS0619)",
        };
    }
}
