using System;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// What the messages about a snapshot's format need to know of its bytes, noted while they are read so the bytes need
/// not be kept: a 50-location snapshot is 13.5 MB, held for the whole pull only to say whether it had CRLF line ends
/// (docs/benchmarks.md, "ghl-links pull").
/// </summary>
/// <param name="HasByteOrderMark">The file starts with UTF-8's byte order mark.</param>
/// <param name="HasCarriageReturns">The file holds a carriage return anywhere.</param>
/// <param name="HasCrlf">The file holds CRLF line ends (what git's core.autocrlf gives a checkout), not only lone carriage returns.</param>
/// <param name="IsUtf16">The file is UTF-16 text, by its byte order mark (what Windows PowerShell 5 writes), read as UTF-8 once decoded.</param>
internal sealed record FileLayout(bool HasByteOrderMark, bool HasCarriageReturns, bool HasCrlf, bool IsUtf16 = false)
{
    /// <param name="bytes">The file's text as UTF-8 (a UTF-16 file's once decoded, <paramref name="utf16"/>).</param>
    /// <param name="utf16">Whether the file itself is UTF-16.</param>
    public static FileLayout Of(ReadOnlySpan<byte> bytes, bool utf16 = false) =>
        new(bytes.StartsWith("\uFEFF"u8), bytes.Contains((byte)'\r'), bytes.IndexOf("\r\n"u8) >= 0, utf16);
}
