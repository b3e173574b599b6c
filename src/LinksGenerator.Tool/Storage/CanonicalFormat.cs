using System;
using System.Collections.Generic;
using System.IO;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Whether a snapshot file is byte for byte what <c>pull</c> writes for its links (docs/snapshot-format.md, the
/// canonical format), and if not, what sets it apart, for the messages of <c>pull</c> (which rewrites it) and
/// <c>check</c> (which compares links, not bytes, and says so).
/// </summary>
internal static class CanonicalFormat
{
    /// <summary>
    /// Whether <paramref name="write"/> writes exactly the bytes of <paramref name="snapshot"/>'s file (nothing is kept: the
    /// bytes are compared with the file's as they come).
    /// </summary>
    public static bool Matches(LocalSnapshot snapshot, Action<Stream> write)
    {
        if (snapshot.IsPipe)
        {
            return true; // Its bytes went by once: the layout cannot be told, and a note would guess.
        }

        using FileStream? current = ComparingStream.OpenCurrent(snapshot.FullPath);
        using var comparing = new ComparingStream(Stream.Null, current);
        write(comparing);
        return comparing.SameAsCurrent;
    }

    /// <summary>
    /// What a file holding the same links as the canonical text has instead, as a phrase: "the UTF-16 encoding", "CRLF line ends"
    /// (what git's core.autocrlf gives a checkout; .gitattributes' eol=lf undoes it), lone carriage returns (which it does
    /// not), "a byte order mark", or, when none, "another layout or order".
    /// </summary>
    public static string Departures(FileLayout layout)
    {
        var found = new List<string>();
        if (layout.IsUtf16)
        {
            found.Add("the UTF-16 encoding");
        }

        if (layout.HasByteOrderMark)
        {
            found.Add("a byte order mark");
        }

        if (layout.HasCarriageReturns)
        {
            found.Add(layout.HasCrlf ? "CRLF line ends" : "carriage returns (CR) as line ends");
        }

        return found.Count == 0 ? "another layout or order" : string.Join(" and ", found);
    }

    /// <summary>
    /// What <c>check</c> says of a file whose links are up to date but whose bytes are not what <c>pull</c> writes;
    /// <paramref name="pull"/> is the command line of the pull that would rewrite it.
    /// </summary>
    public static string CheckNote(string path, LocalSnapshot snapshot, string pull) =>
        $"note: {path} is not in the canonical format{RewriteReason(snapshot)}: '{pull}' would rewrite it without changing a link" +
        (snapshot.Layout!.HasCrlf ? $"; with git, the line '{Path.GetFileName(path)} text eol=lf' in .gitattributes keeps its line ends LF in every checkout" : "");

    /// <summary>Why <c>pull</c> rewrote a file in which no link changed (a resolved merge conflict's own line follows).</summary>
    public static string RewriteReason(LocalSnapshot existing) =>
        existing.IsResolvedConflict ? " (it held a merge conflict)"
        : existing.Layout is not { } layout ? ""
        : existing.IsGetLinksResponse ? " (the file was a Get Links response as HighLevel sends it)"
        : existing.HistoryRepeats.Count > 0 ? " (its history repeated names, now listed once)"
        : $" (the file had {Departures(layout)})";
}
