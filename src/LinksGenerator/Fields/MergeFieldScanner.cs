using System;
using System.Collections.Generic;
using System.Globalization;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Fields;

/// <summary>
/// Finds trigger-link merge fields in text: <c>{{trigger_link.&lt;id&gt;}}</c>, also with inner spaces
/// (<c>{{ trigger_link.&lt;id&gt; }}</c>), and near misses that HighLevel would not replace: single or unbalanced braces,
/// a missing id, braces an editor encoded (<see cref="BraceTokens"/>). The one scanner for C# string values and for
/// template files, compiled into the analyzer and into ghl-links.
/// </summary>
/// <remarks>
/// In a C# string piece (<see cref="ScanPiece"/>), a candidate that touches the edge of the piece is left alone: it may be
/// the start or end of a field completed by another piece (<c>"{{trigger_link." + id + "}}"</c>), which only the whole
/// constant value can tell. A template (<see cref="ScanText"/>) is whole: its edges are just the file's.
/// </remarks>
internal static class MergeFieldScanner
{
    /// <summary>Adds every field of a C# string piece to <paramref name="results"/>; call it only when the value contains <see cref="MergeField.Marker"/>.</summary>
    public static void ScanPiece(string value, List<MergeFieldMatch> results) => Scan(value, results, wholeText: false);

    /// <summary>Adds every field of a whole text (a template) to <paramref name="results"/>.</summary>
    public static void ScanText(string text, List<MergeFieldMatch> results) => Scan(text, results, wholeText: true);

    private static void Scan(string value, List<MergeFieldMatch> results, bool wholeText)
    {
        int from = 0;
        int marker;
        while ((marker = value.IndexOf(MergeField.Marker, from, StringComparison.Ordinal)) >= 0)
        {
            from = marker + MergeField.Marker.Length;
            if (Match(value, marker, wholeText, out int resumeAt) is { } match)
            {
                results.Add(match);
                from = resumeAt;
            }
        }
    }

