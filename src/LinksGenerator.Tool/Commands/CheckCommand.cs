using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Diff;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// <c>ghl-links check</c>: compares the live links with the snapshot, prints the difference (the lines <c>pull</c> would
/// print), and exits 1 when they differ. History never makes it stale: only the links do. It never writes: in CI it
/// answers "is the committed snapshot stale?".
/// </summary>
internal static class CheckCommand
{
    public static async Task<ExitCode> RunAsync(ConnectionSettings settings, string path, ToolHost host, Reporter reporter, CancellationToken cancellationToken)
    {
        LocalSnapshot snapshot = LocalSnapshot.Load(host.WorkingDirectory, path, cancellationToken: cancellationToken);
        if (!snapshot.Exists)
        {
            throw ToolException.Usage(SnapshotSearch.BuildUsesInstead(host.WorkingDirectory, path) is { } above
                ? $"there is no snapshot at {path} in this folder; a project here builds with {above}: run check in its folder, or pass --snapshot {above}"
                : $"there is no snapshot at {path}: run '{CheckAdvice.Create(settings, path)}' to create it and commit it, or pass --snapshot PATH");
        }

        NewerSnapshot.Refuse(snapshot);

        if (snapshot.ProblemResolvedBy(CheckAdvice.Pull(settings, snapshot, path)) is { } problem)
        {
            // A conflict's way out is in the reader's message (pull resolves it); any other broken file is for the user to fix.
            throw ToolException.Usage(
                snapshot.HasMergeConflict ? $"{path} cannot be read as a snapshot ({problem})"
                : snapshot.IsDevice ? $"{path} cannot be read as a snapshot ({problem}): pass --snapshot with the snapshot's path"
                : $"{path} cannot be read as a snapshot ({problem}): fix it, or delete it and run '{CheckAdvice.Create(settings, path)}'");
        }

        BrokenHistory.Refuse(snapshot, reporter, options => CheckAdvice.Pull(settings, snapshot, path, options), named: settings.Locations.Count > 0 ? LocationSelection.Names(settings) : null);

        if (snapshot.IsManyLocations || settings.Locations.Count > 0)
        {
            return await ManyLocationsCheck.RunAsync(settings, snapshot, path, host, reporter, cancellationToken).ConfigureAwait(false);
        }

        LocationContent live = await LiveLinks.GetAsync(settings, snapshot, forgetHistory: false, writesSnapshot: false, host, reporter, cancellationToken).ConfigureAwait(false);
        // A Ctrl+C or a CI job's timeout that came while the answer was compared ends the run as cancelled (130), not as
        // a verdict: "stale" (1) would send someone to pull for nothing.
        SnapshotDiff diff = SnapshotDiff.Compare(snapshot.Single, live, cancellationToken);
        string what = LiveLinks.Describe(live);
        if (diff.IsUpToDate)
        {
            reporter.Result($"{path} is up to date: {what}");
            if (!CanonicalFormat.Matches(snapshot, stream => SnapshotBytes.Write(stream, live)))
            {
                reporter.Result(CanonicalFormat.CheckNote(path, snapshot, CheckAdvice.Pull(settings, snapshot, path)));
            }

            return ExitCode.Success;
        }

        reporter.Result($"{path} is stale: HighLevel has {what} ({DiffPrinter.Summary(diff)})");
        DiffPrinter.Print(diff, MemberFates.For(diff, snapshot.Single, live), reporter);
        DiffPrinter.PrintSkippedEntries(snapshot, reporter);

        reporter.Result(CheckAdvice.Stale(settings, snapshot, path));
        return ExitCode.Stale;
    }
}
