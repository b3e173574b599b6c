using System.Collections.Generic;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Finds trigger-link merge fields in a string's value: <c>{{trigger_link.&lt;id&gt;}}</c>, also with inner spaces
/// (<c>{{ trigger_link.&lt;id&gt; }}</c>), and near misses that HighLevel would not replace. A candidate that touches
/// the edge of the piece being scanned is left alone: it may be the start or end of a field completed by another
/// piece (<c>"{{trigger_link." + id + "}}"</c>), which only the whole constant value can tell.
/// </summary>
internal static class MergeFieldScanner
{
    /// <summary>Adds every field of <paramref name="value"/> to <paramref name="results"/>; call it only when the value contains <see cref="MergeField.Marker"/>.</summary>
    public static void Scan(string value, List<MergeFieldMatch> results)
    {
        int from = 0;
        int marker;
        while ((marker = value.IndexOf(MergeField.Marker, from, System.StringComparison.Ordinal)) >= 0)
        {
            from = marker + MergeField.Marker.Length;
            if (TryMatch(value, marker, out MergeFieldMatch match, out int resumeAt))
            {
                results.Add(match);
                from = resumeAt;
            }
        }
    }

    private static bool TryMatch(string value, int marker, out MergeFieldMatch match, out int resumeAt)
    {
        match = default;
        resumeAt = marker + MergeField.Marker.Length;

        // Backwards: inner spaces, then the opening braces. Without braces, the spaces are just prose.
        int openEnd = SkipBack(value, marker, ' ');
        int openStart = SkipBack(value, openEnd, '{');
        int open = openEnd - openStart;
        if (open == 0)
        {
            openStart = openEnd = marker;
            if (marker > 0 && IsWordCharacter(value[marker - 1]))
            {
                return false; // "my_trigger_link.a" is another word.
            }
        }

        // Forwards: the dot, the id, inner spaces, then the closing braces.
        int position = marker + MergeField.Marker.Length;
        if (position < value.Length && IsWordCharacter(value[position]))
        {
            return false; // "trigger_links", "trigger_link2": not our field.
        }

        bool hasDot = position < value.Length && value[position] == '.';
        int idStart = hasDot ? position + 1 : position;
        int idEnd = idStart;
        while (idEnd < value.Length && MergeField.IsIdCharacter(value[idEnd]))
        {
            idEnd++;
        }

        int closeStart = Skip(value, idEnd, ' ');
        int closeEnd = Skip(value, closeStart, '}');
        int close = closeEnd - closeStart;

        // A field that is incomplete where the piece begins or ends may be completed by the neighbouring piece
        // ("{{trigger_link." + id + "}}"): only the folded constant value, if there is one, can judge it.
        bool cutAtStart = openStart == 0 && (open == 0 || (open == 1 && close >= 2));
        bool cutAtEnd = closeEnd == value.Length && (close == 0 || (close == 1 && open >= 2));
        if (cutAtStart || cutAtEnd)
        {
            return false;
        }

        if (open == 0 && close == 0)
        {
            return false; // Plain prose such as "see trigger_link.abc in the docs".
        }

        bool badIdCharacter = close == 0 && closeStart == idEnd && hasDot && idEnd > idStart;
        if (badIdCharacter)
        {
            // Take the rest of the would-be id and its closing braces into the span: "{{trigger_link.ab/c}}".
            closeStart = idEnd;
            while (closeStart < value.Length && value[closeStart] != ' ' && value[closeStart] != '}')
            {
                closeStart++;
            }

            closeEnd = Skip(value, closeStart, '}');
            close = closeEnd - closeStart;
        }

        int start = openStart;
        int end = close > 0 ? closeEnd : idEnd;
        resumeAt = end;
        string? problem =
            !hasDot || idEnd == idStart ? MalformedReason.NoId :
            badIdCharacter ? MalformedReason.BadIdCharacter :
            open == 1 && close == 1 ? MalformedReason.SingleBraces :
            open == 0 ? MalformedReason.NotOpened :
            close == 0 ? MalformedReason.NotClosed :
            (open == 1) != (close == 1) ? MalformedReason.Unbalanced :
            null;

        if (problem is not null)
        {
            match = MergeFieldMatch.Malformed(start, end - start, problem);
            return true;
        }

        // Extra braces ("{{{trigger_link.a}}}") stay literal text around a well-formed field.
        start = openEnd - 2;
        end = closeStart + 2;
        match = MergeFieldMatch.WellFormed(start, end - start, value.Substring(idStart, idEnd - idStart));
        return true;
    }

    /// <summary>A character that could continue a word, so a marker next to it is part of something else.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int Skip(string value, int position, char c)
    {
        while (position < value.Length && value[position] == c)
        {
            position++;
        }

        return position;
    }

    private static int SkipBack(string value, int position, char c)
    {
        while (position > 0 && value[position - 1] == c)
        {
            position--;
        }

        return position;
    }
}
