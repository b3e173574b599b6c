using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// A snapshot written by a newer ghl-links (a schemaVersion this version does not read) is not broken: every command
/// stops on it with the one advice that keeps it, to update. Fixing or deleting it, the advice for a file that cannot be
/// read, would throw away what the newer version wrote.
/// </summary>
internal static class NewerSnapshot
{
    public static void Refuse(LocalSnapshot snapshot)
    {
        if (snapshot.IsFromNewerVersion)
        {
            throw ToolException.Usage(
                $"{snapshot.DisplayPath} cannot be read by this version of ghl-links ({snapshot.Problem}); the file is untouched. " +
                $"Update the tool ('{Output.ToolUpdate.Command}') and the LinksGenerator package, then run again");
        }
    }
}
