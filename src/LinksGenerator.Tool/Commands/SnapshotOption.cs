using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// The snapshot's path in the command lines the tool's advice quotes (<c>'ghl-links pull --output config/links.json'</c>):
/// advice followed word for word must act on the file the user named, not on <c>links.snapshot.json</c> in the current
/// folder. Nothing is added for the default path, so the common advice stays short.
/// </summary>
internal static class SnapshotOption
{
    /// <summary>" --output PATH" for advice to run <c>pull</c> on <paramref name="path"/>; "" for the default path.</summary>
    public static string Output(string path) => Of("--output", path);

    /// <summary>" --snapshot PATH" for advice to run <c>check</c> or <c>convert</c> on <paramref name="path"/>; "" for the default path.</summary>
    public static string Snapshot(string path) => Of("--snapshot", path);

    private static string Of(string option, string path) =>
        path == SnapshotFormat.DefaultFileName ? "" : $" {option} {ShellWord.Of(path)}";
}