    private static MergeFieldMatch? Match(string value, int marker, bool wholeText, out int resumeAt)
    {
        resumeAt = marker + MergeField.Marker.Length;

        // Backwards: inner spaces, then the opening braces. Without braces, the spaces are just prose.
        Braces open = OpeningBraces(value, SkipSpacesBack(value, marker, encoded: false));
        if (open.Count == 0)
        {
            // An editor that percent-encodes the braces of an address encodes the inner spaces too: %7B%7B%20trigger_link…
            open = OpeningBraces(value, SkipSpacesBack(value, marker, encoded: true));
            open = open.Encoding == BraceEncoding.Percent ? open : default;
        }

        // Other white space (a tab, a line break, a no-break space) or an invisible character between the braces and the name: a field HighLevel
        // does not see, whose braces belong in the span and whose message should say why.
        bool oddSpace = false;
        if (open.Count == 0 && OpeningBraces(value, SkipWhiteSpaceBack(value, marker)) is { Count: > 0 } spaced)
        {
            open = spaced;
            oddSpace = true;
        }

        int openStart = open.Count == 0 ? marker : open.Outer;
        if (open.Count == 0 && marker > 0 && IsPathCharacter(value[marker - 1]))
        {
            return null; // "my_trigger_link.a" is another word; {{custom_values.trigger_link}} another field's path.
        }

        // Forwards: the dot, the id, inner spaces, then the closing braces.
        int position = marker + MergeField.Marker.Length;
        if (position < value.Length && IsWordCharacter(value[position]))
        {
            return null; // "trigger_links", "trigger_link2": not our field.
        }

        // "{{trigger_link .abc}}": white space or another character between the name and its dot. The run holds no letter
        // or digit, so it never reaches into the next marker, and the scan stays linear.
        int dot = position;
        while (dot < value.Length && value[dot] != '.' && !IsWordCharacter(value[dot]) && (IsBlank(value[dot]) || !EndsWouldBeId(value[dot])))
        {
            dot++;
        }

        bool spaceBeforeDot = dot > position && dot < value.Length && value[dot] == '.';
        position = spaceBeforeDot ? dot : position;
        bool hasDot = position < value.Length && value[position] == '.';
        int idStart = hasDot ? position + 1 : position;
        int idEnd = idStart;
        while (idEnd < value.Length && MergeField.IsIdCharacter(value[idEnd]))
        {
            idEnd++;
        }

        int closeStart = SkipSpaces(value, idEnd, encoded: false);
        Braces close = ClosingBraces(value, closeStart);
        if (close.Count == 0 && SkipSpaces(value, idEnd, encoded: true) is var encodedStart && encodedStart != idEnd && ClosingBraces(value, encodedStart) is { Encoding: BraceEncoding.Percent } encodedClose)
        {
            closeStart = encodedStart;
            close = encodedClose;
        }

        if (close.Count == 0 && SkipWhiteSpace(value, idEnd) is var spacedStart && spacedStart != closeStart && ClosingBraces(value, spacedStart) is { Count: > 0 } spacedClose)
        {
            closeStart = spacedStart;
            close = spacedClose;
            oddSpace = true;
        }

        int closeEnd = close.Count == 0 ? closeStart : close.Outer;

        // A field with no braces yet where the piece begins or ends may be completed by the neighbouring piece
        // ("{{trigger_link." + id + "}}"): only the folded constant value, if there is one, can judge it. One brace where
        // two belong ("… {{trigger_link.abc}" ending a literal) is a typo, not a piece of a field: nobody splits "}}".
        bool cutAtStart = openStart == 0 && open.Count == 0;
        bool cutAtEnd = closeEnd == value.Length && close.Count == 0;
        if (!wholeText && (cutAtStart || cutAtEnd))
        {
            return null;
        }

        if (open.Count == 0 && close.Count == 0)
        {
            return null; // Plain prose such as "see trigger_link.abc in the docs".
        }

        // A character that can end a word (a line break, a tab) leaves the field unclosed rather than its id misspelled; any
        // other that cannot be in an id misspells it, right after the dot too ("{{trigger_link.é}}": an id, not a missing one).
        bool badIdCharacter = close.Count == 0 && closeStart == idEnd && idEnd < value.Length && !char.IsWhiteSpace(value[idEnd]) && hasDot
            && (idEnd > idStart || !EndsWouldBeId(value[idEnd]));
        if (badIdCharacter)
        {
            // Take the rest of the would-be id and its closing braces into the span: "{{trigger_link.ab/c}}". The would-be id
            // ends where a word or markup does (white space, a line break, a quote, a tag, another brace): a typo that lost
            // its braces must not swallow the fields after it ("{{trigger_link.abc">…<a href="{{trigger_link.x}}").
            closeStart = idEnd;
            while (closeStart < value.Length && !EndsWouldBeId(value[closeStart]))
            {
                closeStart++;
            }

            close = ClosingBraces(value, closeStart);
            closeEnd = close.Count == 0 ? closeStart : close.Outer;
        }

        int start = openStart;
        int end = close.Count > 0 ? closeEnd : idEnd;
        resumeAt = end;
        string? problem =
            spaceBeforeDot && idEnd > idStart ? MalformedReason.SpaceBeforeDot :
            badIdCharacter ? MalformedReason.BadIdCharacter :
            !hasDot || idEnd == idStart ? MalformedReason.NoId :
            oddSpace ? MalformedReason.OtherWhiteSpace :
            EncodedReason(open.Encoding, close.Encoding) is { } encoded ? encoded :
            open.Count == 1 && close.Count == 1 ? MalformedReason.SingleBraces :
            open.Count == 0 ? MalformedReason.NotOpened :
            close.Count == 0 ? MalformedReason.NotClosed :
            (open.Count == 1) != (close.Count == 1) ? MalformedReason.Unbalanced :
            null;

        if (problem is not null)
        {
            return MergeFieldMatch.Malformed(start, end - start, problem);
        }

        // Extra braces ("{{{trigger_link.a}}}") stay literal text around a well-formed field.
        start = open.Second;
        end = close.Second;
        return MergeFieldMatch.WellFormed(start, end - start, value.Substring(idStart, idEnd - idStart));
    }

    /// <summary>The reason to give when any brace is encoded (percent encoding named first: it is the usual editor slip).</summary>
    private static string? EncodedReason(BraceEncoding open, BraceEncoding close) =>
        open == BraceEncoding.Percent || close == BraceEncoding.Percent ? MalformedReason.PercentEncoded :
        open == BraceEncoding.HtmlEntity || close == BraceEncoding.HtmlEntity ? MalformedReason.EntityEncoded :
        null;

    /// <summary>The run of opening braces ending at <paramref name="end"/>, read backwards.</summary>
    private static Braces OpeningBraces(string value, int end)
    {
        var braces = new Braces(end);
        int position = end;
        int length;
        while ((length = BraceTokens.OpeningBefore(value, position, out BraceEncoding encoding)) > 0)
        {
            position -= length;
            braces.Add(position, encoding);
        }

        return braces;
    }

