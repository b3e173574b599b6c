using System.Linq;
using System.Text;
using LinksGenerator.Collections;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Rules;

/// <summary>
/// Untrusted text (link names, field keys, a template's characters) as it goes into a rule's message. The build prints
/// a message on one line that CI logs and editors parse: a line break in it would cut the message off, an escape
/// sequence would recolour the log, a bidirectional override would make it read differently, and a megabyte-long name
/// would be a megabyte-long line. One definition, used for every message the analyzer, the generator and ghl-links
/// show, so that the build and <c>ghl-links lint</c> print the same words.
/// </summary>
internal static class MessageText
{
    /// <summary>The longest message argument kept whole; longer ones keep their start and end around an ellipsis.</summary>
    public const int MaximumLength = 1000;

    private const int KeptEnd = 150;

    /// <summary><paramref name="text"/> escaped onto one line (<see cref="UnsafeText.Escape"/>, a backslash doubled where there is an escape) and cut to <see cref="MaximumLength"/>.</summary>
    public static string Safe(string text) => Shorten(UnsafeText.Escape(text, quoted: false, unambiguous: true));

    /// <summary>
    /// A merge field's text as LNK003 quotes it: <see cref="Safe(string)"/>, and also a space that is not a plain one
    /// (U+00A0 and its kind) as <c>\uXXXX</c>. Such a space is printable, and shown as it is elsewhere, but in a field it
    /// is the very fault the message names, and printed it would look like the plain space that would be fine.
    /// </summary>
    public static string Field(string text) => Shorten(UnsafeText.Escape(text, quoted: false, otherSpaces: true, unambiguous: true));

    /// <summary>Every argument made <see cref="Safe(string)"/>; the same array when nothing needed it (the common case).</summary>
    public static EquatableArray<string> Safe(EquatableArray<string> arguments)
    {
        string[]? changed = null;
        for (int i = 0; i < arguments.Count; i++)
        {
            string safe = Safe(arguments[i]);
            if (!ReferenceEquals(safe, arguments[i]))
            {
                changed ??= arguments.ToArray();
                changed[i] = safe;
            }
        }

        return changed is null ? arguments : new EquatableArray<string>(changed);
    }

    /// <summary><paramref name="text"/> as it is when at most <see cref="MaximumLength"/> long; else its start and end around an ellipsis.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= MaximumLength)
        {
            return text;
        }

        // Never between the two halves of a surrogate pair: the cut must not make a lone surrogate.
        int headEnd = MaximumLength - KeptEnd - 1;
        if (char.IsHighSurrogate(text[headEnd - 1]))
        {
            headEnd--;
        }

        int tailStart = text.Length - KeptEnd;
        if (char.IsLowSurrogate(text[tailStart]))
        {
            tailStart++;
        }

        return new StringBuilder(MaximumLength + 1).Append(text, 0, headEnd).Append('…').Append(text, tailStart, text.Length - tailStart).ToString();
    }
}
