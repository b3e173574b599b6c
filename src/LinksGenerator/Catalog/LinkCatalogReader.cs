using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using LinksGenerator.Collections;
using LinksGenerator.Rules;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Catalog;

/// <summary>
/// Reads a snapshot's text (with <see cref="SnapshotReader"/>) and decides what it means: which entries are usable links
/// (LNK101 for the rest), what each member is called (<see cref="MemberNamer"/>; LNK102 when the name had to change),
/// what the history keeps (<see cref="HistoryNamer"/>), or why the file cannot be read at all (LNK100).
/// </summary>
internal static class LinkCatalogReader
{
    public static LinkCatalog Read(string text)
    {
        SnapshotReadResult result = SnapshotReader.Read(text);
        if (result.Document is not { } document)
        {
            SnapshotReadError error = result.Error!;
            return LinkCatalog.Unreadable(new EquatableArray<SnapshotIssue>([Issue(TriggerLinkRules.SnapshotUnreadable.Id, new TextRange(error.Offset, 0), error.Message)]));
        }

        return Interpret(document);
    }

    /// <summary>What a document that could be read means.</summary>
    public static LinkCatalog Interpret(SnapshotDocument document)
    {
        var issues = new List<SnapshotIssue>();
        foreach (SnapshotProblem problem in document.Problems)
        {
            issues.Add(HistoryIssue(problem.Range, problem.Message + "; the links themselves are kept"));
        }

        if (document.Locations is { } locations)
        {
            return AgencyCatalogReader.Interpret(locations, document.LocationsRange, issues);
        }

        // A locationId that is no id (empty, spaces, a URL pasted in) makes no LocationId: the messages would name it as one.
        string? locationId = document.EffectiveLocationId;
        if (document.LocationId is { } stated && !MergeField.IsValidId(stated))
        {
            issues.Add(Issue(
                TriggerLinkRules.SnapshotEntryIssue.Id,
                document.LocationIdRange ?? new TextRange(0, 1),
                $"the locationId '{stated}' is not a HighLevel location id ({MergeField.IdRule}), so TriggerLinks has no LocationId: pull the snapshot again with ghl-links"));
            locationId = null;
        }

        CatalogLocation single = InterpretLocation(null, null, locationId, document.Links, document.DeletedLinks, MemberScope.TriggerLinks, issues, memberRanges: null);
        return new LinkCatalog(true, false, new EquatableArray<CatalogLocation>([single]), EquatableArray<string>.Empty, EquatableArray<FormerSharedMember>.Empty, issues.ToEquatableArray());
    }

