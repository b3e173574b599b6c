using System;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// The command the user typed to run the tool, as the advice the tool prints must quote it to be copied and run: a tool
/// installed from a manifest runs as <c>dotnet ghl-links</c> (the dotnet host starts it), one installed globally or with
/// <c>--tool-path</c> as plain <c>ghl-links</c> (its own launcher starts it).
/// </summary>
internal static class InvokedCommand
{
    /// <summary>The installed command's name, as every message of the tool quotes it.</summary>
    public const string Installed = "ghl-links";

    private const string QuotedInstalled = "'" + Installed + " ";

    /// <summary>How the build's own messages, shared with the tool, quote it: as a manifest install runs it.</summary>
    private const string QuotedThroughDotnet = "'dotnet " + Installed + " ";

    /// <summary>The command that started the process whose executable is <paramref name="processPath"/>.</summary>
    public static string Of(string? processPath)
    {
        // Either separator: the path is the host's own, on Windows or not.
        string file = processPath is null ? "" : processPath[(processPath.LastIndexOfAny(['/', '\\']) + 1)..];
        bool throughDotnet = file.Equals("dotnet", StringComparison.OrdinalIgnoreCase) || file.Equals("dotnet.exe", StringComparison.OrdinalIgnoreCase);
        return throughDotnet ? "dotnet " + Installed : Installed;
    }

    /// <summary>Whether <paramref name="line"/> quotes a command that <see cref="Quoting"/> would change.</summary>
    public static bool Changes(ReadOnlySpan<char> line, string command) =>
        command == Installed ? line.Contains(QuotedThroughDotnet, StringComparison.Ordinal) : line.Contains(QuotedInstalled, StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="line"/> with each quoted command (<c>'ghl-links pull …'</c>, or <c>'dotnet ghl-links pull …'</c> as
    /// the snapshot reader's messages quote it) as <paramref name="command"/> names it. Messages are written deep in the
    /// commands, where the invocation is not known; they all leave through the reporter.
    /// </summary>
    public static string Quoting(string line, string command) =>
        !Changes(line, command) ? line
        : command == Installed ? line.Replace(QuotedThroughDotnet, QuotedInstalled, StringComparison.Ordinal)
        : line.Replace(QuotedInstalled, "'" + command + " ", StringComparison.Ordinal);
}
