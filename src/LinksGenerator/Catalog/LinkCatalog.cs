using LinksGenerator.Collections;

namespace LinksGenerator.Catalog;

/// <summary>
/// What one snapshot means: its locations (one, or many for an agency), each with its usable links and member names, and
/// what it remembers; for many locations, the member names every location has (and had, before a rename or deletion in
/// some of them); and the problems found. Built once per
/// snapshot content and shared by the generator, the analyzer and ghl-links.
/// </summary>
internal sealed record LinkCatalog(
    bool IsReadable,
    bool ManyLocations,
    EquatableArray<CatalogLocation> Locations,
    EquatableArray<string> SharedMembers,
    EquatableArray<FormerSharedMember> FormerSharedMembers,
    EquatableArray<SnapshotIssue> Issues)
{
    public static LinkCatalog Unreadable(EquatableArray<SnapshotIssue> issues) =>
        new(false, false, EquatableArray<CatalogLocation>.Empty, EquatableArray<string>.Empty, EquatableArray<FormerSharedMember>.Empty, issues);

    /// <summary>The one location of a one-location snapshot; null for many locations, or when the snapshot cannot be read.</summary>
    public CatalogLocation? Single => !ManyLocations && Locations.Count == 1 ? Locations[0] : null;

    /// <summary>The location id of a one-location snapshot.</summary>
    public string? LocationId => Single?.LocationId;

    /// <summary>The links of a one-location snapshot, ordered by member name.</summary>
    public EquatableArray<TriggerLink> Links => Single?.Links ?? EquatableArray<TriggerLink>.Empty;

    /// <summary>The aliases of a one-location snapshot.</summary>
    public EquatableArray<LinkAlias> Aliases => Single?.Aliases ?? EquatableArray<LinkAlias>.Empty;

    /// <summary>The deleted links of a one-location snapshot.</summary>
    public EquatableArray<DeletedLink> DeletedLinks => Single?.DeletedLinks ?? EquatableArray<DeletedLink>.Empty;
}
