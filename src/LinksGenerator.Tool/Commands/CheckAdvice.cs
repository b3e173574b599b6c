using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// The <c>pull</c> that <c>check</c> tells the user to run: followed word for word, it refreshes what the check compared,
/// with the same connection options (<see cref="ConnectionSettings.AsArguments"/>) into the same file. A snapshot read
/// from a pipe (<c>--snapshot &lt;(git show main:links.snapshot.json)</c>) names no file pull could write, so the advice
/// asks for the file the pipe was fed from.
/// </summary>
internal static class CheckAdvice
{
    /// <summary>The command line of that pull.</summary>
    public static string Pull(ConnectionSettings settings, LocalSnapshot snapshot, string path) =>
        $"ghl-links pull{settings.AsArguments()}{(snapshot.IsPipe ? " --output FILE" : SnapshotOption.Output(path))}";

    /// <summary>The line that ends the report of a stale snapshot.</summary>
    public static string Stale(ConnectionSettings settings, LocalSnapshot snapshot, string path) =>
        snapshot.IsPipe
            ? $"Run '{Pull(settings, snapshot, path)}' on the file this snapshot was read from (pull writes files, not pipes), then commit it."
            : $"Run '{Pull(settings, snapshot, path)}' to update the snapshot, then commit it.";
}
