using System.Collections.Generic;
using System.Linq;

namespace LinksGenerator.Snapshot;

/// <summary>
/// A snapshot as read from disk: schema 1 or 2, or the raw Get Links response (which has no schema version). It holds
/// either one location (<see cref="Links"/>, <see cref="DeletedLinks"/>) or many (<see cref="Locations"/>), never both.
/// </summary>
internal sealed class SnapshotDocument
{
    public SnapshotDocument(
        int? schemaVersion,
        string? locationId,
        IReadOnlyList<SnapshotLink> links,
        IReadOnlyList<SnapshotLink> deletedLinks,
        IReadOnlyList<SnapshotProblem> problems,
        IReadOnlyList<SnapshotLocation>? locations = null)
    {
        SchemaVersion = schemaVersion;
        LocationId = locationId;
        Links = links;
        DeletedLinks = deletedLinks;
        Problems = problems;
        Locations = locations;
    }

    /// <summary>
    /// The document the writer's text for these entries reads back as (without positions in a text): for code that holds
    /// entries and wants what the build makes of them, without writing and re-reading megabytes.
    /// </summary>
    public static SnapshotDocument Of(string? locationId, IReadOnlyList<SnapshotEntry> links, IReadOnlyList<SnapshotEntry> deletedLinks) =>
        new(SnapshotFormat.PlainSchemaVersion, locationId, links.Select(ToLink).ToList(), deletedLinks.Select(ToLink).ToList(), []);

    /// <summary>The locations of a many-location snapshot (in file order); null for a one-location snapshot.</summary>
    public IReadOnlyList<SnapshotLocation>? Locations { get; }

    /// <summary>Where the <c>locations</c> array starts in the text (for a diagnostic about the list as a whole).</summary>
    public TextRange LocationsRange { get; init; }

    /// <summary>Where the top-level <c>locationId</c>'s value is, when the file has one.</summary>
    public TextRange? LocationIdRange { get; init; }

    /// <summary>Null for the raw Get Links response.</summary>
    public int? SchemaVersion { get; }

    /// <summary>The document's own <c>locationId</c>; null when it has none (the raw response carries it per link).</summary>
    public string? LocationId { get; }

    public IReadOnlyList<SnapshotLink> Links { get; }

    /// <summary>Links HighLevel no longer has, as last seen (schema 2); empty when the file has none.</summary>
    public IReadOnlyList<SnapshotLink> DeletedLinks { get; }

    /// <summary>
    /// History the reader had to leave out because it is not the shape the format gives it (a hand edit gone wrong):
    /// history is only memory, so such a part is skipped and reported (LNK101) rather than failing the whole file.
    /// </summary>
    public IReadOnlyList<SnapshotProblem> Problems { get; }

    /// <summary>Whether the document holds any history (former names or deleted links), in any location.</summary>
    public bool HasHistory => DeletedLinks.Count > 0 || HasFormerNames(Links) || (Locations?.Any(l => l.DeletedLinks.Count > 0 || HasFormerNames(l.Links)) ?? false);

    /// <summary>
    /// The location the links belong to: the document's own <c>locationId</c>, or, for the raw Get Links response (which
    /// carries it per link), the one location every link that names one shares; null when there is none or several.
    /// </summary>
    public string? EffectiveLocationId => LocationId ?? SharedLinkLocation();

    private static SnapshotLink ToLink(SnapshotEntry entry) =>
        new(entry.Id, entry.Name, entry.RedirectTo, entry.FieldKey, null, entry.FormerNames ?? [], default, null, null, null, null);

    private static bool HasFormerNames(IReadOnlyList<SnapshotLink> links)
    {
        foreach (SnapshotLink link in links)
        {
            if (link.FormerNames.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

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
