using System;

namespace LinksGenerator.Fields;

/// <summary>
/// Recognises one brace of a merge field at a position, plain or encoded the ways editors encode it (see
/// <see cref="BraceEncoding"/>). HighLevel replaces only plain braces: an encoded field reaches the customer as text.
/// </summary>
internal static class BraceTokens
{
    /// <summary>
    /// The longest entity looked at, from its '&amp;' to its ';' (or last digit) in both directions, such as
    /// <c>&amp;#0000000000123;</c> or <c>&amp;#x00000000007B;</c>: leading zeros are allowed up to it, and a longer run
    /// is no brace. A bound keeps the look-around short, so the scan stays linear.
    /// </summary>
    public const int MaxEntityLength = 16;

    private static readonly string[] OpeningNames = ["lbrace", "lcub"];
    private static readonly string[] ClosingNames = ["rbrace", "rcub"];

    /// <summary>
    /// HTML's names for spaces and invisible characters (those that fit in <see cref="MaxEntityLength"/>: not
    /// <c>&amp;NonBreakingSpace;</c>, which editors do not write); numeric entities are judged by their character.
    /// </summary>
    private static readonly string[] BlankNames = ["nbsp", "ensp", "emsp", "emsp13", "emsp14", "numsp", "puncsp", "thinsp", "ThinSpace", "hairsp", "VeryThinSpace", "MediumSpace", "ZeroWidthSpace", "zwj", "zwnj", "NoBreak", "Tab", "NewLine"];

    private static readonly Func<int, bool> IsOpeningBrace = c => c == 0x7B;
    private static readonly Func<int, bool> IsClosingBrace = c => c == 0x7D;

    /// <summary>The length of an opening brace that ends right before <paramref name="end"/>, or 0.</summary>
    public static int OpeningBefore(string text, int end, out BraceEncoding encoding) => Before(text, end, '{', 'B', IsOpeningBrace, OpeningNames, out encoding);

    /// <summary>The length of a closing brace that starts at <paramref name="start"/>, or 0.</summary>
    public static int ClosingAt(string text, int start, out BraceEncoding encoding) => At(text, start, '}', 'D', IsClosingBrace, ClosingNames, out encoding);

    /// <summary>
    /// The length of an HTML entity for white space or an invisible character (<c>&amp;nbsp;</c>, <c>&amp;#160;</c>,
    /// <c>&amp;#8203;</c>) that ends right before <paramref name="end"/>, or 0: what a visual editor writes for a space.
    /// </summary>
    public static int BlankEntityBefore(string text, int end, Func<int, bool> isBlank) => EntityBefore(text, end, isBlank, BlankNames);

    /// <summary>The length of an HTML entity for white space or an invisible character that starts at <paramref name="start"/>, or 0.</summary>
    public static int BlankEntityAt(string text, int start, Func<int, bool> isBlank) => EntityAt(text, start, isBlank, BlankNames);

    private static int Before(string text, int end, char brace, char hexDigit, Func<int, bool> codePoint, string[] names, out BraceEncoding encoding)
    {
        encoding = BraceEncoding.None;
        if (end <= 0)
        {
            return 0;
        }

        if (text[end - 1] == brace)
        {
            return 1;
        }

        if (end >= 3 && IsPercentBrace(text, end - 3, hexDigit))
        {
            encoding = BraceEncoding.Percent;
            return 3;
        }

        int entity = EntityBefore(text, end, codePoint, names);
        encoding = entity > 0 ? BraceEncoding.HtmlEntity : BraceEncoding.None;
        return entity;
    }

    /// <summary>The length of an HTML entity for <paramref name="codePoint"/> that ends right before <paramref name="end"/>, or 0.</summary>
    private static int EntityBefore(string text, int end, Func<int, bool> codePoint, string[] names)
    {
        if (end <= 0)
        {
            return 0;
        }

        // An entity needs an '&' before its ';': a ';' that starts the text is none (and LastIndexOf would throw there).
        if (end >= 2 && text[end - 1] == ';')
        {
            int from = Math.Max(0, end - MaxEntityLength);
            int ampersand = text.LastIndexOf('&', end - 2, end - 1 - from);
            if (ampersand >= 0 && IsEntity(text, ampersand + 1, end - 1, codePoint, names))
            {
                return end - ampersand;
            }
        }

        // A numeric entity without its ';' (&#123&#123…), which browsers still decode: '&#' or '&#x' and the digits.
        if (HexValue(text[end - 1]) >= 0)
        {
            int digits = end - 1;
            while (digits > 0 && end - digits < MaxEntityLength && HexValue(text[digits - 1]) >= 0)
            {
                digits--;
            }

            int hash = digits - 1 - (digits >= 1 && text[digits - 1] is 'x' or 'X' ? 1 : 0);
            if (hash >= 1 && text[hash] == '#' && text[hash - 1] == '&' && end - (hash - 1) <= MaxEntityLength && IsEntity(text, hash, end, codePoint, names))
            {
                return end - (hash - 1);
            }
        }

        return 0;
    }

