using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// Text as a reader would see it once its encodings are undone: a server that echoes the token may write it with JSON
/// escapes (<c>\u0070\u0069…</c>), HTML character references (<c>&amp;#112;&amp;#x69;…</c>) or percent-encoding
/// (<c>%70%69…</c>), or send UTF-16, whose NULs sit between the letters when read as UTF-8; it may also write the
/// token in full-width letters (<c>ｐｉｔ－…</c>), which read as the token, with invisible characters between its letters
/// (soft hyphens, zero-width spaces, any of Unicode's default-ignorable characters), which show as nothing, or encoded
/// and wrapped over lines, which a reader joins. Masking looks at this view as
/// well as at the text as it came, and each character of the view knows the span of the text it was decoded from, so
/// what is masked in the view is masked where it stands in the text.
/// </summary>
internal sealed class EncodedText
{
    /// <summary>Encodings layered on encodings (<c>%26%23112%3B</c>) are undone this many times, then left as they are.</summary>
    private const int MostLayers = 3;

    private readonly int[] _starts;
    private readonly int[] _ends;

    private EncodedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>
    /// The decoded view of <paramref name="text"/>, or <see langword="null"/> when it holds nothing to decode (the
    /// common case, which costs one vectorized search).
    /// </summary>
    public static EncodedText? Decode(string text)
    {
        EncodedText? view = null;
        for (int layer = 0; layer < MostLayers; layer++)
        {
            string current = view?.Text ?? text;
            if (DecodeOnce(current) is not { } next)
            {
                break;
            }

            view = view is null ? next : view.Then(next);
        }

        return view;
    }

    /// <summary>What <see cref="Joined"/> keeps: ASCII letters and digits, every other character joins what is around it.</summary>
    private static readonly SearchValues<char> LettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Whether <paramref name="c"/> is a character <see cref="Joined"/> leaves out.</summary>
    private static bool IsSeparator(char c) => !LettersAndDigits.Contains(c);

    /// <summary>Whether <paramref name="text"/> holds a character <see cref="Joined"/> leaves out.</summary>
    public static bool HasSeparator(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(LettersAndDigits) >= 0;

    /// <summary>The longest tag <see cref="Joined"/> leaves out whole, as it leaves out what is not a letter or digit.</summary>
    private const int LongestTag = 64;

    /// <summary>
    /// Whether <see cref="Joined"/> keeps the character at <paramref name="index"/>: a letter or digit outside a tag. Tags
    /// (<c>&lt;br&gt;</c>, <c>&lt;/td&gt;&lt;td&gt;</c>: an HTML error page's line breaks between the pieces of a token) are left out
    /// whole, letters and all; <paramref name="skipUntil"/> carries where the tag being left out ends, from one
    /// character to the next (start it at -1).
    /// </summary>
    public static bool Keeps(ReadOnlySpan<char> text, int index, ref int skipUntil)
    {
        if (index <= skipUntil)
        {
            return false;
        }

        char c = text[index];
        if (c == '<' && TagEnd(text, index) is > 0 and var end)
        {
            skipUntil = end;
            return false;
        }

        return !IsSeparator(c);
    }

    /// <summary>Where the tag that starts at <paramref name="start"/> ends (its '&gt;'), or -1 when no tag starts there.</summary>
    private static int TagEnd(ReadOnlySpan<char> text, int start)
    {
        if (start + 2 >= text.Length || !(char.IsAsciiLetter(text[start + 1]) || text[start + 1] is '/' or '!'))
        {
            return -1;
        }

        ReadOnlySpan<char> rest = text.Slice(start + 1, Math.Min(LongestTag, text.Length - start - 1));
        int end = rest.IndexOfAny('>', '<', '\n');
        return end >= 0 && rest[end] == '>' ? start + 1 + end : -1;
    }

    /// <summary>
    /// <paramref name="text"/> with only its ASCII letters and digits, each mapped to where it stands: a token echoed with
    /// '_' for its '-' (as a member name writes it), without them, or cut into pieces shorter than a piece the redactor
    /// masks and put back with something between them (<c>pit-7f3; a9c2e-4; b1d-4e8</c>, the messages of an array as
    /// the tool joins them; spaces; <c>...</c>; tags, <see cref="Keeps"/>) reads as the token run together, which the
    /// redactor also knows; null when the text holds nothing else.
    /// </summary>
    public static EncodedText? Joined(string text)
    {
        if (!HasSeparator(text))
        {
            return null;
        }

        var joined = new StringBuilder(text.Length);
        var starts = new int[text.Length];
        int skipUntil = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (Keeps(text, i, ref skipUntil))
            {
                starts[joined.Length] = i;
                joined.Append(text[i]);
            }
        }

        int[] positions = starts[..joined.Length];
        return new EncodedText(joined.ToString(), positions, [.. positions.Select(start => start + 1)]);
    }

