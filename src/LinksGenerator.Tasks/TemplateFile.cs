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

    /// <summary>
    /// The text, or null when the file cannot be read or its decoding is the compiler's to decide. The bytes go through
    /// one buffer, kept for the next template: the text is all a template costs the build's memory (MSBuild's process
    /// holds the whole build's state, and every collection of it is slow).
    /// </summary>
    public static string? ReadAsTheCompilerWould(string path, ref byte[] buffer)
    {
        int length;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > int.MaxValue / 2)
            {
                return null; // more than a string can hold: the compiler's to refuse
            }

            length = 0;
            int read;
            do
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(buffer.Length * 2, (int)stream.Length + 1));
                }

                read = stream.Read(buffer, length, buffer.Length - length);
                length += read;
            }
            while (read > 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null; // gone or locked: the compiler reports it (CS2001) when the analyzer asks it for the text
        }

        int bom = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(buffer, bom, length - bom);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return text.IndexOf('\0') >= 0 ? null : text;
    }
}
