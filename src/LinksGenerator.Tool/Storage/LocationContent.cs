using System.Collections.Generic;
using LinksGenerator.Catalog;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// What one location will hold once written: the live links, with the history carried over from what the snapshot had
/// (<see cref="LinkHistory"/>). The tool never writes a file the build cannot read: the one thing the writer can emit that
/// the generator's <see cref="SnapshotReader"/> rejects is a lone surrogate (it escapes it, the reader refuses the escape),
/// so text holding one is refused here, before anything is written.
/// </summary>
internal sealed class LocationContent
{
    private LocationContent(string? name, string locationId, IReadOnlyList<SnapshotEntry> entries, IReadOnlyList<SnapshotEntry> deletedEntries, bool droppedHistory)
    {
        Name = name;
        ClassName = name is null ? null : MemberNamer.LocationClassName(name);
        LocationId = locationId;
        Entries = entries;
        DeletedEntries = deletedEntries;
        DroppedHistory = droppedHistory;
    }

    /// <summary>The user's name for the location in a many-location snapshot; null for a one-location snapshot.</summary>
    public string? Name { get; }

    /// <summary>The nested class of <c>TriggerLinks</c> the location makes; null for a one-location snapshot.</summary>
    public string? ClassName { get; }

    public string LocationId { get; }

    /// <summary>The live links, with the former names the history gives them.</summary>
    public IReadOnlyList<SnapshotEntry> Entries { get; }

    /// <summary>The links remembered as deleted.</summary>
    public IReadOnlyList<SnapshotEntry> DeletedEntries { get; }

    /// <summary>Whether the snapshot this replaces had history that is not carried over (see <see cref="LinkHistory.For"/>).</summary>
    public bool DroppedHistory { get; }

    /// <summary>The entry <c>SnapshotWriter.WriteLocations</c> writes for this location of a many-location snapshot.</summary>
    public SnapshotLocationEntry AsLocationEntry => new(Name!, LocationId, Entries, DeletedEntries);

    /// <summary>
    /// <paramref name="links"/> as the entries of location <paramref name="locationId"/> (called <paramref name="name"/> in a
    /// many-location snapshot), with <paramref name="history"/> carried over.
    /// </summary>
    public static LocationContent From(string locationId, IReadOnlyList<ApiLink> links, LinkHistory history, string? name = null)
    {
        var entries = new List<SnapshotEntry>(links.Count);
        foreach (ApiLink link in links)
        {
            // In a refresh nearly every link is as the snapshot has it: its text is taken from there, and the copy just
            // received is let go, so 50,000 links' text is not held twice (docs/benchmarks.md, "ghl-links pull").
            if (LoneSurrogateIn(link) is { } property)
            {
                throw new ToolException(
                    ExitCode.Failed,
                    $"HighLevel sent the {property} of link {Printable.Escape(link.Id!)} as broken text (a lone UTF-16 surrogate), which the build cannot read; " +
                    "nothing was written. Fix the link's text in HighLevel and pull again");
            }

            SnapshotEntry? stored = history.Stored(link.Id!);
            entries.Add(new SnapshotEntry(stored?.Id ?? link.Id!, SameText(stored?.Name, link.Name), SameText(stored?.RedirectTo, link.RedirectTo), link.FieldKey));
        }

        var (live, deleted) = history.Carry(entries);
        return new LocationContent(name, locationId, live, deleted, history.Dropped);
    }

    /// <summary>
    /// What the build will make of the location once written, worked out from the entries without writing and
    /// re-reading the text: within its own class for a location of a many-location snapshot.
    /// </summary>
    public CatalogLocation Interpret() => EntryCatalog.Interpret(Name, ClassName, LocationId, Entries, DeletedEntries);

    /// <summary>The stored text when it is the same as the received one, else the received one.</summary>
    private static string? SameText(string? stored, string? received) => string.Equals(stored, received, System.StringComparison.Ordinal) ? stored : received;

    /// <summary>The received text is checked, not the entry's: an entry makes its usual fieldKey anew each time it is asked.</summary>
    private static string? LoneSurrogateIn(ApiLink link) =>
        HasLoneSurrogate(link.Id) ? "id"
        : HasLoneSurrogate(link.Name) ? "name"
        : HasLoneSurrogate(link.RedirectTo) ? "redirectTo"
        : HasLoneSurrogate(link.FieldKey) ? "fieldKey"
        : null;

    private static bool HasLoneSurrogate(string? text)
    {
        if (text is null)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
