using System;
using System.Collections.Generic;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Snapshot entries by id, as the build sees them: the first entry of each id (a later one with the same id is LNK101,
/// not a link of its own), and none for an entry without an id.
/// </summary>
internal static class EntryIndex
{
    public static Dictionary<string, SnapshotEntry> FirstById(IReadOnlyCollection<SnapshotEntry> entries)
    {
        var byId = new Dictionary<string, SnapshotEntry>(entries.Count, StringComparer.Ordinal);
        foreach (SnapshotEntry entry in entries)
        {
            if (entry.Id.Length > 0)
            {
                byId.TryAdd(entry.Id, entry);
            }
        }

        return byId;
    }
}
