using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Catalog;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// A snapshot's text as the build's <see cref="SnapshotReader"/> reads it, with every problem the tool reports placed at
/// its line and column: all the tool needs of the text, so that it can go before anything else is built from the
/// document. A file is read from its UTF-8 bytes, never as a UTF-16 string twice its size, and sharing repeated text, so
/// the names and URLs of cloned locations are held once (docs/benchmarks.md, "ghl-links pull").
/// </summary>
internal sealed class ParsedSnapshot
{
    private ParsedSnapshot(SnapshotDocument? document, SnapshotReadError? error, string? unreadableText)
    {
        Document = document;
        Error = error;
        UnreadableText = unreadableText;
    }

    /// <summary>The document, when the reader accepts the text.</summary>
    public SnapshotDocument? Document { get; }

    /// <summary>Why the reader refuses the text, when it does.</summary>
    public SnapshotReadError? Error { get; }

    /// <summary>The text the reader refused: for resolving a merge conflict in it. A readable text is not kept.</summary>
    public string? UnreadableText { get; }

    /// <summary>What the build makes of the document, when describing its problems called for it; null otherwise.</summary>
    public LinkCatalog? Catalog { get; private init; }

    /// <summary>The problems in the history, in file order, each as "line L, column C: what is wrong".</summary>
    public IReadOnlyList<string> HistoryProblems { get; private init; } = [];

    /// <summary>Those of <see cref="HistoryProblems"/> that only repeat a name (<see cref="SnapshotIssue.IsRepeat"/>).</summary>
    public IReadOnlyList<string> HistoryRepeats { get; private init; } = [];

    /// <summary>The rest of <see cref="HistoryProblems"/>.</summary>
    public IReadOnlyList<string> UnsettledHistoryProblems { get; private init; } = [];

    /// <summary>The name of the location each of <see cref="UnsettledHistoryProblems"/> is in; null for a one-location file.</summary>
    public IReadOnlyList<string?> UnsettledHistoryLocations { get; private init; } = [];

    /// <summary>Those of <see cref="UnsettledHistoryProblems"/> that are only another entry of the same link (<see cref="SnapshotIssue.IsOverlap"/>).</summary>
    public IReadOnlyList<string> HistoryOverlaps { get; private init; } = [];

    /// <summary>Why the build cannot generate the locations of a many-location file (LNK100), each at its place.</summary>
    public IReadOnlyList<string> LocationProblems { get; private init; } = [];

    /// <summary>The links the build skips (LNK101: no id, not an id, an id seen before), each at its place.</summary>
    public IReadOnlyList<string> SkippedEntries { get; private init; } = [];

    /// <summary>
    /// A snapshot's text: one side of a merge conflict, both sides put together, or a file whose bytes did not read as a
    /// snapshot (read again as text for the error, see <see cref="Parse(byte[])"/>).
    /// </summary>
    public static ParsedSnapshot Parse(string text)
    {
        SnapshotReadResult result = SnapshotReader.Read(text, shareRepeatedText: true);
        return result.Document is { } document
            ? Placed(document, offset => SnapshotReader.LineColumn(text, offset))
            : new ParsedSnapshot(null, result.Error, text);
    }

    /// <summary>
    /// A file's bytes, valid UTF-8 (a byte order mark is skipped). A file that is not a snapshot is read again as a
    /// string, which gives the error in the build's words and at the build's line and column, and the text a merge
    /// conflict is resolved from.
    /// </summary>
    public static ParsedSnapshot Parse(byte[] utf8)
    {
        var text = new Utf8Text(utf8, utf8.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0);
        return SnapshotReader.TryRead(text, shareRepeatedText: true) is { } document
            ? Placed(document, text.LineColumn)
            : Parse(text.Slice(0, text.Length));
    }

    private static ReadOnlySpan<byte> ByteOrderMark => "\uFEFF"u8;