    /// <summary>
    /// This view's <see cref="Joined(string)"/> view, each character mapped to the original text: a token cut into pieces
    /// with an encoded space between them (<c>pit-7f3%20a9c2e-4%20…</c>, as a space pasted into a URL becomes) is
    /// decoded first, then joined. Null when the decoded text holds nothing but letters and digits.
    /// </summary>
    public EncodedText? ThenJoined() => Joined(Text) is { } joined ? Then(joined) : null;

    /// <summary>Where in the original text the decoded characters <paramref name="start"/> up to <paramref name="end"/> (exclusive) came from.</summary>
    public (int Start, int Length) Source(int start, int end) => (_starts[start], _ends[end - 1] - _starts[start]);

    /// <summary>This view, decoded once more by <paramref name="next"/>: each character of the result maps to the original text.</summary>
    private EncodedText Then(EncodedText next)
    {
        int[] starts = new int[next.Text.Length];
        int[] ends = new int[next.Text.Length];
        for (int i = 0; i < next.Text.Length; i++)
        {
            starts[i] = _starts[next._starts[i]];
            ends[i] = _ends[next._ends[i] - 1];
        }

        return new EncodedText(next.Text, starts, ends);
    }

    /// <summary>Whether <paramref name="text"/> may hold an encoding at all: the cheap test before any decoding.</summary>
    public static bool MayHoldEncoding(ReadOnlySpan<char> text) => text.IndexOfAny(EncodingStarts) >= 0;

    /// <summary>
    /// Where an encoding can start: an escape, a reference, a percent, a NUL, a line break, an invisible character
    /// (<see cref="InvisibleLength"/>, the high surrogates of the invisible ones beyond the basic plane included) or a
    /// full-width form of an ASCII character (U+FF01 to U+FF5E).
    /// </summary>
    private static readonly SearchValues<char> EncodingStarts = SearchValues.Create(EncodingStartCharacters());

    private static string EncodingStartCharacters()
    {
        var characters = new StringBuilder("\\&%\0\r\n\uD82F\uD834\uDB40\uDB41\uDB42\uDB43");
        for (char c = '\u0001'; c < '\uD800'; c++)
        {
            if (IsInvisible(c))
            {
                characters.Append(c);
            }
        }

        for (char c = '\uE000'; c != '\uFFFF'; c++)
        {
            if (IsInvisible(c) || c is >= '\uFF01' and <= '\uFF5E')
            {
                characters.Append(c);
            }
        }

        return characters.ToString();
    }

    /// <summary>
    /// Characters that show as nothing between two letters, Unicode's default-ignorable ones: the soft hyphen, the
    /// combining grapheme joiner, the Arabic letter mark, Hangul fillers, zero-width spaces, joiners and marks, the
    /// bidirectional embeddings and isolates, the word joiner and invisible operators, variation selectors, the byte order
    /// mark. Dropped from the view, as a NUL is.
    /// </summary>
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5'
        or (>= '\u180B' and <= '\u180F') or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u206F')
        or '\u3164' or (>= '\uFE00' and <= '\uFE0F') or '\uFEFF' or '\uFFA0' or (>= '\uFFF0' and <= '\uFFF8');

    /// <summary>
    /// How many characters of <paramref name="text"/> at <paramref name="i"/> are one invisible character: 1 for one of
    /// the basic plane, 2 for a surrogate pair of one beyond it (shorthand format controls, musical format controls, tags
    /// and variation selectors supplement), 0 for none.
    /// </summary>
    private static int InvisibleLength(string text, int i)
    {
        if (IsInvisible(text[i]))
        {
            return 1;
        }

        if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
        {
            return 0;
        }

        return Snapshot.UnsafeText.IsInvisiblePair(text, i) ? 2 : 0;
    }

    private static EncodedText? DecodeOnce(string text)
    {
        // Most text with a '&' or a '%' (an address's query) holds no encoding worth undoing: found before anything is allocated.
        int first = FirstEncoded(text);
        if (first < 0)
        {
            return null;
        }

        var decoded = new StringBuilder(text, 0, first, text.Length);
        int[] starts = new int[text.Length];
        int[] ends = new int[text.Length];
        for (int i = 0; i < first; i++)
        {
            starts[i] = i;
            ends[i] = i + 1;
        }

        for (int i = first; i < text.Length;)
        {
            (char? c, int length) = Next(text, i);

            // A NUL is dropped: it is the other half of a UTF-16 character read as UTF-8 (or an escape of one), or an
            // invisible character between two letters.
            if (c is { } character && character != '\0')
            {
                starts[decoded.Length] = i;
                ends[decoded.Length] = i + length;
                decoded.Append(character);
            }

            i += length;
        }

        return new EncodedText(decoded.ToString(), starts, ends);
    }

