using System;
using System.Text;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// A snapshot saved as UTF-16 with its byte order mark (Windows PowerShell 5's <c>&gt;</c> and <c>Out-File</c>, some
/// Windows editors), which the compiler reads as UTF-16 and the build therefore uses: read the same way here, so the
/// tool and the build never disagree about the file. Strictly: bytes that do not decode are no text.
/// </summary>
internal static class Utf16
{
    private static readonly Encoding[] Marked =
    [
        new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
        new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
    ];

    /// <summary>Whether <paramref name="bytes"/> start with a UTF-16 byte order mark, either byte order.</summary>
    public static bool IsMarked(ReadOnlySpan<byte> bytes) => Encoding(bytes) is not null;

    /// <summary>The text of <paramref name="bytes"/> (marked UTF-16) as UTF-8 without a byte order mark; null when it does not decode.</summary>
    public static byte[]? ToUtf8(ReadOnlySpan<byte> bytes)
    {
        Encoding encoding = Encoding(bytes) ?? throw new ArgumentException("not UTF-16 with a byte order mark", nameof(bytes));
        try
        {
            return System.Text.Encoding.UTF8.GetBytes(encoding.GetString(bytes[encoding.Preamble.Length..]));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding? Encoding(ReadOnlySpan<byte> bytes)
    {
        // UTF-32's little-endian mark starts with UTF-16's: the compiler takes such a file for UTF-16 as well.
        foreach (Encoding encoding in Marked)
        {
            if (bytes.StartsWith(encoding.Preamble))
            {
                return encoding;
            }
        }

        return null;
    }
}
