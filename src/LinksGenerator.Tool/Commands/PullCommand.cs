using System;
using System.IO;
using System.Linq;
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
        Configuration.NotAToken.RefuseInPath(reporter.Redactor, output, "--output");
        LocalSnapshot.RefuseNotAFile(host.WorkingDirectory, output, "--output");
        LocalSnapshot existing = LocalSnapshot.Load(host.WorkingDirectory, output, cancellationToken: cancellationToken);
        NewerSnapshot.Refuse(existing);

        // Two branches that each pulled: both sides are read and put together, keeping the history of both.
        bool resolvesConflict = existing.HasMergeConflict;
        existing = resolvesConflict ? ConflictResolution.Resolve(existing) : existing;

        if (existing.Problem is { } problem)
        {
            // A file that was never a snapshot, or one broken by hand: either way not ours to lose.
            throw ToolException.Usage(
                $"{output} exists but cannot be read as a snapshot ({problem}). The tool does not replace a file it cannot read: " +
                "fix it or delete it, or choose another --output");
        }

        // --forget-history drops the damage with the rest of the history, but only of the locations it reads: with
        // --location, the other locations keep theirs, so damage there would still be carried on.
        if (!forgetHistory || settings.Locations.Count > 0)
        {
            BrokenHistory.Refuse(
                existing, reporter, options => CheckAdvice.Pull(settings, existing, output, options), pullWritesRepeatsOnce: true,
                named: settings.Locations.Count > 0 ? LocationSelection.Names(settings) : null, forgetHistory: forgetHistory);
        }

        // The folder the file is written in: a link's target's, for a link to a snapshot not pulled yet.
        string folder = Path.GetDirectoryName(AtomicFile.FollowLinks(existing.FullPath))!;
        if (!Directory.Exists(folder))
        {
            // Through a symbolic link, the folder it leads to is named: the one the link itself is in exists.
            bool throughLink = folder != Path.GetDirectoryName(existing.FullPath);
            string which = throughLink ? $"{Printable.Line(folder)}, where the symbolic link {output} leads," : $"the folder of {output}";
            throw ToolException.Usage(
                !File.Exists(folder) ? $"{which} does not exist: create it, or choose another --output"
                : throughLink ? $"{which} is a file: choose another --output"
                : $"{which} is a file ({folder}): choose another --output");
        }

        if (AtomicFile.IsReadOnly(existing.FullPath))
        {
            throw ToolException.Usage($"{output} is read-only: make it writable to pull into it (chmod u+w), or choose another --output");
        }

        // Found before any request, not after the token went out and the links came back.
        if (!existing.Exists && AtomicFile.NameTooLong(existing.FullPath))
        {
            throw ToolException.Usage($"the file name of {output} is longer than the file system takes: choose a shorter --output. Nothing was sent");
        }

        if (AtomicFile.WhyNotWritable(existing.FullPath) is { } notWritable)
        {
            throw ToolException.Usage($"the folder of {output} does not take a new file ({notWritable}): pull writes the snapshot there and renames it into place; make the folder writable, or choose another --output");
        }

        ExitCode exit = existing.IsManyLocations || settings.Locations.Count > 0
            ? await ManyLocationsPull.RunAsync(settings, existing, output, forgetHistory, host, reporter, cancellationToken).ConfigureAwait(false)
            : await PullOneLocationAsync(settings, existing, output, forgetHistory, host, reporter, cancellationToken).ConfigureAwait(false);

        // A new snapshot below another one: every project here and below now builds with the new one. Said, not refused: it may be meant.
        if (!existing.Exists && exit == ExitCode.Success && SnapshotSearch.BuildUsesInstead(host.WorkingDirectory, output) is { } above)
        {
            string[] projects = SnapshotSearch.ProjectsIn(host.WorkingDirectory);
            string what = projects.Length > 0
                ? $"{string.Join(", ", projects.Select(Printable.Line))} here now {(projects.Length == 1 ? "builds" : "build")} with the new {output} instead, without that one's links and history"
                : $"a project in this folder or below it would build with the new {output} instead, without that one's links and history (there is none in this folder itself; projects elsewhere keep {above})";
            reporter.Warning($"{above} is a snapshot too: {what}. If that is not what you meant, delete {output} and pass --output {above}");
        }

        if (resolvesConflict && exit == ExitCode.Success)
        {
            reporter.Result($"The merge conflict in {output} is resolved: the links and history of both sides were put together before pulling. Commit the file to finish the merge");
        }

        return exit;
    }

    private static async Task<ExitCode> PullOneLocationAsync(ConnectionSettings settings, LocalSnapshot existing, string output, bool forgetHistory, ToolHost host, Reporter reporter, CancellationToken cancellationToken)
    {
        LocationContent live = await LiveLinks.GetAsync(settings, existing, forgetHistory, writesSnapshot: true, host, reporter, cancellationToken).ConfigureAwait(false);
        SnapshotDiff diff = SnapshotDiff.Compare(existing.Single, live, cancellationToken);
        string what = LiveLinks.Describe(live);

        // Same bytes: the file is left alone, so its timestamp does not trigger a rebuild of every project that uses it.
        if (!Write(existing, output, stream => SnapshotBytes.Write(stream, live), cancellationToken))
        {
            reporter.Result($"{output} is up to date: {what}");
            return ExitCode.Success;
        }

        reporter.Result(
            !existing.Exists ? $"Created {output}: {what}"
            : diff.IsUpToDate && diff.HistoryDropped ? $"Rewrote {output} without its history: {what}, no link changed"
            : diff.IsUpToDate ? $"Rewrote {output} in the canonical format{CanonicalFormat.RewriteReason(existing)}: {what}, no link changed"
            : $"Updated {output}: {what} ({DiffPrinter.Summary(diff)})");
        DiffPrinter.Print(diff, MemberFates.For(diff, existing.Single, live), reporter);
        DiffPrinter.PrintSkippedEntries(existing, reporter);

        return ExitCode.Success;
    }

    /// <summary>
    /// Replaces the snapshot atomically with what <paramref name="write"/> writes, unless that is the bytes it has
    /// (then <see langword="false"/>, the file untouched), and only over the file as it was read. A failure is a usage
    /// error that says the old file is untouched; a snapshot that would be larger than <paramref name="limit"/> (what the
    /// tool reads back, <see cref="BoundedFile.Limit"/>) is not written either, and fails like an answer that is not a
    /// location's links (exit 4).
    /// </summary>
    public static bool Write(LocalSnapshot existing, string output, Action<Stream> write, CancellationToken cancellationToken, long limit = BoundedFile.Limit)
    {
        // A Ctrl+C that came while the answer was read and compared (seconds, for 100,000 links) stops the run here,
        // before the file is touched: exit 130 means the snapshot was not written. Once the write has begun, it finishes.
        cancellationToken.ThrowIfCancellationRequested();
        string untouched = existing.Exists ? "the existing file is untouched" : "nothing was written";
        try
        {
            return AtomicFile.Replace(existing.FullPath, unlessSame: existing.Exists, stream => write(new SizeLimitedStream(stream, limit)), existing.Stamp);
        }
        catch (AtomicFile.ChangedMeanwhileException)
        {
            throw ToolException.Usage(
                $"{output} was written by something else while the pull ran (another pull, a checkout, an editor), so the pull did not write over it, " +
                "and it is as that left it: run the pull again to refresh the file as it is now");
        }
        catch (SizeLimitedStream.TooLargeException e)
        {
            string size = e.Limit == BoundedFile.Limit ? BoundedFile.LimitText : $"{e.Limit} bytes";
            throw new ToolException(
                ExitCode.Failed,
                $"HighLevel's links would make {output} larger than {size}, more than a snapshot may be (the tool would not read it back); {untouched}. " +
                "That is not what a location's links come to: check --base-url, or try again later");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ToolException.Usage($"could not write {output} ({e.Message}); {untouched}. Check the path and its permissions");
        }
    }
}
