using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Diff;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// <c>ghl-links check</c> for a snapshot of many locations: every location (or those named with <c>--location</c>)
/// compared with HighLevel, a line for each, the changes under each stale one, and exit 1 when any is stale. History
/// never makes a location stale; nothing is written.
/// </summary>
internal static class ManyLocationsCheck
{
    public static async Task<ExitCode> RunAsync(ConnectionSettings settings, LocalSnapshot snapshot, string path, ToolHost host, Reporter reporter, CancellationToken cancellationToken)
    {
        IReadOnlyList<LocationChoice> chosen = LocationSelection.Choose(settings, snapshot, mayAdd: false, reporter.Redactor);
        IReadOnlyList<LocationContent> live = await LiveLocations.GetAsync(chosen, settings, snapshot, forgetHistory: false, writesSnapshot: false, host, reporter, cancellationToken).ConfigureAwait(false);

        // What pull would refuse to write is no snapshot to be stale against: say so, as pull would.
        var written = PulledLocations.Compose(snapshot, live, "'ghl-links pull' would write nothing", reporter.Redactor, writesSnapshot: false);
        var compared = chosen.Zip(live, (choice, content) => (Choice: choice, Content: content, Diff: SnapshotDiff.Compare(choice.Stored, content, cancellationToken))).ToList();
        int stale = compared.Count(c => !c.Diff.IsUpToDate);

        reporter.Result(stale == 0
            ? $"{path} is up to date: {LiveLocations.Count(compared.Count)}, {LiveLocations.Links(compared.Sum(c => c.Content.Entries.Count))}"
            : $"{path} is stale: {stale} of {LiveLocations.Count(compared.Count)} {(stale == 1 ? "differs" : "differ")} from HighLevel");
        foreach (var (choice, content, diff) in compared)
        {
            string location = Printable.Line(choice.Name);
            string links = $"{LiveLocations.Links(content.Entries.Count)} of location {content.LocationId}";
            if (diff.IsUpToDate)
            {
                reporter.Result($"{location} is up to date: {links}");
                continue;
            }

            reporter.Result($"{location} is stale: HighLevel has {links} ({DiffPrinter.Summary(diff)})");
            DiffPrinter.Print(diff, MemberFates.For(diff, choice.Stored, content), reporter);
        }

        if (stale == 0)
        {
            if (!CanonicalFormat.Matches(snapshot, stream => SnapshotBytes.Write(stream, written.Values)))
            {
                reporter.Result(CanonicalFormat.CheckNote(path, snapshot, CheckAdvice.Pull(settings, snapshot, path)));
            }

            return ExitCode.Success;
        }

        DiffPrinter.PrintSkippedEntries(snapshot, reporter);
        reporter.Result(CheckAdvice.Stale(settings, snapshot, path));
        return ExitCode.Stale;
    }
}
