using System.Collections.Generic;

namespace LinksGenerator.Templates;

/// <summary>
/// Lines and columns of a text, for findings in template files: <c>\r\n</c>, <c>\n</c> and <c>\r</c> each end a line, and
/// columns count UTF-16 units from 1, as MSBuild prints them. The build and <c>ghl-links lint</c> both place findings
/// with it, so they always agree. Built once per text (one pass), then each lookup is a binary search.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
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
