using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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
        IReadOnlyList<LocationChoice> chosen = LocationSelection.Choose(settings, existing, mayAdd: true, reporter.Redactor);
        IReadOnlyList<LocationContent> live = await LiveLocations.GetAsync(chosen, settings, existing, forgetHistory, writesSnapshot: true, host, reporter, cancellationToken).ConfigureAwait(false);

        var written = PulledLocations.Compose(existing, live, "nothing was written", reporter.Redactor, writesSnapshot: true);

        string what = $"{LiveLocations.Count(written.Count)}, {LiveLocations.Links(written.Values.Sum(l => l.Links.Count))}";
        var pulled = chosen.Zip(live, (choice, content) => (Choice: choice, Content: content)).ToList();

        // Same bytes: the file is left alone, so its timestamp does not trigger a rebuild of every project that uses it.
        if (!PullCommand.Write(existing, output, stream => SnapshotBytes.Write(stream, written.Values), cancellationToken))
        {
            reporter.Result($"{output} is up to date: {what}");
        }
        else
        {
            // Each location's difference is worked out when it is needed and let go after: a location new to the file is
            // a thousand changes, and 50 of them held at once would be megabytes of the pull's memory.
            // Not cancelled any more: the file is written, and what was written is said.
            bool noLinkChanged = pulled.All(p => p.Choice.Stored.Exists && SnapshotDiff.Compare(p.Choice.Stored, p.Content, CancellationToken.None) is { IsUpToDate: true, HistoryDropped: false });
            reporter.Result(
                !existing.Exists ? $"Created {output}: {what}"
                : noLinkChanged ? $"Rewrote {output} in the canonical format{CanonicalFormat.RewriteReason(existing)}: {what}, no link changed"
                : $"Updated {output}: {what}");
        }

        foreach (var (choice, content) in pulled)
        {
            SnapshotDiff diff = SnapshotDiff.Compare(choice.Stored, content, CancellationToken.None);
            string location = Printable.Line(choice.Name);
            string links = $"{LiveLocations.Links(content.Entries.Count)} of location {content.LocationId}";
            reporter.Result(
                !choice.Stored.Exists ? $"Added {location}: {links}"
                : diff.IsUpToDate && !diff.HistoryDropped ? $"{location} is up to date: {links}"
                : $"Updated {location}: {links} ({DiffPrinter.Summary(diff)})");
            DiffPrinter.Print(diff, MemberFates.For(diff, choice.Stored, content), reporter);
        }

        DiffPrinter.PrintSkippedEntries(existing, reporter);
        return ExitCode.Success;
    }
}
