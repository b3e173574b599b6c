using System;
using System.Collections.Generic;

namespace LinksGenerator.Catalog;

/// <summary>A readable snapshot's links, live and deleted, by id: built once per snapshot content and shared by every compilation.</summary>
internal sealed class KnownLinks
{
    private readonly Dictionary<string, TriggerLink> _byId;
    private readonly Dictionary<string, DeletedLink> _deletedById;

    public KnownLinks(LinkCatalog catalog)
    {
        LocationDescription = catalog.LocationId ?? "(no location id)";
        _byId = catalog.CreateIdIndex();
        _deletedById = new Dictionary<string, DeletedLink>(catalog.DeletedLinks.Count, StringComparer.Ordinal);
        foreach (DeletedLink deleted in catalog.DeletedLinks)
        {
            _deletedById[deleted.Id] = deleted;
        }
    }

    public string LocationDescription { get; }

    public bool TryGet(string id, out TriggerLink link) => _byId.TryGetValue(id, out link!);

    /// <summary>A link the snapshot remembers as deleted from HighLevel (LNK004).</summary>
    public bool TryGetDeleted(string id, out DeletedLink link) => _deletedById.TryGetValue(id, out link!);
}
