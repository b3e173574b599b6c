using System;
using System.Collections.Generic;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// What a pull carries over from the snapshot it replaces (docs/ghl-links.md, "History"): a renamed link keeps its
/// earlier names in <c>formerNames</c>, oldest first, so the build can keep the old member as an obsolete alias; a link
/// HighLevel no longer has moves to <c>deletedLinks</c> as last seen, so the build can keep its member as an error.
/// The result never holds what the build would call a history problem (LNK101): no duplicate or current name in
/// <c>formerNames</c>, no id both live and deleted, no deleted link without a usable id.
/// </summary>
internal sealed class LinkHistory
{
    private static readonly LinkHistory Forgotten = new(Array.Empty<SnapshotEntry>(), Array.Empty<SnapshotEntry>(), dropped: true);

    /// <summary>The links of the snapshot this pull replaces, by id.</summary>
    private readonly Dictionary<string, SnapshotEntry> _live;

    /// <summary>The links that snapshot remembers as deleted, by id.</summary>
    private readonly Dictionary<string, SnapshotEntry> _deleted;

    private LinkHistory(IReadOnlyList<SnapshotEntry> live, IReadOnlyList<SnapshotEntry> deleted, bool dropped)
    {
        _live = EntryIndex.FirstById(live);
        _deleted = EntryIndex.FirstById(deleted);
        Dropped = dropped;
    }

    /// <summary>Nothing to carry over: a first pull.</summary>
    public static LinkHistory None { get; } = new(Array.Empty<SnapshotEntry>(), Array.Empty<SnapshotEntry>(), dropped: false);

    /// <summary>Whether the snapshot had history that this pull does not carry over.</summary>
    public bool Dropped { get; }

    /// <summary>The snapshot's entry for <paramref name="id"/>, live or deleted; null for a link new to it (or with no history to go by).</summary>
    public SnapshotEntry? Stored(string id) => _live.GetValueOrDefault(id) ?? _deleted.GetValueOrDefault(id);

    /// <summary>
    /// The history <paramref name="stored"/> gives a pull of <paramref name="locationId"/>: all of it, or none when
    /// asked to forget it, or when the snapshot held another location there (its links and deletions mean nothing here).
    /// </summary>
    public static LinkHistory For(StoredLocation stored, string locationId, bool forget)
    {
        if (!forget && string.Equals(stored.LocationId, locationId, StringComparison.Ordinal))
        {
            return new LinkHistory(stored.Entries, stored.DeletedEntries, dropped: false);
        }

        return stored.HasHistory ? Forgotten : None;
    }

    /// <summary>The live links with the names they had before, and the deleted links after this pull.</summary>
    public (IReadOnlyList<SnapshotEntry> Links, IReadOnlyList<SnapshotEntry> DeletedLinks) Carry(IReadOnlyList<SnapshotEntry> live)
    {
        // A first pull (or a forgotten history) has nothing to carry: the live links stay as they are, unsorted and uncopied.
        if (_live.Count == 0 && _deleted.Count == 0)
        {
            return (live, Array.Empty<SnapshotEntry>());
        }

        var links = new List<SnapshotEntry>(live.Count);
        var liveIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (SnapshotEntry link in live)
        {
            liveIds.Add(link.Id);

            // A deleted link that comes back is the same link: it keeps the names it had.
            SnapshotEntry? before = _live.GetValueOrDefault(link.Id) ?? _deleted.GetValueOrDefault(link.Id);
            links.Add(before is null ? link : Carried(before, link));
        }

        var deleted = new List<SnapshotEntry>();
        foreach (SnapshotEntry gone in _deleted.Values)
        {
            if (!liveIds.Contains(gone.Id))
            {
                deleted.Add(HistoryNames.WithoutRepeats(gone));
            }
        }

        foreach (SnapshotEntry gone in _live.Values)
        {
            // An id the build cannot use (the API may send one) would be a broken deleted entry: it is simply let go.
            if (!liveIds.Contains(gone.Id) && !_deleted.ContainsKey(gone.Id) && MergeField.IsValidId(gone.Id))
            {
                deleted.Add(HistoryNames.WithoutRepeats(gone));
            }
        }

        return (links, deleted);
    }

    /// <summary>
    /// <paramref name="link"/> with the names it had <paramref name="before"/>; the stored entry itself when nothing about
    /// the link changed (most links on most pulls), so a refresh holds each unchanged link once, not twice.
    /// </summary>
    private static SnapshotEntry Carried(SnapshotEntry before, SnapshotEntry link)
    {
        List<string>? formerNames = FormerNames(before, link.Name);
        SnapshotEntry carried = formerNames is null && !link.HasFormerNames ? link : link with { FormerNames = formerNames };
        return carried == before ? before : carried;
    }

    /// <summary>
    /// The names a link had before it was called <paramref name="name"/>, oldest first: its former names, then its
    /// previous name when that differs; a name the link returns to leaves. Null for none. The former names are each
    /// listed once and never the previous name: history that breaks those rules is refused before any pull.
    /// </summary>
    private static List<string>? FormerNames(SnapshotEntry before, string? name)
    {
        // The common case, most links on most pulls: never renamed, and not now.
        if (!before.HasFormerNames && string.Equals(before.Name, name, StringComparison.Ordinal))
        {
            return null;
        }

        var names = new List<string>((before.FormerNames?.Count ?? 0) + 1);
        names.AddRange(before.FormerNames ?? Array.Empty<string>());
        if (before.Name is { } previous && !string.Equals(previous, name, StringComparison.Ordinal))
        {
            names.Add(previous);
        }

        return HistoryNames.Of(name, names);
    }
}
