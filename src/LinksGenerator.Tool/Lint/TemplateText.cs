using System;
using System.Text;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// A template's bytes as text, decoded the way the compiler decodes an additional file, so that <c>lint</c> and the build
/// see the same characters at the same offsets: a byte order mark names the encoding (UTF-8, or UTF-16 as Windows
/// editors save it) and is dropped; without one the text is UTF-8 when it is valid UTF-8, else the compiler's fallback.
/// </summary>
/// <remarks>
/// For bytes that are not UTF-8 the compiler falls back to the system's code page (Roslyn's EncodedStringText, through
/// <c>Encoding.GetEncoding(0)</c>), and so does <see cref="Decode"/> on the platform it runs on: on Linux and macOS that is
/// .NET's default, UTF-8 with U+FFFD for each bad sequence (a stray byte, or a multi-byte sequence cut off, is one
/// character); on Windows a single-byte code page such as 1252, whose positions Latin-1 (also one character per byte)
/// agrees with, except byte 0x85, a line end in Latin-1, which is read as 1252's "…". Both decode any bytes at all, so
/// binary junk is never a crash; but on that fallback path the compiler refuses a text with two NUL characters in a row
/// as binary (error CS2015), and so does <see cref="IsRefusedAsBinary"/>: either fallback keeps each NUL byte as one NUL
/// character and makes no NUL of any other byte, so two NUL bytes in a row are exactly two NUL characters in a row.
/// </remarks>
internal static class TemplateText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Whether the compiler refuses the file as binary (CS2015), failing a build that checks it: it is not UTF-8, has no
    /// byte order mark, and holds two NUL bytes in a row (two NUL characters in any fallback decoding).
    /// </summary>
    public static bool IsRefusedAsBinary(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        return span.IndexOf((ReadOnlySpan<byte>)[0, 0]) >= 0 && !HasByteOrderMark(span) && !IsUtf8(span);
    }

    public static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;

        // With a byte order mark the compiler trusts it, and replaces what does not decode rather than falling back.
        if (MarkedEncoding.Of(span) is { } marked)
        {
            return marked.GetString(span[marked.Preamble.Length..]);
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return OperatingSystem.IsWindows() ? SingleByte(span) : Encoding.UTF8.GetString(span);
        }
    }

    /// <summary>The Windows fallback: one character per byte, as in code page 1252.</summary>
    /// <remarks>
    /// Byte 0x85 is the one Latin-1 reads as a line end (U+0085, NEL), where 1252 reads "…", which ends no line: read as
    /// 1252 does, so the findings after it stay on the build's lines.
    /// </remarks>
    private static string SingleByte(ReadOnlySpan<byte> span) => Encoding.Latin1.GetString(span).Replace('\u0085', '\u2026');

    private static bool HasByteOrderMark(ReadOnlySpan<byte> span) => MarkedEncoding.Of(span) is not null;

    private static bool IsUtf8(ReadOnlySpan<byte> span) => System.Text.Unicode.Utf8.IsValid(span);
}
