using System;
using System.Runtime.InteropServices;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// Tells a regular file from a named pipe, a device or a socket, which a folder's search must leave out: opening a pipe
/// waits for a writer that may never come, and a device may never end. .NET shows them as ordinary files (attributes
/// <c>Normal</c>, length 0, and <c>UnixFileMode</c> holds only the permissions), so the file's type comes from
/// <c>stat</c>, through the runtime's own native shim, whose file status and type bits are the same on every Unix.
/// </summary>
internal static class SpecialFiles
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int CharacterDevice = 0x2000;
    private const int BlockDevice = 0x6000;

    /// <summary>Not a type: <c>stat</c> failed (no such file, a link to nothing, a loop of links).</summary>
    private const int NoFile = -1;

    /// <summary>Room for the shim's file status (about 120 bytes), with spare should it grow; the type is at offset 4.</summary>
    private const int StatusSize = 256;
    private const int ModeOffset = 4;

    /// <summary>Whether <paramref name="path"/> (its link's target, for a link) is something other than a regular file.</summary>
    /// <remarks>
    /// On Windows, and wherever the shim cannot be asked, every file counts as regular, as before; a named file that blocks
    /// is still read where a Ctrl+C stops the wait.
    /// </remarks>
    public static bool IsSpecial(string path) => KindOf(path) is FileKind.Device or FileKind.Other;

    /// <summary>What <paramref name="path"/> is (its link's target, for a link): a file, a device, or another special file.</summary>
    /// <remarks>A named pipe is no device: <c>--snapshot &lt;(git show main:links.snapshot.json)</c> reads one, and it ends.</remarks>
    public static FileKind KindOf(string path) => FileType(path) switch
    {
        null or RegularFile => FileKind.Regular,
        NoFile => FileKind.Missing,
        CharacterDevice or BlockDevice => FileKind.Device,
        _ => FileKind.Other,
    };

    /// <summary>The file type bits of <paramref name="path"/>'s status; <see cref="NoFile"/> when it cannot be followed; null where they cannot be had (Windows, no shim).</summary>
    private static int? FileType(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            byte[] status = new byte[StatusSize];
            return Stat(path, status) == 0 ? BitConverter.ToInt32(status, ModeOffset) & TypeMask : NoFile;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // DllImport, not LibraryImport: the generated marshalling needs unsafe code, which this project does not allow.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}

/// <summary>What a path is, as <see cref="SpecialFiles.KindOf"/> tells it.</summary>
internal enum FileKind
{
    /// <summary>A regular file, or one whose type cannot be told (Windows): read as one.</summary>
    Regular,

    /// <summary>A character or block device (<c>/dev/zero</c>, <c>/dev/full</c>): never ends, or ends nowhere useful.</summary>
    Device,

    /// <summary>A named pipe or a socket (or a folder): opening it may wait for the other end.</summary>
    Other,

    /// <summary>Nothing that can be followed: no such file, a link to nothing, a loop of links.</summary>
    Missing,
}
