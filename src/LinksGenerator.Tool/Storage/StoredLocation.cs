using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Catalog;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// One location's part of the snapshot on disk: the whole of a one-location snapshot, or one entry of a many-location
/// snapshot's <c>locations</c> (with the user's name for it and the class it makes), or a location the file does not
/// have yet. Its catalog, what the build makes of it, is worked out only when a change is to be described.
/// </summary>
internal sealed class StoredLocation
{
    private readonly Func<CatalogLocation?> _interpret;
    private CatalogLocation? _catalog;
    private bool _interpreted;

    private StoredLocation(
        string? name,
        string? locationId,
        IReadOnlyList<SnapshotEntry> entries,
        IReadOnlyList<SnapshotEntry> deletedEntries,
        bool exists,
        bool hasHistory,
        Func<CatalogLocation?> interpret)
    {
        Name = name;
        ClassName = name is null ? null : MemberNamer.LocationClassName(name);
        LocationId = locationId;
        Entries = entries;
        DeletedEntries = deletedEntries;
        Exists = exists;
        HasHistory = hasHistory;
        _interpret = interpret;
    }

    /// <summary>The user's name for the location in a many-location snapshot; null for a one-location snapshot.</summary>
    public string? Name { get; }

    /// <summary>The nested class of <c>TriggerLinks</c> the location makes (<c>Downtown</c>); null for a one-location snapshot.</summary>
    public string? ClassName { get; }

    /// <summary>How code names the class the members are in: <c>TriggerLinks</c>, or <c>TriggerLinks.Downtown</c>.</summary>
    public string MemberClass => ClassName is null ? MemberNamer.ClassName : MemberNamer.ClassName + "." + ClassName;

    /// <summary>The location's id as the file has it (for a raw Get Links response, the one all its links share).</summary>
    public string? LocationId { get; }

    /// <summary>
    /// The links as snapshot entries, with their former names (an entry without an id keeps an empty one, so it still
    /// counts as a difference).
    /// </summary>
    public IReadOnlyList<SnapshotEntry> Entries { get; }

    /// <summary>The links the file remembers as deleted from HighLevel, as last seen.</summary>
    public IReadOnlyList<SnapshotEntry> DeletedEntries { get; }

    /// <summary>Whether the file has this location at all (a missing file, or a location about to be added, has not).</summary>
    public bool Exists { get; }

    /// <summary>Whether the location has history: former names, deleted links, or (in a one-location file) history it could not use.</summary>
    public bool HasHistory { get; }

    /// <summary>What the build makes of the location as it is (member names, aliases, tombstones); null when it has none.</summary>
    public CatalogLocation? Catalog
    {
        get
        {
            if (!_interpreted)
            {
                _catalog = _interpret();
                _interpreted = true;
            }

            return _catalog;
        }
    }

    /// <summary>No location: a missing or unreadable file, or a location the file does not have yet.</summary>
    public static StoredLocation None(string? name = null) => new(name, null, [], [], exists: false, hasHistory: false, () => null);

    /// <summary>The one location of a one-location snapshot; <paramref name="catalog"/> gives the file's catalog.</summary>
    public static StoredLocation Single(SnapshotDocument document, Func<LinkCatalog?> catalog) =>
        new(null, document.EffectiveLocationId, ToEntries(document.Links), ToEntries(document.DeletedLinks), exists: true, document.HasHistory || document.Problems.Count > 0, () => catalog()?.Single);

    /// <summary>
    /// One location of a many-location snapshot. Its members are named within its own class, whatever the other locations
    /// hold, so it is interpreted alone, from its entries: nothing here keeps the read document's links.
    /// </summary>
    public static StoredLocation Of(SnapshotLocation location)
    {
        List<SnapshotEntry> entries = ToEntries(location.Links);
        List<SnapshotEntry> deletedEntries = ToEntries(location.DeletedLinks);
        bool hasHistory = deletedEntries.Count > 0 || entries.Exists(e => e.HasFormerNames);
        string? className = location.Name is null ? null : MemberNamer.LocationClassName(location.Name);
        string? name = location.Name;
        string? locationId = location.LocationId;
        return new(name, locationId, entries, deletedEntries, exists: true, hasHistory, () => className is null ? null : EntryCatalog.Interpret(name, className, locationId, entries, deletedEntries));
    }

    private static List<SnapshotEntry> ToEntries(IReadOnlyList<SnapshotLink> links) =>
        links.Select(SnapshotEntry.Of).ToList();
}