    private static int At(string text, int start, char brace, char hexDigit, Func<int, bool> codePoint, string[] names, out BraceEncoding encoding)
    {
        encoding = BraceEncoding.None;
        if (start >= text.Length)
        {
            return 0;
        }

        if (text[start] == brace)
        {
            return 1;
        }

        if (IsPercentBrace(text, start, hexDigit))
        {
            encoding = BraceEncoding.Percent;
            return 3;
        }

        int entity = EntityAt(text, start, codePoint, names);
        encoding = entity > 0 ? BraceEncoding.HtmlEntity : BraceEncoding.None;
        return entity;
    }

    /// <summary>The length of an HTML entity for <paramref name="codePoint"/> that starts at <paramref name="start"/>, or 0.</summary>
    private static int EntityAt(string text, int start, Func<int, bool> codePoint, string[] names)
    {
        if (start < text.Length && text[start] == '&')
        {
            int semicolon = text.IndexOf(';', start + 1, Math.Min(MaxEntityLength - 1, text.Length - start - 1));
            if (semicolon >= 0 && IsEntity(text, start + 1, semicolon, codePoint, names))
            {
                return semicolon + 1 - start;
            }

            // A numeric entity without its ';' (…&#125&#125), which browsers still decode: it ends where its digits do.
            if (start + 1 < text.Length && text[start + 1] == '#')
            {
                bool hex = start + 2 < text.Length && text[start + 2] is 'x' or 'X';
                int end = start + (hex ? 3 : 2);
                while (end < text.Length && end - start < MaxEntityLength && (hex ? HexValue(text[end]) >= 0 : text[end] is >= '0' and <= '9'))
                {
                    end++;
                }

                // Ended by a digit past the bound, or by a ';' past it (the entity with its ';' was too long): no brace.
                bool whole = end == text.Length || (text[end] != ';' && (hex ? HexValue(text[end]) < 0 : text[end] is < '0' or > '9'));
                if (whole && IsEntity(text, start + 1, end, codePoint, names))
                {
                    return end - start;
                }
            }
        }

        return 0;
    }

    /// <summary><c>%7B</c> at <paramref name="at"/>, the last digit in either case.</summary>
    private static bool IsPercentBrace(string text, int at, char hexDigit) =>
        at >= 0 && at + 2 < text.Length && text[at] == '%' && text[at + 1] == '7' && char.ToUpperInvariant(text[at + 2]) == hexDigit;

    /// <summary>Whether <c>text[from..to)</c>, between '&amp;' and ';', names a character <paramref name="codePoint"/> accepts.</summary>
    private static bool IsEntity(string text, int from, int to, Func<int, bool> codePoint, string[] names)
    {
        if (to - from < 2)
        {
            return false;
        }

        if (text[from] != '#')
        {
            foreach (string name in names)
            {
                if (to - from == name.Length && string.CompareOrdinal(text, from, name, 0, name.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        bool hex = text[from + 1] is 'x' or 'X';
        int digitsFrom = from + (hex ? 2 : 1);
        if (digitsFrom >= to)
        {
            return false;
        }

        int value = 0;
        for (int i = digitsFrom; i < to; i++)
        {
            int digit = hex ? HexValue(text[i]) : text[i] is >= '0' and <= '9' ? text[i] - '0' : -1;
            if (digit < 0 || value > 0x10FFFF)
            {
                return false;
            }

            value = (value * (hex ? 16 : 10)) + digit;
        }

        return codePoint(value);
    }

    private static int HexValue(char c) =>
        c is >= '0' and <= '9' ? c - '0' :
        c is >= 'a' and <= 'f' ? c - 'a' + 10 :
        c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
}
