using System;
using System.IO;
using System.Linq;
using System.Text;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Replaces a file all at once: the bytes go to a temporary file in the same folder (same file system, so the rename
/// is atomic), are flushed to disk, and only then renamed over the target. A crash or error at any point leaves the old
/// file as it was and no temporary file behind. A symbolic link is followed: the file it points to is replaced, and the
/// link stays a link; the file keeps its permissions (its mode: owner and group become the writer's, and a hard link to
/// the old file keeps the old bytes, as with any editor that saves this way). A read-only file is not replaced. Only a
/// process killed outright (<c>kill -9</c>, a power cut) can leave its temporary file: the next write removes such leftovers.
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// How old a temporary file of ours must be to count as left over: a write takes seconds, so one this old belongs to
    /// no write still running (another pull's included).
    /// </summary>
    private static readonly TimeSpan LeftOverAfter = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most UTF-8 bytes of the file's name a temporary name repeats: with the dot, guid and ".tmp" around it, a
    /// temporary name stays within the 255 bytes file systems allow even for the longest name.
    /// </summary>
    private const int LongestStem = 200;

    /// <summary>
    /// Replaces <paramref name="path"/> with what <paramref name="write"/> writes, streamed to disk as it is written, unless
    /// <paramref name="unlessSame"/> and that is exactly the bytes the file has (compared as they are written): then the
    /// file is left alone, timestamp and all, and the result is <see langword="false"/>. With <paramref name="readAs"/>,
    /// the file must still be what it was when read, checked just before the rename: if something else wrote it since,
    /// nothing replaces it and <see cref="ChangedMeanwhileException"/> says so.
    /// </summary>
    public static bool Replace(string path, bool unlessSame, Action<Stream> write, FileStamp? readAs = null)
    {
        path = FollowLinks(path);
        if (IsReadOnly(path))
        {
            throw new UnauthorizedAccessException($"{path} is read-only");
        }

        string folder = Path.GetDirectoryName(path) ?? throw new ArgumentException($"{path} has no folder", nameof(path));
        string stem = Stem(Path.GetFileName(path));
        string temporary = Path.Combine(folder, $".{stem}.{Guid.NewGuid():N}.tmp");
        RemoveLeftovers(folder, stem);
        try
        {
            bool unchanged;
            using (FileStream? current = unlessSame ? ComparingStream.OpenCurrent(path) : null)
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024))
            using (var comparing = new ComparingStream(file, current))
            {
                write(comparing);
                unchanged = comparing.SameAsCurrent;
                if (!unchanged)
                {
                    file.Flush(flushToDisk: true);
                }
            }

            if (unchanged)
            {
                TryDelete(temporary);
                return false;
            }

            KeepPermissions(path, temporary);
            if (readAs is not null && FileStamp.Of(path) != readAs)
            {
                throw new ChangedMeanwhileException();
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>The file was written by something else after it was read; the temporary file is gone, the file as that left it.</summary>
    public sealed class ChangedMeanwhileException : Exception;

    /// <summary>
    /// Whether the file at <paramref name="path"/> (or the one a link there points to) exists and is read-only for this
    /// user: renaming over it would succeed, as the folder is writable, and replace a file someone protected on purpose.
    /// </summary>
    public static bool IsReadOnly(string path)
    {
        path = FollowLinks(path);
        return File.Exists(path) && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
    }

    /// <summary>
    /// Why a replacement of <paramref name="path"/> could not be created beside it (a read-only folder, a full disk);
    /// null when it can. Tried for real, with a temporary file of ours that is gone again at once: permissions alone do
    /// not tell (root, access control lists, a read-only mount).
    /// </summary>
    public static string? WhyNotWritable(string path)
    {
        path = FollowLinks(path);
        string folder = Path.GetDirectoryName(path) ?? throw new ArgumentException($"{path} has no folder", nameof(path));
        string probe = Path.Combine(folder, $".{Stem(Path.GetFileName(path))}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose))
            {
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Whether the file system refuses <paramref name="path"/>'s name as too long (most take 255 UTF-8 bytes, Windows 255
    /// characters), for a file to be created: found before the request, not when the answer is in. The temporary names
    /// <see cref="WhyNotWritable"/> tries cut a long name short, and the snapshot itself must not appear before it is
    /// written, so the probe is a temporary file of ours with a name as long, gone again at once.
    /// </summary>
    public static bool NameTooLong(string path)
    {
        path = FollowLinks(path);
        string name = Path.GetFileName(path);
        int length = Math.Max(Encoding.UTF8.GetByteCount(name), name.Length);
        if (length <= LongestStem)
        {
            return false;
        }

        string folder = Path.GetDirectoryName(path) ?? throw new ArgumentException($"{path} has no folder", nameof(path));
        string start = $".{Guid.NewGuid():N}";
        string probe = Path.Combine(folder, start + new string('x', length - start.Length - ".tmp".Length) + ".tmp");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose))
            {
                return false;
            }
        }
        catch (PathTooLongException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // not a matter of the name: WhyNotWritable says what it is
        }
    }

    /// <summary>The file's name, cut to <see cref="LongestStem"/> UTF-8 bytes (never inside a character) for temporary names.</summary>
    private static string Stem(string fileName)
    {
        int length = fileName.Length;
        while (Encoding.UTF8.GetByteCount(fileName.AsSpan(0, length)) > LongestStem)
        {
            length--;
        }

        return length > 0 && char.IsHighSurrogate(fileName[length - 1]) ? fileName[..(length - 1)] : fileName[..length];
    }

    /// <summary>
    /// The file a symbolic link points to, through every link on the way: renaming over the link itself would replace it
    /// with a plain file and leave what it points to stale.
    /// </summary>
    public static string FollowLinks(string path)
    {
        var file = new FileInfo(path);
        return file.LinkTarget is null ? path : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }

    /// <summary>The replaced file's permissions go to its replacement: a snapshot kept private (600) stays private.</summary>
    private static void KeepPermissions(string path, string replacement)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(replacement, File.GetUnixFileMode(path));
        }
    }

    /// <summary>Deletes temporary files of ours for the file named <paramref name="stem"/> (<see cref="Stem"/>) that a killed process left behind.</summary>
    private static void RemoveLeftovers(string folder, string stem)
    {
        string prefix = "." + stem + ".";
        try
        {
            foreach (string file in Directory.EnumerateFiles(folder, prefix + "*.tmp"))
            {
                // Exactly our name (a 32-digit hex guid between the prefix and ".tmp"), and old: never someone else's file.
                string middle = Path.GetFileName(file)[prefix.Length..^".tmp".Length];
                if (middle.Length == 32 && middle.All(char.IsAsciiHexDigitLower) && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow - LeftOverAfter)
                {
                    TryDelete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tidying up is a courtesy; the write itself decides whether the run succeeds.
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