    /// <summary>The run of closing braces starting at <paramref name="start"/>.</summary>
    private static Braces ClosingBraces(string value, int start)
    {
        var braces = new Braces(start);
        int position = start;
        int length;
        while ((length = BraceTokens.ClosingAt(value, position, out BraceEncoding encoding)) > 0)
        {
            position += length;
            braces.Add(position, encoding);
        }

        return braces;
    }

    /// <summary>A character that could continue a word, so a marker next to it is part of something else.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>A character of a longer name or path before the marker (<c>custom_values.</c>, <c>old-</c>).</summary>
    private static bool IsPathCharacter(char c) => IsWordCharacter(c) || c == '.' || c == '-';

    /// <summary>
    /// Past the spaces from <paramref name="position"/> on, and with <paramref name="encoded"/> past <c>%20</c>s and
    /// <c>+</c>s too: an address's query (<c>?u=%7B%7B+trigger_link.x+%7D%7D</c>) writes a space as <c>+</c>.
    /// </summary>
    private static int SkipSpaces(string value, int position, bool encoded)
    {
        while (true)
        {
            if (position < value.Length && (value[position] == ' ' || (encoded && value[position] == '+')))
            {
                position++;
            }
            else if (encoded && position + 3 <= value.Length && string.CompareOrdinal(value, position, "%20", 0, 3) == 0)
            {
                position += 3;
            }
            else
            {
                return position;
            }
        }
    }

    /// <summary>Back past the spaces that end at <paramref name="position"/>, and with <paramref name="encoded"/> past <c>%20</c>s and <c>+</c>s too.</summary>
    private static int SkipSpacesBack(string value, int position, bool encoded)
    {
        while (true)
        {
            if (position > 0 && (value[position - 1] == ' ' || (encoded && value[position - 1] == '+')))
            {
                position--;
            }
            else if (encoded && position >= 3 && string.CompareOrdinal(value, position - 3, "%20", 0, 3) == 0)
            {
                position -= 3;
            }
            else
            {
                return position;
            }
        }
    }

    /// <summary>Past every <see cref="IsBlank"/> character, and every HTML entity for one, from <paramref name="position"/> on.</summary>
    private static int SkipWhiteSpace(string value, int position)
    {
        while (position < value.Length)
        {
            int entity;
            if (IsBlank(value[position]))
            {
                position++;
            }
            else if ((entity = BraceTokens.BlankEntityAt(value, position, IsBlankCodePoint)) > 0)
            {
                position += entity;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>
    /// White space, or an invisible format character (a zero-width space or joiner, a word joiner, a stray byte-order mark)
    /// that an editor or a paste left between the braces and the name, written as itself or as an HTML entity: all look
    /// like nothing or a space, and all keep HighLevel from seeing the field.
    /// </summary>
    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || (c > '\u007F' && char.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>Back past every <see cref="IsBlank"/> character, and every HTML entity for one, that ends at <paramref name="position"/>.</summary>
    private static int SkipWhiteSpaceBack(string value, int position)
    {
        while (position > 0)
        {
            int entity;
            if (IsBlank(value[position - 1]))
            {
                position--;
            }
            else if ((entity = BraceTokens.BlankEntityBefore(value, position, IsBlankCodePoint)) > 0)
            {
                position -= entity;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>
    /// <see cref="IsBlank"/> for the character an HTML entity names: <c>&amp;nbsp;</c> is what a visual editor writes
    /// for a space, and HighLevel, reading the HTML, sees the entity's text between the braces.
    /// </summary>
    private static readonly Func<int, bool> IsBlankCodePoint = c => c <= char.MaxValue && IsBlank((char)c);

    /// <summary>
    /// A run of braces on one side of the marker, counted from the marker outwards: how many, the edge after the
    /// second (the edge of a well-formed field's two braces) and after the last, and how the two nearest are encoded.
    /// </summary>
    private struct Braces(int edge)
    {
        public int Count { get; private set; }

        /// <summary>The far edge of the second brace from the marker (of the first when there is only one).</summary>
        public int Second { get; private set; } = edge;

        /// <summary>The far edge of the outermost brace.</summary>
        public int Outer { get; private set; } = edge;

        /// <summary>The encoding of the two braces nearest the marker (the field's own); extra outer braces are text.</summary>
        public BraceEncoding Encoding { get; private set; }

        public void Add(int farEdge, BraceEncoding encoding)
        {
            Count++;
            Outer = farEdge;
            if (Count <= 2)
            {
                Second = farEdge;
                Encoding = encoding != BraceEncoding.None ? encoding : Encoding;
            }
        }
    }

    private static bool EndsWouldBeId(char c) => char.IsWhiteSpace(c) || c is '{' or '}' or '"' or '\'' or '<' or '>';
}
