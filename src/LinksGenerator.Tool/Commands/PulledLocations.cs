using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// The locations a many-location pull writes: those read now, the others as they were. <c>pull</c> writes them and
/// <c>check</c> compares against them, so both refuse the same answers.
/// </summary>
internal static class PulledLocations
{
    /// <summary>
    /// Every location the file will hold, by name; refused (exit 4) when one link id would be in two of them, and (exit 2)
    /// when what it carries over from the file holds a token (<see cref="TokensInSnapshot"/>). A location not read now is
    /// kept as it is, but for repeated names in its history, which a pull writes once wherever they are.
    /// </summary>
    public static Dictionary<string, SnapshotLocationEntry> Compose(LocalSnapshot existing, IEnumerable<LocationContent> live, string consequence, Redactor secrets, bool writesSnapshot)
    {
        var written = existing.Locations.ToDictionary(
            l => l.Name!,
            l => new SnapshotLocationEntry(l.Name!, l.LocationId!, WithoutRepeats(l.Entries), WithoutRepeats(l.DeletedEntries)),
            StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (LocationContent location in live)
        {
            written[location.Name!] = location.AsLocationEntry;
            read.Add(location.Name!);
        }

        RefuseLinksInTwoLocations(written.Values, consequence);
        foreach (SnapshotLocationEntry location in written.Values.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            TokensInSnapshot.Refuse(secrets, existing.DisplayPath, location.Name, location.LocationId, location.Links, location.DeletedLinks, writesSnapshot ? "this pull" : null, answered: read.Contains(location.Name));
        }

        return written;
    }

    private static IReadOnlyList<SnapshotEntry> WithoutRepeats(IReadOnlyList<SnapshotEntry> entries) =>
        entries.Any(e => e.HasFormerNames) ? entries.Select(HistoryNames.WithoutRepeats).ToList() : entries;

    /// <summary>
    /// One link id in two locations (HighLevel answered the same link for both, or one location's deleted link for
    /// another's) is a file the build refuses (LNK100): as a rule, two location ids that are one location in HighLevel.
    /// </summary>
    private static void RefuseLinksInTwoLocations(IEnumerable<SnapshotLocationEntry> locations, string consequence)
    {
        var ordered = locations.OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
        int ids = ordered.Sum(l => l.Links.Count + l.DeletedLinks.Count);
        foreach (var (id, owner, repeater) in LinkIdOwners.Repeats(ordered.Select(l => (l.Name, l.Links.Concat(l.DeletedLinks).Select(e => (string?)e.Id))), ids))
        {
            throw new ToolException(
                ExitCode.Failed,
                LinkIdOwners.Describe(Printable.Line(id), Printable.Line(owner), Printable.Line(repeater)) +
                $", so the build could not use the snapshot; {consequence}. Check that the locations' ids are of different locations in HighLevel");
        }
    }
}
