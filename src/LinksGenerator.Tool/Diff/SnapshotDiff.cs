using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Diff;

/// <summary>
/// What differs between the snapshot and the live links, by link id. Equality is judged on content (location and
/// entries, in the writer's order), not on bytes: a snapshot with other line ends or in the raw response format is up
/// to date when it holds the same links. History (former names, deleted links) never makes a snapshot stale; it only
/// tells a deleted link that comes back (restored) from a new one (added).
/// </summary>
internal sealed class SnapshotDiff
{
    private SnapshotDiff(string? locationBefore, string locationAfter, IReadOnlyList<LinkChange> changes, bool contentDiffers, bool historyDropped)
    {
        LocationBefore = locationBefore;
        LocationAfter = locationAfter;
        Changes = changes;
        ContentDiffers = contentDiffers;
        HistoryDropped = historyDropped;
    }

    public string? LocationBefore { get; }

    public string LocationAfter { get; }

    /// <summary>Added, restored, deleted, renamed, re-targeted and fieldKey changes, in that order, each sorted by id.</summary>
    public IReadOnlyList<LinkChange> Changes { get; }

    public bool LocationChanged => !string.Equals(LocationBefore, LocationAfter, StringComparison.Ordinal);

    /// <summary>
    /// True when the entries differ in a way no per-id change shows: duplicate ids, or entries without an id.
    /// </summary>
    public bool OtherDifferences => ContentDiffers && Changes.Count == 0;

    public bool IsUpToDate => !LocationChanged && !ContentDiffers;

    /// <summary>Whether the snapshot had history the new content does not carry (see <see cref="LinkHistory.For"/>).</summary>
    public bool HistoryDropped { get; }

    private bool ContentDiffers { get; }

    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>
    /// The difference between a location on disk (or none) and the content made of its live links. A Ctrl+C that came
    /// while it was worked out (seconds, for 100,000 links) ends it with <see cref="OperationCanceledException"/>:
    /// <c>check</c> passes its <paramref name="cancellationToken"/>, so a cancelled run exits 130, not "stale"; a pull
    /// that has written its snapshot passes none, as it finishes what it wrote.
    /// </summary>
    public static SnapshotDiff Compare(StoredLocation snapshot, LocationContent content, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<SnapshotEntry> before = snapshot.Entries;
        IReadOnlyList<SnapshotEntry> after = content.Entries;
        Dictionary<string, SnapshotEntry> old = EntryIndex.FirstById(before);
        Dictionary<string, SnapshotEntry> live = EntryIndex.FirstById(after);
        Dictionary<string, SnapshotEntry> deleted = EntryIndex.FirstById(snapshot.DeletedEntries);
        var changes = new List<LinkChange>();

        changes.AddRange(live.Values.Where(l => !old.ContainsKey(l.Id)).Select(l =>
            new LinkChange(deleted.ContainsKey(l.Id) ? ChangeKind.Restored : ChangeKind.Added, l.Id, l.Name, After: l.RedirectTo)));
        changes.AddRange(old.Values.Where(o => !live.ContainsKey(o.Id)).Select(o => new LinkChange(ChangeKind.Deleted, o.Id, o.Name, Before: o.RedirectTo)));

        List<(SnapshotEntry Old, SnapshotEntry Live)> kept = old.Values.Where(o => live.ContainsKey(o.Id)).Select(o => (o, live[o.Id])).ToList();
        changes.AddRange(Changed(kept, e => e.Name, (o, l) => new LinkChange(ChangeKind.Renamed, l.Id, l.Name, o.Name, l.Name)));
        changes.AddRange(Changed(kept, e => e.RedirectTo, (o, l) => new LinkChange(ChangeKind.Retargeted, l.Id, l.Name, o.RedirectTo, l.RedirectTo)));
        changes.AddRange(kept.Where(p => !SnapshotEntry.SameFieldKey(p.Old, p.Live)).Select(p => new LinkChange(ChangeKind.FieldKeyChanged, p.Live.Id, p.Live.Name, p.Old.FieldKey, p.Live.FieldKey)));

        // Sorted in place: a location added to an agency's snapshot is a thousand changes, not worth a second copy.
        changes.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Id, b.Id));
        string? locationBefore = snapshot.Exists ? snapshot.LocationId : content.LocationId;
        bool contentDiffers = !SameEntries(before, after);
        cancellationToken.ThrowIfCancellationRequested();
        return new SnapshotDiff(locationBefore, content.LocationId, changes, contentDiffers, content.DroppedHistory);
    }

    /// <summary>
    /// Whether the writer would write the same links: the same entries once sorted the way it sorts them (order and
    /// formatting never count). Compared entry by entry rather than by writing both texts, which for 10,000 links would
    /// cost megabytes.
    /// </summary>
    private static bool SameEntries(IReadOnlyList<SnapshotEntry> before, IReadOnlyList<SnapshotEntry> after)
    {
        if (before.Count != after.Count)
        {
            return false;
        }

        SnapshotEntry[] left = before.ToArray();
        SnapshotEntry[] right = after.ToArray();
        Array.Sort(left, SnapshotEntryOrder.Instance);
        Array.Sort(right, SnapshotEntryOrder.Instance);
        for (int i = 0; i < left.Length; i++)
        {
            if (SnapshotEntryOrder.Instance.Compare(left[i], right[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<LinkChange> Changed(
        IEnumerable<(SnapshotEntry Old, SnapshotEntry Live)> pairs,
        Func<SnapshotEntry, string?> property,
        Func<SnapshotEntry, SnapshotEntry, LinkChange> change) =>
        pairs.Where(p => !string.Equals(property(p.Old), property(p.Live), StringComparison.Ordinal)).Select(p => change(p.Old, p.Live));
}
