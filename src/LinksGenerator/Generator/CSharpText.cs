using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Generator;

/// <summary>
/// Writes untrusted text (link names, URLs, field keys from an API) into generated C# so that it can never end a
/// literal, a comment or a line early: every character that could is escaped.
/// </summary>
internal static class CSharpText
{
    /// <summary>A regular C# string literal whose value is exactly <paramref name="value"/>, lone surrogates included.</summary>
    public static string StringLiteral(string value) => AppendStringLiteral(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends <see cref="StringLiteral"/> without an intermediate string (the generator writes thousands).</summary>
    [MethodImpl(HotPath.Optimized)]
    public static StringBuilder AppendStringLiteral(StringBuilder literal, string value)
    {
        literal.Append('"');
        int plain = PlainPrefixLength(value, allowXmlSpecials: true);
        literal.Append(value, 0, plain);
        for (int i = plain; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': literal.Append("\\\""); break;
                case '\\': literal.Append("\\\\"); break;
                case '\0': literal.Append("\\0"); break;
                case '\a': literal.Append("\\a"); break;
                case '\b': literal.Append("\\b"); break;
                case '\f': literal.Append("\\f"); break;
                case '\n': literal.Append("\\n"); break;
                case '\r': literal.Append("\\r"); break;
                case '\t': literal.Append("\\t"); break;
                case '\v': literal.Append("\\v"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        AppendPair(literal, value, i++);
                    }
                    else if (UnsafeText.IsUnsafe(c))
                    {
                        AppendUnicodeEscape(literal, c);
                    }
                    else
                    {
                        literal.Append(c);
                    }

                    break;
            }
        }

        return literal.Append('"');
    }

    /// <summary>
    /// Text for an XML doc comment on one line: <c>&amp; &lt; &gt;</c> become entities, and characters that would break
    /// the line, hide text or be invalid XML are shown as <c>\uXXXX</c> instead.
    /// </summary>
    public static string XmlDocText(string value) => AppendXmlDocText(new StringBuilder(value.Length), value).ToString();

    /// <summary>Appends <see cref="XmlDocText"/> without an intermediate string.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static StringBuilder AppendXmlDocText(StringBuilder text, string value)
    {
        int plain = PlainPrefixLength(value, allowXmlSpecials: false);
        text.Append(value, 0, plain);
        for (int i = plain; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        AppendPair(text, value, i++);
                    }
                    else if (UnsafeText.IsUnsafe(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        AppendUnicodeEscape(text, c);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text;
    }

    /// <summary>
    /// The character beyond the basic plane at <paramref name="index"/>: as it is, or as the escapes of its two halves when
    /// it shows as nothing (<see cref="UnsafeText.IsInvisiblePair"/>), which in a literal stand for the same value.
    /// </summary>
    private static void AppendPair(StringBuilder text, string value, int index)
    {
        if (UnsafeText.IsInvisiblePair(value, index))
        {
            AppendUnicodeEscape(text, value[index]);
            AppendUnicodeEscape(text, value[index + 1]);
        }
        else
        {
            text.Append(value[index]).Append(value[index + 1]);
        }
    }

    /// <summary>
    /// How many leading characters need no escaping in either context: printable ASCII other than the characters each
    /// context treats specially. Typical names, ids and URLs are all plain, and are appended in one call.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static int PlainPrefixLength(string value, bool allowXmlSpecials)
    {
        int i = 0;
        for (; i < value.Length; i++)
        {
            char c = value[i];
            bool special = c < ' ' || c > '~' || c == '"' || c == '\\' || (!allowXmlSpecials && (c == '&' || c == '<' || c == '>'));
            if (special)
            {
                break;
            }
        }

        return i;
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
