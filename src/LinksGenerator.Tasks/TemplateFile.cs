using System;
using System.IO;
using System.Text;

namespace LinksGenerator.Tasks;

/// <summary>
/// A template's text as the compiler decodes an additional file, when that is certain: UTF-8, with or without a byte
/// order mark (dropped), and no NUL character. Anything else (UTF-16, bytes that are not UTF-8, which the compiler decodes
/// with a fallback that depends on the machine, binary junk, which it may refuse) is left to the compiler itself.
/// </summary>
internal static class TemplateFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null when the file cannot be read or its decoding is the compiler's to decide.</summary>
    public static string? ReadAsTheCompilerWould(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null; // gone or locked: the compiler reports it (CS2001) when the analyzer asks it for the text
        }

        int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return text.IndexOf('\0') >= 0 ? null : text;
    }
}
