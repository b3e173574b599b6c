using System;
using System.IO;
using System.Text;

namespace LinksGenerator.Tasks;

/// <summary>
/// A file's text when it is certainly what the compiler would read: UTF-8, with or without a byte order mark (dropped).
/// Anything else (a UTF-16 mark, bytes that are not UTF-8, which the compiler decodes with a fallback code page, a file
/// that cannot be read) is null, and the caller leaves the judgement to the compiler.
/// </summary>
internal static class Utf8File
{
    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }

        return Decode(bytes);
    }

    public static string? Decode(byte[] bytes)
    {
        int start = StartsWith(bytes, Utf8Mark) ? Utf8Mark.Length : 0;
        if (start == 0 && bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return null; // UTF-16, as Windows editors save it: the compiler's to read
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool StartsWith(byte[] bytes, byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (int i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
