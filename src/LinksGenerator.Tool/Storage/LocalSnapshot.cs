using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LinksGenerator.Catalog;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// The snapshot file as it is on disk before the command runs: missing, unreadable (with the reader's reason), or read
/// with the same <see cref="SnapshotReader"/> the generator uses and interpreted by the same
/// <see cref="LinkCatalogReader"/>, so the tool and the build agree on what it says.
/// </summary>
internal sealed class LocalSnapshot
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SnapshotDocument? _document;
    private LinkCatalog? _catalog;

    private LocalSnapshot(string fullPath, string displayPath, byte[]? bytes, string? problem)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Bytes = bytes;
        Problem = problem;
    }

    private LocalSnapshot(string fullPath, string displayPath, byte[]? bytes, string text, SnapshotDocument document)
        : this(fullPath, displayPath, bytes, null)
    {
        IsReadable = true;
        LocationId = document.EffectiveLocationId;
        Single = document.Locations is null ? StoredLocation.Single(document, () => Catalog) : StoredLocation.None();
        Locations = document.Locations?.Select(StoredLocation.Of).ToList() ?? [];
        HasHistory = document.HasHistory || document.Problems.Count > 0;

        // The text can go; the document stays (its strings are the entries' own), for the catalog a change may ask for.
        // No lambda here may capture the text: the compiler would put it in one closure object with the one above, which
        // StoredLocation keeps, and a 10,000-link file's text (5 MB) would stay alive for the whole pull.
        _document = document;

        // Only history can hold history problems, and interpreting 10,000 links costs megabytes: a snapshot without
        // any history is not interpreted unless a rename or deletion is to be described.
        if (HasHistory)
        {
            (HistoryProblems, HistoryRepeats, UnsettledHistoryProblems) = DescribeHistory(text, Catalog!.Issues.Where(i => i.AboutHistory));
        }

        if (document.Locations is { } locations)
        {
            LocationProblems = DescribeAll(text, LocationNames.Problems(locations));
        }

        // Entries the build skips (no id, not an id, an id seen before) make the file differ from any pull in a way no
        // change of a link shows: each is named where it is. Rare, so looked for cheaply before interpreting anything.
        if (document.Locations?.Any(l => MaySkipEntries(l.Links)) ?? MaySkipEntries(document.Links))
        {
            SkippedEntries = DescribeAll(text, Catalog!.Issues.Where(i => i.SkipsEntry && !i.AboutHistory));
        }
    }

    public string FullPath { get; }

    /// <summary>The path as the user wrote it (or the default name), for messages.</summary>
    public string DisplayPath { get; }

    public bool Exists => Bytes is not null || Problem is not null;

    /// <summary>The file's bytes, when it could be read at all.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Whether the generator's reader accepts the file.</summary>
    public bool IsReadable { get; }

    /// <summary>Why an existing file cannot be used, with the reader's line and column; null otherwise.</summary>
    public string? Problem { get; }

    /// <summary>
    /// Whether the <see cref="Problem"/> is a schemaVersion newer than this version reads: the file is then not broken,
    /// and the advice is to update, never to delete or replace it.
    /// </summary>
    public bool IsFromNewerVersion { get; private init; }

    /// <summary>The document's <c>locationId</c>, or, for a raw Get Links response, the one location all its links share.</summary>
    public string? LocationId { get; }

    /// <summary>
    /// What the build makes of the file as it is (member names, aliases, tombstones), worked out on first use; null when
    /// the file is not readable.
    /// </summary>
    public LinkCatalog? Catalog => _document is null ? null : _catalog ??= LinkCatalogReader.Interpret(_document);

    /// <summary>
    /// The one location of a one-location snapshot, as <c>pull</c> and <c>check</c> of one location compare and carry it;
    /// a location that does not exist for a missing or unreadable file, and for a many-location one.
    /// </summary>
    public StoredLocation Single { get; } = StoredLocation.None();

    /// <summary>The locations of a many-location snapshot, in file order; empty for a one-location snapshot.</summary>
    public IReadOnlyList<StoredLocation> Locations { get; } = [];

    /// <summary>
    /// The problems in the file's history (the build's LNK101 ones marked <see cref="SnapshotIssue.AboutHistory"/>), in
    /// file order, each as "line L, column C: what is wrong". ghl-links writes no history on top of them, but for repeats.
    /// </summary>
    public IReadOnlyList<string> HistoryProblems { get; } = Array.Empty<string>();

    /// <summary>
    /// Those of <see cref="HistoryProblems"/> that only repeat a name (a former name listed twice, a link's own name
    /// listed as a former one: <see cref="SnapshotIssue.IsRepeat"/>). What the build makes of them is clear, so
    /// <c>pull</c> writes the history without them rather than refusing.
    /// </summary>
    public IReadOnlyList<string> HistoryRepeats { get; } = Array.Empty<string>();

    /// <summary>The rest of <see cref="HistoryProblems"/>: those no command writes history on top of.</summary>
    public IReadOnlyList<string> UnsettledHistoryProblems { get; } = Array.Empty<string>();

    /// <summary>Whether the file holds many locations (top-level <c>locations</c>) rather than one.</summary>
    public bool IsManyLocations => _document?.Locations is not null;

    /// <summary>
    /// Why the build cannot generate the file's locations (its LNK100 problems: see <see cref="LocationNames"/>), each as
    /// "line L, column C: what is wrong"; empty for a one-location file and for usable locations.
    /// </summary>
    public IReadOnlyList<string> LocationProblems { get; } = Array.Empty<string>();

    /// <summary>The links the build skips (LNK101: no id, not an id, an id seen before), each as "line L, column C: what is wrong".</summary>
    public IReadOnlyList<string> SkippedEntries { get; } = Array.Empty<string>();

    /// <summary>Whether the file has history: former names, deleted links, or history it could not use.</summary>
    public bool HasHistory { get; }

    public static LocalSnapshot Load(string workingDirectory, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw ToolException.Usage($"the snapshot's path is empty: pass a file's path, such as {SnapshotFormat.DefaultFileName}");
        }

        string fullPath = Path.GetFullPath(path, workingDirectory);
        if (Directory.Exists(fullPath))
        {
            throw ToolException.Usage($"{path} is a folder: pass the snapshot file's path, such as {Path.Combine(path, SnapshotFormat.DefaultFileName)}");
        }

        if (!File.Exists(fullPath))
        {
            return new LocalSnapshot(fullPath, path, null, null);
        }

        // Read in a method of its own, so nothing of this frame holds the text when the memory is handed back.
        LocalSnapshot snapshot = ReadFile(fullPath, path);
        ReleaseReadingMemory(snapshot.Bytes?.Length ?? 0);
        return snapshot;
    }

    private static LocalSnapshot ReadFile(string fullPath, string path)
    {
        byte[]? bytes;
        try
        {
            bytes = BoundedFile.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LocalSnapshot(fullPath, path, null, $"it cannot be opened ({e.Message})");
        }

        if (bytes is null)
        {
            return new LocalSnapshot(fullPath, path, null, $"it is larger than {BoundedFile.LimitText}, which no snapshot is");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new LocalSnapshot(fullPath, path, bytes, "it is not UTF-8 text");
        }

        // Positions are counted as the build counts them, after the byte order mark the compiler drops.
        text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return Read(fullPath, path, bytes, text);
    }

    /// <summary>
    /// Reading a large snapshot leaves its text (twice the file's size, as UTF-16) and the reader's garbage on the large
    /// object heap, which the GC keeps committed for the rest of the run: a 13.5 MB snapshot of 50 locations kept about
    /// 30 MB of a refresh's peak memory (docs/benchmarks.md, "ghl-links pull"). One aggressive collection, once per run
    /// and only after a large file, hands that memory back before the command allocates more.
    /// </summary>
    private static void ReleaseReadingMemory(int fileBytes)
    {
        if (fileBytes > LargeFileBytes)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>Past this a snapshot is large enough for <see cref="ReleaseReadingMemory"/> to matter: 1 MiB is about 4,000 links.</summary>
    private const int LargeFileBytes = 1024 * 1024;

    /// <summary>
    /// What the two sides of this file's merge conflict make together (<paramref name="mergedText"/>, written by
    /// <see cref="ConflictResolution"/>), standing in for the file: the file's own bytes stay, so writing compares against them.
    /// </summary>
    public LocalSnapshot ResolvedAs(string mergedText)
    {
        LocalSnapshot resolved = Read(FullPath, DisplayPath, Bytes, mergedText);
        if (!resolved.IsReadable)
        {
            throw new InvalidOperationException("The merged sides of a conflict do not read back as a snapshot: " + resolved.Problem);
        }

        resolved.IsResolvedConflict = true;
        return resolved;
    }

    /// <summary>Whether this stands for a file with a merge conflict, as both its sides make it together (<see cref="ResolvedAs"/>).</summary>
    public bool IsResolvedConflict { get; private set; }

    /// <summary>A text as if it were this file, for one side of its conflict: its problems are then that side's.</summary>
    public LocalSnapshot Side(string sideText) => Read(FullPath, DisplayPath, null, sideText);

    /// <summary>The document as read; null when the file is not readable.</summary>
    public SnapshotDocument? Document => _document;

    /// <summary>Whether the file holds git's merge conflict markers (its <see cref="Problem"/> then says so).</summary>
    public bool HasMergeConflict { get; private init; }

    /// <summary>
    /// The text of an unreadable file (a byte order mark dropped), when it is UTF-8 text: for resolving a conflict. A
    /// readable file's text is not kept (its document is), which keeps a large pull within its memory budget.
    /// </summary>
    public string? Text { get; private init; }

    private static LocalSnapshot Read(string fullPath, string path, byte[]? bytes, string text)
    {
        SnapshotReadResult result = SnapshotReader.Read(text);
        return result.Document is { } document
            ? new LocalSnapshot(fullPath, path, bytes, text, document)
            : new LocalSnapshot(fullPath, path, bytes, $"line {result.Error!.Line}, column {result.Error.Column}: {result.Error.Message}")
            {
                IsFromNewerVersion = result.Error.WrittenByNewerVersion,
                HasMergeConflict = result.Error.IsMergeConflict,
                Text = text,
            };
    }

    private static bool MaySkipEntries(IReadOnlyList<SnapshotLink> links)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SnapshotLink link in links)
        {
            if (string.IsNullOrEmpty(link.Id) || !seen.Add(link.Id) || MergeField.IdProblem(link.Id) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"line 12, column 7: …", the position the build's diagnostic points at. LNK100's and LNK101's one argument is the whole message.</summary>
    /// <summary>Each issue at its line and column of <paramref name="text"/>: a method of its own, so the lambda's closure holding the text lives only as long as the call.</summary>
    private static List<string> DescribeAll(string text, IEnumerable<SnapshotIssue> issues) => issues.Select(i => Describe(text, i)).ToList();

    /// <summary>The history problems, each described once, in file order: all of them, the repeats among them, and the rest.</summary>
    private static (List<string> All, List<string> Repeats, List<string> Unsettled) DescribeHistory(string text, IEnumerable<SnapshotIssue> issues)
    {
        var all = new List<string>();
        var repeats = new List<string>();
        var unsettled = new List<string>();
        foreach (SnapshotIssue issue in issues)
        {
            string described = Describe(text, issue);
            all.Add(described);
            (issue.IsRepeat ? repeats : unsettled).Add(described);
        }

        return (all, repeats, unsettled);
    }

    private static string Describe(string text, SnapshotIssue issue)
    {
        var (line, column) = SnapshotReader.LineColumn(text, issue.Range.Start);
        return $"line {line}, column {column}: {string.Join("; ", issue.MessageArgs)}";
    }
}
