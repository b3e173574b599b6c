using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Rules;

namespace LinksGenerator.Catalog;

/// <summary>
/// A live link, and how code reaches its constant: <c>FirstTag</c>, or <c>Downtown.BookACall</c> for a location's class;
/// the location that has it (null for a one-location snapshot).
/// </summary>
internal sealed record KnownLink(TriggerLink Link, string MemberPath, string? LocationName)
{
    /// <summary>For messages: <c>'Book a call'</c>, or <c>'Book a call' of Downtown</c>.</summary>
    public string Description => LinkNames.Quoted(Link.Name, LocationName);
}

/// <summary>A deleted link, and the location that had it (null for a one-location snapshot).</summary>
internal sealed record KnownDeletedLink(DeletedLink Link, string? LocationName)
{
    /// <summary>For messages: <c>'Zebra offer'</c>, or <c>'Zebra offer' of Downtown</c>.</summary>
    public string Description => LinkNames.Quoted(Link.Name, LocationName);
}

/// <summary>
/// A readable snapshot's links, live and deleted, by id, across all its locations: built once per snapshot content and
/// shared by every compilation (and by ghl-links lint). A template written for one location of many is judged by that
/// location's links alone (<see cref="ForLocation"/>).
/// </summary>
internal sealed class KnownLinks
{
    /// <summary>Messages name at most this many locations.</summary>
    private const int Listed = 5;

    private readonly Dictionary<string, KnownLink> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownDeletedLink> _deletedById = new(StringComparer.Ordinal);

    /// <summary>Every location's links, when these are one location's: what a field of another location is.</summary>
    private readonly KnownLinks? _everyLocation;

    /// <summary>
    /// The views of one location each, made when first asked for (most projects have no template of one location); a
    /// view of one location asks the whole snapshot's.
    /// </summary>
    private readonly ConcurrentDictionary<string, KnownLinks?>? _locations;

    public KnownLinks(LinkCatalog catalog)
        : this(catalog, catalog.Locations, everyLocation: null)
    {
    }

    private KnownLinks(LinkCatalog catalog, IEnumerable<CatalogLocation> locations, KnownLinks? everyLocation)
    {
        Catalog = catalog;
        _everyLocation = everyLocation;
        _locations = everyLocation is null ? new ConcurrentDictionary<string, KnownLinks?>(StringComparer.Ordinal) : null;
        foreach (CatalogLocation location in locations)
        {
            foreach (TriggerLink link in location.Links)
            {
                string path = location.ClassName is null ? link.MemberName : location.ClassName + "." + link.MemberName;
                _byId[link.Id] = new KnownLink(link, path, location.Name);
            }

            foreach (DeletedLink deleted in location.DeletedLinks)
            {
                _deletedById[deleted.Id] = new KnownDeletedLink(deleted, location.Name);
            }
        }

        LocationDescription = MessageText.Safe(
            everyLocation is not null ? Described(locations.Single())
            : catalog.ManyLocations ? Listing(catalog.Locations, " or ")
            : catalog.LocationId ?? "(no location id)");
    }

    /// <summary>The snapshot's catalog, as the generator reads it.</summary>
    public LinkCatalog Catalog { get; }

    /// <summary>What "the snapshot of location …" names: the location id, or for many, each location with its id.</summary>
    public string LocationDescription { get; }

    /// <summary>For a message that asks for one of them: <c>Downtown (LOC1), Uptown (LOC2)</c>; empty for a one-location snapshot, whose location has no name.</summary>
    public string LocationNames => Catalog.ManyLocations ? MessageText.Safe(Listing(Catalog.Locations, ", ")) : "";

    public bool TryGet(string id, out KnownLink link) => _byId.TryGetValue(id, out link!);

    /// <summary>A link the snapshot remembers as deleted from HighLevel (LNK004).</summary>
    public bool TryGetDeleted(string id, out KnownDeletedLink link) => _deletedById.TryGetValue(id, out link!);

    /// <summary>
    /// The links of the location the user named <paramref name="name"/> (names compare exactly, as the generated classes
    /// do); null when the snapshot has no such location, or holds one location, which has no name.
    /// </summary>
    public KnownLinks? ForLocation(string name) =>
        _everyLocation is not null ? _everyLocation.ForLocation(name)
        : !Catalog.ManyLocations ? null
        : _locations!.GetOrAdd(name, n => Catalog.Locations.FirstOrDefault(l => l.Name == n) is { } location ? new KnownLinks(Catalog, [location], this) : null);

    /// <summary>
    /// Where LNK001 says an unknown id is not: <see cref="LocationDescription"/>, and, for the links of one location, the
    /// link of another location the id is, which is how a template for one location usually gets it wrong.
    /// </summary>
    public string PlaceOfUnknown(string id) =>
        _everyLocation is null ? LocationDescription
        : _everyLocation.TryGet(id, out KnownLink other) ? $"{LocationDescription}; it is {other.Description}"
        : _everyLocation.TryGetDeleted(id, out KnownDeletedLink deleted) ? $"{LocationDescription}; it was {deleted.Description}, deleted from HighLevel"
        : LocationDescription;

    private static string Described(CatalogLocation location) => $"{location.Name} ({location.LocationId})";

    private static string Listing(Collections.EquatableArray<CatalogLocation> locations, string separator)
    {
        string shown = string.Join(separator, locations.Take(Listed).Select(Described));
        return locations.Count > Listed ? $"{shown}{separator}{locations.Count - Listed} more" : shown;
    }
}
