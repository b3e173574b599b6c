using System.Collections.Generic;
using LinksGenerator.Catalog;

namespace LinksGenerator.Loading;

/// <summary>A readable snapshot's links by id, built once per snapshot content and shared by every compilation.</summary>
internal sealed class KnownLinks
{
    private readonly Dictionary<string, TriggerLink> _byId;

    public KnownLinks(LinkCatalog catalog)
    {
        LocationDescription = catalog.LocationId ?? "(no location id)";
        _byId = catalog.CreateIdIndex();
    }

    public string LocationDescription { get; }

    public bool TryGet(string id, out TriggerLink link) => _byId.TryGetValue(id, out link!);
}
