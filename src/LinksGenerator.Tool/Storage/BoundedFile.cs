using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Reads a whole file, but never more than a limit: a path that is no ordinary file (<c>/dev/zero</c>, a pipe, a file
/// still growing) would otherwise be read until memory runs out. What a file holds past the limit is not a snapshot or a
/// template anyone wrote, so the caller reports it instead of reading on.
/// </summary>
internal static class BoundedFile
{
    /// <summary>
    /// The most the tool reads of one file. A location's 10,000 links are a few MB of snapshot; fifty such locations, or
    /// the largest email template, stay far below this.
    /// </summary>
    public const int Limit = 256 * 1024 * 1024;

    /// <summary>"256 MiB", for messages.</summary>
    public static string LimitText => $"{Limit / (1024 * 1024)} MiB";

    /// <summary>
    /// <see cref="ReadAllBytes(string, int)"/>, where a Ctrl+C or SIGTERM (<paramref name="cancellationToken"/>) can stop
    /// the wait. Opening a named pipe blocks until something writes to it, and no cancellation reaches into that call: such
    /// a file is read on a pool thread, which may go on waiting while the command ends (exit 130). A regular file is read
    /// here, as before.
    /// </summary>
    /// <exception cref="System.OperationCanceledException">The wait was cancelled.</exception>
    public static byte[]? ReadAllBytes(string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Lint.SpecialFiles.IsSpecial(path)
            ? Task.Run(() => ReadAllBytes(path), CancellationToken.None).WaitAsync(cancellationToken).GetAwaiter().GetResult()
            : ReadAllBytes(path);
    }

    /// <summary>The file's bytes, or <see langword="null"/> when it holds more than <paramref name="limit"/> bytes.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[]? ReadAllBytes(string path, int limit = Limit)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

        // A regular file says its length; devices and pipes say 0 (or cannot seek) and are read until they end.
        long known = file.CanSeek ? file.Length : 0;
        if (known > limit)
        {
            return null;
        }

        using var bytes = new MemoryStream(known > 0 ? (int)known : 64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bytes.Length + read > limit)
            {
                return null;
            }

            bytes.Write(buffer, 0, read);
        }

        return bytes.Length == bytes.Capacity ? bytes.GetBuffer() : bytes.ToArray();
    }
}
