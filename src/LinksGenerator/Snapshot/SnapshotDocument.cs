using System.Collections.Generic;

namespace LinksGenerator.Snapshot;

/// <summary>A snapshot as read from disk: schema 1, or the raw Get Links response (which has no schema version).</summary>
internal sealed class SnapshotDocument
{
    public SnapshotDocument(int? schemaVersion, string? locationId, IReadOnlyList<SnapshotLink> links)
    {
        SchemaVersion = schemaVersion;
        LocationId = locationId;
        Links = links;
    }

    /// <summary>Null for the raw Get Links response.</summary>
    public int? SchemaVersion { get; }

    /// <summary>The document's own <c>locationId</c>; null when it has none (the raw response carries it per link).</summary>
    public string? LocationId { get; }

    public IReadOnlyList<SnapshotLink> Links { get; }

    /// <summary>
    /// The location the links belong to: the document's own <c>locationId</c>, or, for the raw Get Links response (which
    /// carries it per link), the one location every link that names one shares; null when there is none or several.
    /// </summary>
    public string? EffectiveLocationId => LocationId ?? SharedLinkLocation();

    private string? SharedLinkLocation()
    {
        string? found = null;
        foreach (SnapshotLink link in Links)
        {
            if (link.LocationId is null)
            {
                continue;
            }

            if (found is null)
            {
                found = link.LocationId;
            }
            else if (!string.Equals(found, link.LocationId, System.StringComparison.Ordinal))
            {
                return null;
            }
        }

        return found;
    }
}
