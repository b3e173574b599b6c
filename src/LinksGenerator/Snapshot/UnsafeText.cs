using System.Globalization;
using System.Text;

namespace LinksGenerator.Snapshot;

/// <summary>
/// What counts as an unsafe character in untrusted text (link names, URLs, response bodies) wherever it is shown or
/// emitted: generated C#, terminal output, error messages. One definition, so the generator and the tool escape the
/// same characters.
/// </summary>
internal static class UnsafeText
{
    /// <summary>
    /// Control characters (C0, DEL and C1), line and paragraph separators (C# ends lines at U+0085, U+2028, U+2029),
    /// format characters such as bidirectional overrides and zero-width spaces (which make text read differently from
    /// what it is), the other characters shown as nothing (<see cref="IsInvisibleLetterOrMark"/>), and surrogates
    /// (callers pass a valid pair on together before asking about a lone one).
    /// </summary>
    public static bool IsUnsafe(char c)
    {
        if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c))
        {
            return true;
        }

        UnicodeCategory category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format
            || IsInvisibleLetterOrMark(c) || c is '\u2065' or (>= '\uFFF0' and <= '\uFFF8'); // unassigned, but shown as nothing
    }

    /// <summary>
    /// Unicode's default-ignorable characters (shown as nothing) that are letters or marks, so that C# would keep them in
    /// an identifier: the combining grapheme joiner, Khmer's inherent vowels, Mongolian's and Unicode's variation
    /// selectors (the U+FE0F of an emoji), and the Hangul fillers. Shown raw, <c>"Tail" -&gt; "Tail\uFE0F"</c> would read
    /// as no change; kept in a member name, <c>Step2\uFE0F</c> would look like <c>Step2</c> (the member namer leaves them out).
    /// </summary>
    public static bool IsInvisibleLetterOrMark(char c) =>
        c >= '\u034F' && (c is '\u034F' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u180F' or '\u3164' or '\uFFA0'
            || c is >= '\u180B' and <= '\u180D' || c is >= '\uFE00' and <= '\uFE0F');

    /// <summary>
    /// Whether the character beyond the basic plane at <paramref name="index"/> (a valid surrogate pair) shows as nothing:
    /// Unicode's default-ignorable ones there, the shorthand format controls, the musical format controls, and the tags
    /// and variation selectors of plane 14 (tags can spell a whole hidden text after a name that looks plain).
    /// </summary>
    public static bool IsInvisiblePair(string text, int index) =>
        char.ConvertToUtf32(text[index], text[index + 1]) is (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0x1D173 and <= 0x1D17A) or (>= 0xE0000 and <= 0xE0FFF);

    /// <summary>A character for a message: itself when it is safe, else <c>U+XXXX</c>.</summary>
    public static string Describe(char c) => IsUnsafe(c) ? $"U+{(int)c:X4}" : c.ToString();

    /// <summary>
    /// <paramref name="text"/> on one line and harmless to a terminal or a log: line breaks and tabs as <c>\n</c>,
    /// <c>\r</c>, <c>\t</c>, every other unsafe character as <c>\uXXXX</c> (a valid surrogate pair stays, unless it is an
    /// invisible character: <see cref="IsInvisiblePair"/>, written as its two halves' escapes). With
    /// <paramref name="quoted"/>, quotes and backslashes are escaped too, for text shown inside double quotes; with
    /// <paramref name="otherSpaces"/>, every space that is not a plain one (U+00A0 and its kind) as <c>\uXXXX</c> too.
    /// With <paramref name="unambiguous"/>, a backslash stays as it is in text that needs no escape (a Windows path), and
    /// is doubled in text that does: there <c>\u2028</c> must say U+2028, not a backslash and the five characters after it
    /// (for a value alone; a line that holds a shell word of its own, <c>$'a\nb'</c>, keeps its backslashes).
    /// </summary>
    public static string Escape(string text, bool quoted, bool otherSpaces = false, bool unambiguous = false)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsInvisiblePair(text, i))
                {
                    builder ??= Started(text, i, quoted || !unambiguous);
                    builder.Append(Escaped(c)).Append(Escaped(text[i + 1]));
                }
                else
                {
                    builder?.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            string? replacement = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' when quoted => "\\\"",
                '\\' when quoted || (unambiguous && builder is not null) => "\\\\",
                _ when IsUnsafe(c) || (otherSpaces && c > '\u007F' && char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator) => Escaped(c),
                _ => null,
            };

            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= Started(text, i, quoted || !unambiguous);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The text before the first escape, its backslashes doubled unless <paramref name="asTheyAre"/> (quoted text has none there: each is an escape of its own).</summary>
    private static StringBuilder Started(string text, int end, bool asTheyAre)
    {
        var builder = new StringBuilder(text, 0, end, text.Length + 16);
        return asTheyAre ? builder : builder.Replace("\\", "\\\\");
    }

    private static string Escaped(char c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
}
