using System;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// The command that updates this installation of the tool, to be quoted in advice and run as it stands: an install
/// from a manifest (run as <c>dotnet ghl-links</c>) updates with <c>dotnet tool update LinksGenerator.Tool</c> in the
/// repository, but a global one needs <c>--global</c>, and one made with <c>--tool-path</c> that path; without them,
/// the command fails ("Cannot find a manifest file"). Told by where the tool's files are: the SDK keeps a global or
/// tool-path install in a <c>.store</c> folder at the install's root, the global root being <c>.dotnet/tools</c> in the
/// user's home.
/// </summary>
internal static class ToolUpdate
{
    public const string PackageId = "LinksGenerator.Tool";

    /// <summary>The command for the tool whose files are in <paramref name="baseDirectory"/>.</summary>
    public static string CommandFor(string baseDirectory)
    {
        string path = baseDirectory.Replace('\\', '/');
        int store = path.IndexOf("/.store/", StringComparison.OrdinalIgnoreCase);
        if (store < 0)
        {
            return $"dotnet tool update {PackageId}";
        }

        string root = baseDirectory[..store];
        return path[..store].EndsWith("/.dotnet/tools", StringComparison.OrdinalIgnoreCase)
            ? $"dotnet tool update --global {PackageId}"
            : $"dotnet tool update --tool-path {ShellWord.Of(root)} {PackageId}";
    }

    /// <summary>The command for this process's tool.</summary>
    public static string Command => CommandFor(AppContext.BaseDirectory);
}
