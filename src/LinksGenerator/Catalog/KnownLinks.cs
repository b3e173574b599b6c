using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Rules;

namespace LinksGenerator.Catalog;

/// <summary>A live link, and how code reaches its constant: <c>FirstTag</c>, or <c>Downtown.BookACall</c> for a location's class.</summary>
internal sealed record KnownLink(TriggerLink Link, string MemberPath);

/// <summary>A deleted link, and the location that had it (null for a one-location snapshot).</summary>
internal sealed record KnownDeletedLink(DeletedLink Link, string? LocationName)
{
    /// <summary>For messages: <c>'Zebra offer'</c>, or <c>'Zebra offer' of Downtown</c>.</summary>
    public string Description => LinkNames.Quoted(Link.Name) + (LocationName is null ? "" : " of " + MessageText.Safe(LocationName));
}

/// <summary>
/// A readable snapshot's links, live and deleted, by id, across all its locations: built once per snapshot content and
/// shared by every compilation (and by ghl-links lint).
/// </summary>
internal sealed class KnownLinks
{
    /// <summary>Messages name at most this many locations.</summary>
    private const int Listed = 5;

    private readonly Dictionary<string, KnownLink> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownDeletedLink> _deletedById = new(StringComparer.Ordinal);

    public KnownLinks(LinkCatalog catalog)
    {
        Catalog = catalog;
        foreach (CatalogLocation location in catalog.Locations)
        {
            foreach (TriggerLink link in location.Links)
            {
                string path = location.ClassName is null ? link.MemberName : location.ClassName + "." + link.MemberName;
                _byId[link.Id] = new KnownLink(link, path);
            }

            foreach (DeletedLink deleted in location.DeletedLinks)
            {
                _deletedById[deleted.Id] = new KnownDeletedLink(deleted, location.Name);
            }
        }

        LocationDescription = MessageText.Safe(catalog.ManyLocations ? DescribeLocations(catalog.Locations) : catalog.LocationId ?? "(no location id)");
    }

    /// <summary>The snapshot's catalog, as the generator reads it.</summary>
    public LinkCatalog Catalog { get; }

    /// <summary>What "the snapshot of location …" names: the location id, or for many, each location with its id.</summary>
    public string LocationDescription { get; }

    public bool TryGet(string id, out KnownLink link) => _byId.TryGetValue(id, out link!);

    /// <summary>A link the snapshot remembers as deleted from HighLevel (LNK004).</summary>
    public bool TryGetDeleted(string id, out KnownDeletedLink link) => _deletedById.TryGetValue(id, out link!);

    private static string DescribeLocations(Collections.EquatableArray<CatalogLocation> locations)
    {
        string shown = string.Join(" or ", locations.Take(Listed).Select(l => $"{l.Name} ({l.LocationId})"));
        return locations.Count > Listed ? $"{shown} or {locations.Count - Listed} more" : shown;
    }
}