    /// <summary>Where the first character that decodes to something else (or to nothing, a NUL) starts; -1 for none.</summary>
    private static int FirstEncoded(string text)
    {
        for (int i = text.AsSpan().IndexOfAny(EncodingStarts); i >= 0 && i < text.Length; i++)
        {
            (char? c, int length) = Next(text, i);
            if (length != 1 || c != text[i] || c == '\0')
            {
                return i;
            }

            int next = text.AsSpan(i + 1).IndexOfAny(EncodingStarts);
            if (next < 0)
            {
                return -1;
            }

            i += next;
        }

        return -1;
    }

    /// <summary>The character that starts at <paramref name="i"/>, decoded, and how many characters of the text it took.</summary>
    private static (char? Character, int Length) Next(string text, int i) => text[i] switch
    {
        '\\' when i + 5 < text.Length && text[i + 1] == 'u' && Hex(text.AsSpan(i + 2, 4)) is { } code => ((char)code, 6),

        // A line break and the indent after it, or their escapes, stand for nothing: base64 and hexadecimal are wrapped
        // (MIME at 76 columns, PEM at 64, a header folded onto the next line), and a token the wrap splits reads whole.
        '\r' or '\n' => ('\0', 1 + Indent(text, i + 1)),
        '\\' when i + 1 < text.Length && text[i + 1] is 'r' or 'n' => ('\0', 2 + Indent(text, i + 2)),

        // \/, \\, \" stand for the character itself; \t and the like never occur in a token, so their letter will do.
        '\\' when i + 1 < text.Length => (text[i + 1], 2),
        '%' when i + 2 < text.Length && Hex(text.AsSpan(i + 1, 2)) is { } code => ((char)code, 3),
        '&' => Reference(text, i),
        _ when InvisibleLength(text, i) is > 0 and var invisible => ('\0', invisible),
        >= '\uFF01' and <= '\uFF5E' => ((char)(text[i] - 0xFEE0), 1),
        _ => (text[i], 1),
    };

    /// <summary>How many spaces and tabs stand at <paramref name="i"/>: the indent of a wrapped line.</summary>
    private static int Indent(string text, int i)
    {
        int length = 0;
        while (i + length < text.Length && text[i + length] is ' ' or '\t')
        {
            length++;
        }

        return length;
    }

    /// <summary>An HTML character reference at <paramref name="i"/> (<c>&amp;#112;</c>, <c>&amp;#x70;</c>, the semicolon optional as browsers read them, or <c>&amp;amp;</c> and its like).</summary>
    private static (char? Character, int Length) Reference(string text, int i)
    {
        ReadOnlySpan<char> rest = text.AsSpan(i + 1);
        if (rest.StartsWith("#x", StringComparison.OrdinalIgnoreCase))
        {
            int digits = Run(rest[2..], char.IsAsciiHexDigit);
            if (digits > 0 && Number(rest.Slice(2, digits), NumberStyles.AllowHexSpecifier) is { } code)
            {
                return ((char)code, 3 + digits + Semicolon(rest, 2 + digits));
            }
        }
        else if (rest.StartsWith("#", StringComparison.Ordinal))
        {
            int digits = Run(rest[1..], char.IsAsciiDigit);
            if (digits > 0 && Number(rest.Slice(1, digits), NumberStyles.None) is { } code)
            {
                return ((char)code, 2 + digits + Semicolon(rest, 1 + digits));
            }
        }

        foreach ((string name, char character) in Named)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal))
            {
                return (character, 1 + name.Length);
            }
        }

        return ('&', 1);
    }

    private static readonly (string Name, char Character)[] Named = [("amp;", '&'), ("lt;", '<'), ("gt;", '>'), ("quot;", '"'), ("apos;", '\''), ("hyphen;", '-'), ("period;", '.'), ("lowbar;", '_'), ("nbsp;", '\u00A0'), ("semi;", ';'), ("colon;", ':'), ("sol;", '/'), ("comma;", ',')];

    private static int Semicolon(ReadOnlySpan<char> rest, int at) => at < rest.Length && rest[at] == ';' ? 1 : 0;

    private static int Run(ReadOnlySpan<char> text, Func<char, bool> digit)
    {
        int length = 0;
        while (length < text.Length && length < 7 && digit(text[length]))
        {
            length++;
        }

        return length;
    }

    private static int? Hex(ReadOnlySpan<char> digits) => Number(digits, NumberStyles.AllowHexSpecifier);

    /// <summary>A character code of the basic plane, or null (a surrogate or a larger code is no letter of a token).</summary>
    private static int? Number(ReadOnlySpan<char> digits, NumberStyles style) =>
        int.TryParse(digits, style, CultureInfo.InvariantCulture, out int code) && code is >= 0 and <= 0xFFFF && !char.IsSurrogate((char)code) ? code : null;
}
