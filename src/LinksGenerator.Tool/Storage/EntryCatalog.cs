using System.Collections.Generic;
using LinksGenerator.Catalog;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// What the build makes of one location's entries as the tool holds them (member names, aliases, tombstones): the same
/// <see cref="LinkCatalogReader.InterpretLocation"/> the generator runs on the file's links, without writing and
/// re-reading megabytes of text, and without keeping the read document's links for it.
/// </summary>
internal static class EntryCatalog
{
    /// <summary>
    /// The catalog of a location's entries: within <c>TriggerLinks</c> for a one-location snapshot
    /// (<paramref name="className"/> null), within its own class for a location of a many-location one.
    /// </summary>
    public static CatalogLocation Interpret(string? name, string? className, string? locationId, IReadOnlyList<SnapshotEntry> entries, IReadOnlyList<SnapshotEntry> deletedEntries)
    {
        SnapshotDocument document = SnapshotDocument.Of(locationId, entries, deletedEntries);
        MemberScope scope = className is null ? MemberScope.TriggerLinks : MemberScope.ForLocation(className);
        return LinkCatalogReader.InterpretLocation(name, className, locationId, document.Links, document.DeletedLinks, scope, [], memberRanges: null);
    }
}
