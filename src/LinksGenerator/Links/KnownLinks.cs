using System.Collections.Generic;

namespace LinksGenerator.Links
{
    /// <summary>A readable snapshot's links by id, built once per snapshot content and shared by every compilation.</summary>
    internal sealed class KnownLinks
    {
        private readonly Dictionary<string, TriggerLink> _byId;

        public KnownLinks(LinkCatalog catalog)
        {
            Catalog = catalog;
            _byId = catalog.CreateIdIndex();
        }

        public LinkCatalog Catalog { get; }

        public string LocationDescription => Catalog.LocationId ?? "(no location id)";

        public bool TryGet(string id, out TriggerLink link) => _byId.TryGetValue(id, out link!);
    }
}
