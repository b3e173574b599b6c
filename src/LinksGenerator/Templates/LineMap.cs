using System.Collections.Generic;

namespace LinksGenerator.Templates;

/// <summary>
/// Lines and columns of a text, for findings in template files: <c>\r\n</c>, <c>\n</c>, <c>\r</c>, U+0085, U+2028 and
/// U+2029 each end a line, as they do in the compiler's and the IDE's lines of a file, and columns count UTF-16 units
/// from 1, as MSBuild prints them. The build and <c>ghl-links lint</c> both place findings with it, so they always agree.
/// Built once per text (one pass), then each lookup is a binary search. <see cref="NextLineStart"/> is the one definition
/// of a line end, which snapshot problems are placed by too (<see cref="Snapshot.SnapshotReader.LineColumn"/>).
/// </summary>
internal sealed class LineMap
{
    private static readonly char[] LineEnds = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        for (int start = 0; (start = NextLineStart(text, start)) >= 0;)
        {
            _lineStarts.Add(start);
        }
    }

    /// <summary>Where the line after the one <paramref name="from"/> is on starts; -1 when that line is the last.</summary>
    public static int NextLineStart(string text, int from)
    {
        // The framework's search for the next line end, not a loop over every character: it compares many characters at
        // once, and in a fresh process (a compiler, ghl-links) is precompiled code where a loop of ours would
        // first run unoptimized.
        int i = text.IndexOfAny(LineEnds, from);
        if (i < 0)
        {
            return -1;
        }

        // "\r\n" is one line end: the line starts after the '\n'.
        return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
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
