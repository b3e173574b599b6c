using System.Collections.Generic;

namespace LinksGenerator.Templates;

/// <summary>
/// Lines and columns of a text, for findings in template files: <c>\r\n</c>, <c>\n</c>, <c>\r</c>, U+0085, U+2028 and
/// U+2029 each end a line, as they do in the compiler's and the IDE's lines of a file (and in the positions of snapshot
/// problems), and columns count UTF-16 units from 1, as MSBuild prints them. The build and <c>ghl-links lint</c> both
/// place findings with it, so they always agree. Built once per text (one pass), then each lookup is a binary search.
/// </summary>
internal sealed class LineMap
{
    private static readonly char[] LineEnds = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        // The framework's search for the next line end, not a loop over every character: it compares many characters at
        // once, and in a fresh process (a compiler, ghl-links) is precompiled code where a loop of ours would
        // first run unoptimized.
        int i = 0;
        while ((i = text.IndexOfAny(LineEnds, i)) >= 0)
        {
            // "\r\n" is one line end: the line starts after the '\n'.
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            _lineStarts.Add(++i);
        }
    }

    /// <summary>0-based line and character of <paramref name="offset"/> (Roslyn's LinePosition; add 1 to print).</summary>
    public (int Line, int Character) Position(int offset)
    {
        int line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - _lineStarts[line]);
    }
}