    /// <summary>The document, each problem the tool reports placed by <paramref name="place"/> (an offset's line and column).</summary>
    private static ParsedSnapshot Placed(SnapshotDocument document, Func<int, (int Line, int Column)> place)
    {
        // Only history can hold history problems, and interpreting 10,000 links costs megabytes: a snapshot without
        // any history is not interpreted unless a rename or deletion is to be described.
        LinkCatalog? catalog = null;
        LinkCatalog Interpreted() => catalog ??= LinkCatalogReader.Interpret(document);
        var history = (All: new List<string>(), Repeats: new List<string>(), Unsettled: new List<string>(), UnsettledIn: new List<string?>(), Overlaps: new List<string>());
        if (document.HasHistory || document.Problems.Count > 0)
        {
            history = DescribeHistory(place, Interpreted().Issues.Where(i => i.AboutHistory), offset => LocationAt(document, offset));
        }

        // Entries the build skips (no id, not an id, an id seen before) make the file differ from any pull in a way no
        // change of a link shows: each is named where it is. Rare, so looked for cheaply before interpreting anything.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool maySkipEntries = document.Locations?.Any(l => MaySkipEntries(l.Links, seen)) ?? MaySkipEntries(document.Links, seen);
        return new ParsedSnapshot(document, null, null)
        {
            HistoryProblems = history.All,
            HistoryRepeats = history.Repeats,
            UnsettledHistoryProblems = history.Unsettled,
            UnsettledHistoryLocations = history.UnsettledIn,
            HistoryOverlaps = history.Overlaps,
            LocationProblems = document.Locations is { } locations ? DescribeAll(place, LocationNames.Problems(locations)) : [],
            SkippedEntries = maySkipEntries ? DescribeAll(place, Interpreted().Issues.Where(i => i.SkipsEntry && !i.AboutHistory)) : [],
            Catalog = catalog,
        };
    }

    /// <summary>Whether any of <paramref name="links"/> is one the build skips; <paramref name="seen"/> is emptied first (one set for every location).</summary>
    private static bool MaySkipEntries(IReadOnlyList<SnapshotLink> links, HashSet<string> seen)
    {
        seen.Clear();
        foreach (SnapshotLink link in links)
        {
            if (string.IsNullOrEmpty(link.Id) || !seen.Add(link.Id) || MergeField.IdProblem(link.Id) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> DescribeAll(Func<int, (int Line, int Column)> place, IEnumerable<SnapshotIssue> issues) => issues.Select(i => Describe(place, i)).ToList();

    /// <summary>
    /// The history problems, each described once, in file order: all of them, the repeats among them, the rest, and the
    /// overlaps among the rest.
    /// </summary>
    private static (List<string> All, List<string> Repeats, List<string> Unsettled, List<string?> UnsettledIn, List<string> Overlaps) DescribeHistory(
        Func<int, (int Line, int Column)> place, IEnumerable<SnapshotIssue> issues, Func<int, string?> locationAt)
    {
        var all = new List<string>();
        var repeats = new List<string>();
        var unsettled = new List<string>();
        var unsettledIn = new List<string?>();
        var overlaps = new List<string>();
        foreach (SnapshotIssue issue in issues)
        {
            string described = Describe(place, issue);
            all.Add(described);
            if (issue.IsRepeat)
            {
                repeats.Add(described);
            }
            else
            {
                unsettled.Add(described);
                unsettledIn.Add(locationAt(issue.Range.Start));
            }

            if (issue.IsOverlap)
            {
                overlaps.Add(described);
            }
        }

        return (all, repeats, unsettled, unsettledIn, overlaps);
    }

    /// <summary>The name of the location of <paramref name="document"/> whose text holds <paramref name="offset"/>; null for a one-location file.</summary>
    private static string? LocationAt(SnapshotDocument document, int offset) =>
        document.Locations?.FirstOrDefault(l => offset >= l.Range.Start && offset < l.Range.End)?.Name;

    /// <summary>"line 12, column 7: …", the position the build's diagnostic points at. LNK100's and LNK101's one argument is the whole message.</summary>
    private static string Describe(Func<int, (int Line, int Column)> place, SnapshotIssue issue)
    {
        var (line, column) = place(issue.Range.Start);
        return $"line {line}, column {column}: {string.Join("; ", issue.MessageArgs)}";
    }
}
