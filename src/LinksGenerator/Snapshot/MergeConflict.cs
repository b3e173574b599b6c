using System.Text;

namespace LinksGenerator.Snapshot;

/// <summary>
/// Git's merge conflict markers in a snapshot: two branches that each pulled edit the same lines, and a merge leaves
/// both sides in the file between <c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>, <c>=======</c> and
/// <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c> lines (and, in diff3 style, the common ancestor after <c>|||||||</c>). The reader
/// names them in its error (the build's LNK100, the tool's messages) and <c>ghl-links pull</c> resolves them by reading
/// each side (docs/ghl-links.md, "Merge conflicts in the snapshot").
/// </summary>
/// <remarks>
/// No valid JSON has such a line (a JSON string cannot hold a line break), so a file with one never reads, and looking
/// for them costs nothing until reading has already failed.
/// </remarks>
internal static class MergeConflict
{
    private enum Marker
    {
        None,
        Ours,
        Base,
        Separator,
        Theirs,
    }

    /// <summary>Where the first line that is a conflict marker starts; -1 when no line is one.</summary>
    public static int FirstMarker(string text)
    {
        for (int start = 0; start < text.Length; start = NextLine(text, start))
        {
            if (MarkerAt(text, start) != Marker.None)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// Splits a text whose conflicts are all well formed (ours, optionally the base, a separator, theirs, in that order)
    /// into the file as each side had it; false when there is no conflict or its markers are out of order.
    /// </summary>
    public static bool TrySplit(string text, out string ours, out string theirs)
    {
        var oursText = new StringBuilder(text.Length);
        var theirsText = new StringBuilder(text.Length);
        Marker section = Marker.None; // Which side the lines belong to: None outside a conflict (both sides).
        bool found = false;
        for (int start = 0; start < text.Length;)
        {
            int next = NextLine(text, start);
            Marker marker = MarkerAt(text, start);
            Marker expected = section switch
            {
                Marker.None => Marker.Ours,
                Marker.Ours => marker == Marker.Base ? Marker.Base : Marker.Separator,
                Marker.Base => Marker.Separator,
                Marker.Separator => Marker.Theirs,
                _ => Marker.None,
            };

            if (marker != Marker.None && marker != expected)
            {
                ours = theirs = string.Empty;
                return false;
            }

            if (marker != Marker.None)
            {
                found = true;
                section = marker == Marker.Theirs ? Marker.None : marker;
            }
            else
            {
                string line = text.Substring(start, next - start);
                if (section is Marker.None or Marker.Ours)
                {
                    oursText.Append(line);
                }

                if (section is Marker.None or Marker.Separator)
                {
                    theirsText.Append(line);
                }
            }

            start = next;
        }

        ours = oursText.ToString();
        theirs = theirsText.ToString();
        return found && section == Marker.None;
    }

    /// <summary>
    /// A marker line is seven marker characters at the start of a line, then the end of the line or (except the
    /// separator) a space and a label, as git writes them.
    /// </summary>
    private static Marker MarkerAt(string text, int start)
    {
        const int Size = 7;
        if (start + Size > text.Length)
        {
            return Marker.None;
        }

        char c = text[start];
        Marker marker = c switch
        {
            '<' => Marker.Ours,
            '|' => Marker.Base,
            '=' => Marker.Separator,
            '>' => Marker.Theirs,
            _ => Marker.None,
        };

        for (int i = 1; marker != Marker.None && i < Size; i++)
        {
            marker = text[start + i] == c ? marker : Marker.None;
        }

        int after = start + Size;
        bool lineEnds = after == text.Length || text[after] is '\n' or '\r';
        bool labelled = after < text.Length && text[after] == ' ' && marker != Marker.Separator;
        return lineEnds || labelled ? marker : Marker.None;
    }

    /// <summary>The start of the line after the one starting at <paramref name="start"/> (past its <c>\n</c>, <c>\r\n</c> or <c>\r</c>).</summary>
    private static int NextLine(string text, int start)
    {
        int i = start;
        while (i < text.Length && text[i] != '\n' && text[i] != '\r')
        {
            i++;
        }

        if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            i++;
        }

        return i < text.Length ? i + 1 : i;
    }
}
