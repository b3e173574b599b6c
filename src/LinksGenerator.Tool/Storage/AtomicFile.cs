using System;
using System.IO;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Replaces a file all at once: the bytes go to a temporary file in the same folder (same file system, so the rename
/// is atomic), are flushed to disk, and only then renamed over the target. A crash or error at any point leaves the old
/// file as it was and no temporary file behind.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        string folder = Path.GetDirectoryName(path) ?? throw new ArgumentException($"{path} has no folder", nameof(path));
        string temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original error is the one worth reporting; a stray temporary file is harmless and clearly named.
        }
    }
}
