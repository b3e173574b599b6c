using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Diff;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// <c>ghl-links pull</c>: writes the live links to the snapshot (atomically, and not at all when the bytes would be the
/// same), keeping the history of renamed and deleted links unless asked to forget it, and prints what changed.
/// </summary>
internal static class PullCommand
{
    public static async Task<ExitCode> RunAsync(ConnectionSettings settings, string output, bool forgetHistory, ToolHost host, Reporter reporter, CancellationToken cancellationToken)
    {
        LocalSnapshot existing = LocalSnapshot.Load(host.WorkingDirectory, output);
        if (existing.Problem is { } problem)
        {
            // It may be a snapshot with a merge conflict, or a file that was never a snapshot: either way not ours to lose.
            throw ToolException.Usage(
                $"{output} exists but cannot be read as a snapshot ({problem}). The tool does not replace a file it cannot read: " +
                "fix it (for a merge conflict, keep either side and pull again) or delete it, or choose another --output");
        }

        if (!forgetHistory)
        {
            BrokenHistory.Refuse(existing, reporter);
        }

        if (!Directory.Exists(Path.GetDirectoryName(existing.FullPath)))
        {
            throw ToolException.Usage($"the folder of {output} does not exist: create it, or choose another --output");
        }

        if (existing.IsManyLocations || settings.Locations.Count > 0)
        {
            return await ManyLocationsPull.RunAsync(settings, existing, output, forgetHistory, host, reporter, cancellationToken).ConfigureAwait(false);
        }

        LocationContent live = await LiveLinks.GetAsync(settings, existing, forgetHistory, host, reporter, cancellationToken).ConfigureAwait(false);
        SnapshotDiff diff = SnapshotDiff.Compare(existing.Single, live);
        string what = $"{live.Entries.Count} links of location {live.LocationId}";

        // Same bytes: leave the file alone, so its timestamp does not trigger a rebuild of every project that uses it.
        ReadOnlyMemory<byte> bytes = SnapshotBytes.Of(live, existing.Bytes?.Length ?? 0);
        if (existing.Bytes is { } old && old.AsSpan().SequenceEqual(bytes.Span))
        {
            reporter.Result($"{output} is up to date: {what}");
            return ExitCode.Success;
        }

        Write(existing, output, bytes);

        reporter.Result(
            !existing.Exists ? $"Created {output}: {what}"
            : diff.IsUpToDate && diff.HistoryDropped ? $"Rewrote {output} without its history: {what}, no link changed"
            : diff.IsUpToDate ? $"Rewrote {output} in the canonical format: {what}, no link changed"
            : $"Updated {output}: {what} ({DiffPrinter.Summary(diff)})");
        foreach (string line in DiffPrinter.Lines(diff, MemberFates.For(diff, existing.Single, live)))
        {
            reporter.Result(line);
        }

        return ExitCode.Success;
    }

    /// <summary>Replaces the snapshot atomically; a failure is a usage error that says the old file is untouched.</summary>
    public static void Write(LocalSnapshot existing, string output, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            AtomicFile.Write(existing.FullPath, bytes.Span);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ToolException.Usage($"could not write {output} ({e.Message}); {(existing.Exists ? "the existing file is untouched" : "nothing was written")}. Check the path and its permissions");
        }
    }
}