    /// <summary>
    /// One location's links and history, named for <paramref name="scope"/>: which entries are usable (LNK101 for the
    /// rest), their members (LNK102 when a name had to change), and the aliases and tombstones the history keeps.
    /// <paramref name="memberRanges"/>, when given, gets where in the file each live member's link is named.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal static CatalogLocation InterpretLocation(
        string? name,
        string? className,
        string? locationId,
        IReadOnlyList<SnapshotLink> entries,
        IReadOnlyList<SnapshotLink> deletedEntries,
        MemberScope scope,
        List<SnapshotIssue> issues,
        Dictionary<string, TextRange>? memberRanges)
    {
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var usable = new List<UsableLink>(entries.Count);
        var ids = new List<string>(entries.Count);
        var linkNames = new List<string?>(entries.Count);
        string? firstLinkLocation = null;
        foreach (SnapshotLink entry in entries)
        {
            if (UsableId(entry, "a link", seenIds, issues) is not { } id)
            {
                continue;
            }

            TextRange idRange = entry.IdRange ?? entry.Range;
            string fieldKey = FieldKey(entry, id, issues);
            // Without a location of its own (a raw Get Links response whose links disagree), the first link's says which.
            firstLinkLocation ??= entry.LocationId;
            if (entry.LocationId is not null && !string.Equals(entry.LocationId, locationId ?? firstLinkLocation, StringComparison.Ordinal))
            {
                issues.Add(Issue(
                    TriggerLinkRules.SnapshotEntryIssue.Id,
                    idRange,
                    locationId is not null
                        ? $"the link '{id}' belongs to location '{entry.LocationId}', not to the snapshot's location '{locationId}'"
                        : $"the link '{id}' belongs to location '{entry.LocationId}', the links before it to location '{firstLinkLocation}': a snapshot holds one location's links (pull each with ghl-links), so TriggerLinks has no LocationId"));
            }

            usable.Add(new UsableLink(entry, id, fieldKey, FormerNames(entry, id, issues)));
            ids.Add(id);
            linkNames.Add(entry.Name);
        }

        MemberName[] members = MemberNamer.Assign(ids, linkNames, scope);
        var links = new List<TriggerLink>(usable.Count);
        var renamed = new List<HistoryNamer.Renamed>();
        for (int i = 0; i < usable.Count; i++)
        {
            UsableLink link = usable[i];
            SnapshotLink entry = link.Entry;
            MemberName member = members[i];
            TextRange nameRange = entry.NameRange ?? entry.IdRange ?? entry.Range;
            if (member.ChangeReason is { } reason)
            {
                // Named the way code reaches it: TriggerLinks.Downtown.Name_b70c… in a location's class.
                issues.Add(Issue(TriggerLinkRules.MemberRenamed.Id, nameRange, entry.Name ?? "", link.Id, scope.Path + "." + member.Value, reason));
            }

            if (memberRanges is not null)
            {
                memberRanges[member.Value] = nameRange;
            }
            links.Add(new TriggerLink(link.Id, member.Value, link.FieldKey, entry.Name, entry.RedirectTo));
            if (link.FormerNames.Count > 0)
            {
                renamed.Add(new HistoryNamer.Renamed(link.Id, member.Value, entry.Name, link.FormerNames));
            }
        }

        List<UsableLink> deleted = UsableDeletedLinks(deletedEntries, seenIds, issues);
        EquatableArray<LinkAlias> aliases = EquatableArray<LinkAlias>.Empty;
        EquatableArray<DeletedLink> deletedLinks = EquatableArray<DeletedLink>.Empty;
        if (renamed.Count > 0 || deleted.Count > 0)
        {
            // Only a snapshot with history pays for naming it.
            HistoryNamer.Names history = HistoryNamer.Assign(
                members.Select(n => n.Value).ToList(), renamed, deleted.Select(d => new HistoryNamer.Deleted(d.Id, d.Entry.Name, d.FormerNames)).ToList(), scope);
            ILookup<string, FormerNameTombstone> formerNameTombstones = history.FormerNameTombstones.ToLookup(t => t.Id, t => new FormerNameTombstone(t.Member, t.FormerName), StringComparer.Ordinal);
            var aliased = new HashSet<string>(history.Aliases.Select(a => a.Id), StringComparer.Ordinal);
            var current = links.Where(l => aliased.Contains(l.Id)).ToDictionary(l => l.Id, StringComparer.Ordinal);
            aliases = history.Aliases
                .Select(a => new LinkAlias(a.Member, current[a.Id].MemberName, a.Id, a.FormerName, current[a.Id].Name))
                .OrderBy(a => a.MemberName, StringComparer.Ordinal)
                .ToEquatableArray();
            deletedLinks = deleted
                .Select(d => new DeletedLink(
                    d.Id,
                    d.Entry.Name,
                    d.Entry.RedirectTo,
                    d.FieldKey,
                    history.Tombstones.TryGetValue(d.Id, out string? tombstone) ? tombstone : null,
                    formerNameTombstones[d.Id].ToEquatableArray()))
                .OrderBy(d => d.TombstoneMember, StringComparer.Ordinal)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToEquatableArray();
        }

        links.Sort((a, b) => string.CompareOrdinal(a.MemberName, b.MemberName));
        return new CatalogLocation(name, className, locationId, links.ToEquatableArray(), aliases, deletedLinks);
    }

    /// <summary>The entry's id when it is usable and seen for the first time; otherwise LNK101 and null.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static string? UsableId(SnapshotLink entry, string what, HashSet<string> seenIds, List<SnapshotIssue> issues, bool history = false)
    {
        if (string.IsNullOrEmpty(entry.Id))
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, entry.Range, $"{what}{DescribeName(entry)} has no id, so it is skipped") with { AboutHistory = history, SkipsEntry = true });
            return null;
        }

        string id = entry.Id!;
        TextRange idRange = entry.IdRange ?? entry.Range;
        if (MergeField.IdProblem(id) is { } idProblem)
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, idRange, $"the id '{id}' is not a HighLevel id ({MergeField.IdRule}): it {idProblem}, so the link is skipped") with { AboutHistory = history, SkipsEntry = true });
            return null;
        }

        if (!seenIds.Add(id))
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, idRange, $"the id '{id}' appears more than once; only its first entry is used") with { AboutHistory = history, SkipsEntry = true, IsOverlap = true });
            return null;
        }

        return id;
    }

    /// <summary>The entry's fieldKey, or the one HighLevel gives its id when it has none (LNK101 for either oddity).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static string FieldKey(SnapshotLink entry, string id, List<SnapshotIssue> issues)
    {
        string expected = MergeField.For(id);
        if (entry.HasIdsOwnFieldKey)
        {
            return expected;
        }

        if (entry.FieldKey is not { } fieldKey)
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, entry.Range, $"the link '{id}' has no fieldKey; its constant uses {expected}"));
            return expected;
        }

        if (!string.Equals(fieldKey, expected, StringComparison.Ordinal))
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, entry.FieldKeyRange ?? entry.Range, $"the fieldKey of link '{id}' is '{fieldKey}', not {expected}"));
        }

        return fieldKey;
    }

    /// <summary>The former names worth keeping: each once, never the current name (LNK101 for what is left out).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static IReadOnlyList<string> FormerNames(SnapshotLink entry, string id, List<SnapshotIssue> issues)
    {
        if (entry.FormerNames.Count == 0)
        {
            return entry.FormerNames; // The common case: nothing to check, nothing to allocate.
        }

        var kept = new List<string>(entry.FormerNames.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < entry.FormerNames.Count; i++)
        {
            string name = entry.FormerNames[i];
            TextRange range = entry.FormerNameRanges is { } ranges && i < ranges.Count ? ranges[i] : entry.FormerNamesRange ?? entry.Range;
            if (string.Equals(name, entry.Name, StringComparison.Ordinal))
            {
                issues.Add(HistoryIssue(range, $"the formerNames of link '{id}' list its current name '{name}'; that entry is ignored") with { IsRepeat = true });
            }
            else if (!seen.Add(name))
            {
                issues.Add(HistoryIssue(range, $"the formerNames of link '{id}' list '{name}' more than once; it is kept once") with { IsRepeat = true });
            }
            else
            {
                kept.Add(name);
            }
        }

        return kept;
    }

    /// <summary>Deleted links with a usable id that no live link has (the live link wins: LNK101), and the former names worth keeping.</summary>
    private static List<UsableLink> UsableDeletedLinks(IReadOnlyList<SnapshotLink> entries, HashSet<string> liveIds, List<SnapshotIssue> issues)
    {
        var deleted = new List<UsableLink>(entries.Count);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (SnapshotLink entry in entries)
        {
            if (UsableId(entry, "a deleted link", seenIds, issues, history: true) is not { } id)
            {
                continue;
            }

            if (liveIds.Contains(id))
            {
                issues.Add(HistoryIssue(entry.IdRange ?? entry.Range, $"the link '{id}' is both in links and in deletedLinks; it is live, so its deleted entry is ignored") with { IsOverlap = true });
                continue;
            }

            // Named as tombstones, and carried back into links if the link returns: held to the same rules.
            deleted.Add(new UsableLink(entry, id, entry.FieldKey ?? MergeField.For(id), FormerNames(entry, id, issues)));
        }

        return deleted;
    }

    /// <summary>
    /// An entry that passed the checks, with its id, the fieldKey its constant uses and the former names worth keeping.
    /// A class, not a tuple: lists of a struct would each be JIT-compiled in every fresh compiler process (see
    /// <see cref="MemberName"/>).
    /// </summary>
    private sealed record UsableLink(SnapshotLink Entry, string Id, string FieldKey, IReadOnlyList<string> FormerNames);

    private static string DescribeName(SnapshotLink entry) => entry.Name is null ? "" : $" named '{entry.Name}'";

    internal static SnapshotIssue Issue(string id, TextRange range, params string[] args) => new(id, range, new EquatableArray<string>(args));

    private static SnapshotIssue HistoryIssue(TextRange range, string message) =>
        new(TriggerLinkRules.SnapshotEntryIssue.Id, range, new EquatableArray<string>([message]), AboutHistory: true);
}
