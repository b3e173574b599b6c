using System;
using System.IO;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// What a file was when a command read it: whether it existed, its length and when it was last written (to the
/// nanosecond on Linux's file systems). A pull takes seconds; a teammate's checkout, an editor or a second pull may write
/// the snapshot meanwhile, and the history in what they wrote is the one part of the file HighLevel cannot give back.
/// So a pull replaces the file only if it is still the one it read (<see cref="AtomicFile.Replace"/>).
/// </summary>
internal sealed record FileStamp(bool Exists, long Length, DateTime LastWriteUtc)
{
    /// <summary>The stamp of the file at <paramref name="path"/> (through links); null when it cannot be looked at, which reading it then says.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var file = new FileInfo(AtomicFile.FollowLinks(path));
            return file.Exists ? new FileStamp(true, file.Length, file.LastWriteTimeUtc) : new FileStamp(false, 0, default);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
