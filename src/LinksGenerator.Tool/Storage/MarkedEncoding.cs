using System;
using System.Text;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// The encoding a byte order mark at a file's start names, as the compiler reads one, so that the tool reads a template
/// or a snapshot as the build does: UTF-8, or UTF-16 as Windows editors and Windows PowerShell 5's <c>&gt;</c> save it.
/// Not UTF-32: the compiler reads a file's bytes whole, and takes UTF-32's little-endian mark for UTF-16's (the text then
/// has a NUL after each letter) and a file with its big-endian one for binary (CS2015).
/// </summary>
internal static class MarkedEncoding
{
    private static readonly Encoding[] Marked = [Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode];

    /// <summary>The encoding the mark at the start of <paramref name="bytes"/> names; null without one.</summary>
    public static Encoding? Of(ReadOnlySpan<byte> bytes)
    {
        foreach (Encoding encoding in Marked)
        {
            if (bytes.StartsWith(encoding.Preamble))
            {
                return encoding;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="bytes"/> start with a UTF-16 byte order mark, either byte order.</summary>
    public static bool IsUtf16(ReadOnlySpan<byte> bytes) => Of(bytes) is UnicodeEncoding;

    /// <summary>
    /// The text of <paramref name="bytes"/> (marked UTF-16) as UTF-8 without a byte order mark; null when it does not
    /// decode. Strictly: a snapshot whose bytes the compiler would turn into U+FFFD is not read as if they were text.
    /// </summary>
    public static byte[]? Utf16AsUtf8(ReadOnlySpan<byte> bytes)
    {
        Encoding marked = Of(bytes) as UnicodeEncoding ?? throw new ArgumentException("not UTF-16 with a byte order mark", nameof(bytes));
        var strict = new UnicodeEncoding(bigEndian: marked.CodePage == Encoding.BigEndianUnicode.CodePage, byteOrderMark: true, throwOnInvalidBytes: true);
        try
        {
            return Encoding.UTF8.GetBytes(strict.GetString(bytes[marked.Preamble.Length..]));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
