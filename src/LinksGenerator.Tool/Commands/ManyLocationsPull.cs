using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Diff;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// <c>ghl-links pull</c> for a snapshot of many locations (docs/ghl-links.md, "Agencies"): the chosen locations read
/// (<see cref="LiveLocations"/>), each with its history carried over as for one location, the others kept as they are,
/// and the whole file written at once (or not at all: same bytes, or any location failed). Prints the file's line, then
/// each location read with its changes.
/// </summary>
internal static class ManyLocationsPull
{
    public static async Task<ExitCode> RunAsync(ConnectionSettings settings, LocalSnapshot existing, string output, bool forgetHistory, ToolHost host, Reporter reporter, CancellationToken cancellationToken)
    {
        IReadOnlyList<LocationChoice> chosen = LocationSelection.Choose(settings, existing, mayAdd: true);
        IReadOnlyList<LocationContent> live = await LiveLocations.GetAsync(chosen, settings, existing, forgetHistory, host, reporter, cancellationToken).ConfigureAwait(false);

        // Every location the file will hold: those read now, and the others as they were.
        var written = existing.Locations.ToDictionary(l => l.Name!, l => new SnapshotLocationEntry(l.Name!, l.LocationId!, l.Entries, l.DeletedEntries), StringComparer.Ordinal);
        foreach (LocationContent location in live)
        {
            written[location.Name!] = location.AsLocationEntry;
        }

        RefuseLinksInTwoLocations(written.Values);

        string what = $"{LiveLocations.Count(written.Count)}, {LiveLocations.Links(written.Values.Sum(l => l.Links.Count))}";
        var changes = chosen.Zip(live, (choice, content) => (Choice: choice, Content: content, Diff: SnapshotDiff.Compare(choice.Stored, content))).ToList();

        // Same bytes: the file is left alone, so its timestamp does not trigger a rebuild of every project that uses it.
        if (!PullCommand.Write(existing, output, stream => SnapshotBytes.Write(stream, written.Values)))
        {
            reporter.Result($"{output} is up to date: {what}");
        }
        else
        {
            bool noLinkChanged = changes.All(c => c.Choice.Stored.Exists && c.Diff.IsUpToDate && !c.Diff.HistoryDropped);
            reporter.Result(
                !existing.Exists ? $"Created {output}: {what}"
                : noLinkChanged ? $"Rewrote {output} in the canonical format: {what}, no link changed"
                : $"Updated {output}: {what}");
        }

        foreach (var (choice, content, diff) in changes)
        {
            string location = Printable.Line(choice.Name);
            string links = $"{LiveLocations.Links(content.Entries.Count)} of location {content.LocationId}";
            reporter.Result(
                !choice.Stored.Exists ? $"Added {location}: {links}"
                : diff.IsUpToDate && !diff.HistoryDropped ? $"{location} is up to date: {links}"
                : $"Updated {location}: {links} ({DiffPrinter.Summary(diff)})");
            DiffPrinter.Print(diff, MemberFates.For(diff, choice.Stored, content), reporter);
        }

        return ExitCode.Success;
    }

    /// <summary>
    /// Nothing is written when a link id would be in two locations (HighLevel answered the same link for both, or one
    /// location's deleted link for another's): the build could not use the file (LNK100), and check would call it up to date.
    /// </summary>
    private static void RefuseLinksInTwoLocations(IEnumerable<SnapshotLocationEntry> locations)
    {
        var ordered = locations.OrderBy(l => l.Name, StringComparer.Ordinal);
        foreach (var (id, owner, repeater) in LinkIdOwners.Repeats(ordered.Select(l => (l.Name, l.Links.Concat(l.DeletedLinks).Select(e => (string?)e.Id)))))
        {
            throw new ToolException(
                ExitCode.Failed,
                LinkIdOwners.Describe(Printable.Line(id), Printable.Line(owner), Printable.Line(repeater)) +
                $", so the build could not use the snapshot; nothing was written. Check that the locations' ids are of different locations in HighLevel");
        }
    }
}
