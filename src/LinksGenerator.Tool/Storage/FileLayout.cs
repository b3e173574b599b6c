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
internal sealed record FileLayout(bool HasByteOrderMark, bool HasCarriageReturns, bool HasCrlf)
{
    public static FileLayout Of(ReadOnlySpan<byte> bytes) => new(bytes.StartsWith("\uFEFF"u8), bytes.Contains((byte)'\r'), bytes.IndexOf("\r\n"u8) >= 0);
}
