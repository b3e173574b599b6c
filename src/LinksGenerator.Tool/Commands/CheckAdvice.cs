using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// The <c>pull</c> that <c>check</c> tells the user to run: followed word for word, it refreshes what the check compared,
/// with the same connection options (<see cref="ConnectionSettings.AsArguments"/>) into the same file. A snapshot read
/// from a pipe or a process's descriptor (<c>--snapshot &lt;(git show main:links.snapshot.json)</c>, <c>/dev/stdin</c>)
/// names no file pull could write, so the advice asks for the file it was fed from.
/// </summary>
internal static class CheckAdvice
{
    /// <summary>The command line of that pull, with <paramref name="options"/> (" --forget-history") first.</summary>
    public static string Pull(ConnectionSettings settings, LocalSnapshot snapshot, string path, string options = "") =>
        $"ghl-links pull{options}{settings.AsArguments()}{Output(snapshot, path)}";

    /// <summary>The <c>--output</c> of a pull into the file at <paramref name="path"/>: <c>--output FILE</c> for a snapshot read from a pipe or a descriptor.</summary>
    public static string Output(LocalSnapshot snapshot, string path) => NamesNoFile(snapshot, path) ? " --output FILE" : SnapshotOption.Output(path);

    /// <summary>The line that ends the report of a stale snapshot.</summary>
    public static string Stale(ConnectionSettings settings, LocalSnapshot snapshot, string path) =>
        NamesNoFile(snapshot, path)
            ? $"Run '{Pull(settings, snapshot, path)}' on the file this snapshot was read from (pull writes files, not pipes or descriptors), then commit it."
            : $"Run '{Pull(settings, snapshot, path)}' to update the snapshot, then commit it.";

    /// <summary>
    /// The pull that creates a snapshot where there is none: the check's options, and a placeholder for the location
    /// when none was given (a pull without one and without a snapshot has no location to ask for).
    /// </summary>
    public static string Create(ConnectionSettings settings, string path) =>
        $"ghl-links pull{(settings.LocationId is null && settings.Locations.Count == 0 ? " --location-id <id>" : "")}{settings.AsArguments()}{SnapshotOption.Output(path)}";

    /// <summary>
    /// Whether the path stands for no file pull could write: a pipe, or a process's descriptor (/dev/stdin, /dev/fd/N,
    /// /proc/self/fd/N), which in the shell the advice is pasted into is that shell's terminal, not the file read here.
    /// </summary>
    private static bool NamesNoFile(LocalSnapshot snapshot, string path) =>
        snapshot.IsPipe || path.StartsWith("/dev/", System.StringComparison.Ordinal) || path.StartsWith("/proc/", System.StringComparison.Ordinal);
}
