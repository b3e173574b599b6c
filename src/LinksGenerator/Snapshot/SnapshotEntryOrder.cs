using System.Collections.Generic;

namespace LinksGenerator.Snapshot;

/// <summary>
/// The order of entries in a written snapshot: by id (ordinal), then name, redirectTo and fieldKey (ordinal, null
/// first), so that even duplicate ids come out the same every time. The writer sorts with it, and the tool compares
/// snapshots with it, so "would be written the same" means one thing.
/// </summary>
internal sealed class SnapshotEntryOrder : IComparer<SnapshotEntry>
{
    public static SnapshotEntryOrder Instance { get; } = new();

    public int Compare(SnapshotEntry? x, SnapshotEntry? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int order = string.CompareOrdinal(x.Id, y.Id);
        order = order != 0 ? order : string.CompareOrdinal(x.Name, y.Name);
        order = order != 0 ? order : string.CompareOrdinal(x.RedirectTo, y.RedirectTo);
        // The ids are equal by now, so two fieldKeys that are each the id's own are equal too: neither is built.
        return order != 0 ? order : SnapshotEntry.SameFieldKey(x, y) ? 0 : string.CompareOrdinal(x.FieldKey, y.FieldKey);
    }
}
