using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Unicode;
using System.Threading;
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
    private readonly SnapshotDocument? _document;
    private LinkCatalog? _catalog;

    private LocalSnapshot(string fullPath, string displayPath, FileLayout? layout, string? problem)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Layout = layout;
        Problem = problem;
    }

    private LocalSnapshot(string fullPath, string displayPath, FileLayout? layout, ParsedSnapshot parsed, SnapshotUse use)
        : this(fullPath, displayPath, layout, parsed.Error is { } error ? $"line {error.Line}, column {error.Column}: {error.Message}" : null)
    {
        if (parsed.Document is not { } document)
        {
            IsFromNewerVersion = parsed.Error!.WrittenByNewerVersion;
            HasMergeConflict = parsed.Error.IsMergeConflict;
            Text = parsed.UnreadableText;
            return;
        }

        IsReadable = true;
        LocationId = document.EffectiveLocationId;
        HasHistory = document.HasHistory || document.Problems.Count > 0;
        IsManyLocations = document.Locations is not null;
        IsGetLinksResponse = document is { SchemaVersion: null, Locations: null };
        HistoryProblems = parsed.HistoryProblems;
        HistoryRepeats = parsed.HistoryRepeats;
        UnsettledHistoryProblems = parsed.UnsettledHistoryProblems;
        UnsettledHistoryLocations = parsed.UnsettledHistoryLocations;
        HistoryOverlaps = parsed.HistoryOverlaps;
        LocationProblems = parsed.LocationProblems;
        SkippedEntries = parsed.SkippedEntries;

        // A location's entries take the document's strings; the document itself (its links with their places in the text,
        // 10 MB of a 50-location file) and the catalog made of it are kept only when asked for, or for one location,
        // whose catalog a change describes. A location of many is interpreted from its entries (StoredLocation.Of).
        // Lint's catalog is made here, so the document goes before lint builds its index of 50,000 links.
        Locations = use == SnapshotUse.Catalog ? [] : document.Locations?.Select(StoredLocation.Of).ToList() ?? [];
        bool keepDocument = use == SnapshotUse.Document || (use == SnapshotUse.Entries && !IsManyLocations);
        _document = keepDocument ? document : null;
        _catalog = use == SnapshotUse.Catalog ? parsed.Catalog ?? LinkCatalogReader.Interpret(document) : keepDocument ? parsed.Catalog : null;
        Single = IsManyLocations ? StoredLocation.None() : StoredLocation.Single(document, () => Catalog);
    }

    public string FullPath { get; }

    /// <summary>The path as the user wrote it (or the default name), for messages.</summary>
    public string DisplayPath { get; }

    public bool Exists => Layout is not null || Problem is not null;

    /// <summary>
    /// What the file's bytes hold besides the links (a byte order mark, CRLF line ends), when they could be read at all;
    /// the bytes themselves are not kept: writing compares with the file on disk.
    /// </summary>
    public FileLayout? Layout { get; }

    /// <summary>Whether the file is a Get Links response as HighLevel sends it (no <c>schemaVersion</c>), not a snapshot ghl-links wrote.</summary>
    public bool IsGetLinksResponse { get; }

    /// <summary>Whether the generator's reader accepts the file.</summary>
    public bool IsReadable { get; }

    /// <summary>Why an existing file cannot be used, with the reader's line and column; null otherwise.</summary>
    public string? Problem { get; }

    /// <summary>
    /// <see cref="Problem"/>, a merge conflict's way out quoting <paramref name="pull"/>, the pull that resolves this file
    /// (with <c>--output</c> when it is not the default one, and the options the run was given).
    /// </summary>
    public string? ProblemResolvedBy(string pull) =>
        HasMergeConflict ? Problem!.Replace(LinksGenerator.Snapshot.SnapshotReader.MergeConflictMessage, LinksGenerator.Snapshot.SnapshotReader.MergeConflictMessageWith(pull)) : Problem;

    /// <summary>
    /// Whether the path is a device (<c>/dev/full</c>), not a file: there is nothing to fix or delete, only another path
    /// to give. A device would otherwise be read until the tool's limit and called a file too large.
    /// </summary>
    public bool IsDevice => ReferenceEquals(Problem, DeviceProblem);

    private const string DeviceProblem = "it is a device, not a file";

    /// <summary>
    /// Whether the snapshot was read from a named pipe or a socket (<c>check --snapshot &lt;(git show …)</c>): its bytes
    /// cannot be read a second time, so nothing compares them again.
    /// </summary>
    public bool IsPipe { get; private set; }

    /// <summary>
    /// Refuses a path that is a device, a named pipe or a socket for a command that writes the snapshot there
    /// (<paramref name="option"/> names it): a pipe cannot be replaced by a file, and a device cannot hold one.
    /// </summary>
    public static void RefuseNotAFile(string workingDirectory, string path, string option)
    {
        // A folder is not refused here: Load says what to pass instead.
        if (!string.IsNullOrWhiteSpace(path) && Path.GetFullPath(path, workingDirectory) is var fullPath && !Directory.Exists(fullPath) && Lint.SpecialFiles.IsSpecial(fullPath))
        {
            throw ToolException.Usage($"{path} is not a file but a device, a named pipe or a socket, which cannot hold the snapshot this command writes: choose another {option}");
        }
    }

    /// <summary>
    /// Whether the <see cref="Problem"/> is a schemaVersion newer than this version reads: the file is then not broken,
    /// and the advice is to update, never to delete or replace it.
    /// </summary>
    public bool IsFromNewerVersion { get; }

    /// <summary>The document's <c>locationId</c>, or, for a raw Get Links response, the one location all its links share.</summary>
    public string? LocationId { get; }

    /// <summary>
    /// What the build makes of the file as it is (member names, aliases, tombstones), worked out on first use; null when
    /// the file is not readable. A many-location file has it only when loaded for <see cref="SnapshotUse.Catalog"/> or
    /// <see cref="SnapshotUse.Document"/>.
    /// </summary>
    public LinkCatalog? Catalog =>
        !IsReadable ? null
        : _catalog ??= LinkCatalogReader.Interpret(_document ?? throw new InvalidOperationException($"{DisplayPath} was loaded for its entries, not its catalog"));

    /// <summary>
    /// The one location of a one-location snapshot, as <c>pull</c> and <c>check</c> of one location compare and carry it;
    /// a location that does not exist for a missing or unreadable file, and for a many-location one.
    /// </summary>
    public StoredLocation Single { get; } = StoredLocation.None();

    /// <summary>The locations of a many-location snapshot, in file order; empty for a one-location snapshot, and when loaded for <see cref="SnapshotUse.Catalog"/>.</summary>
    public IReadOnlyList<StoredLocation> Locations { get; } = [];

    /// <summary>
    /// The problems in the file's history (the build's LNK101 ones marked <see cref="SnapshotIssue.AboutHistory"/>), in
    /// file order, each as "line L, column C: what is wrong". ghl-links writes no history on top of them, but for repeats.
    /// </summary>
    public IReadOnlyList<string> HistoryProblems { get; } = [];

    /// <summary>
    /// Those of <see cref="HistoryProblems"/> that only repeat a name (a former name listed twice, a link's own name
    /// listed as a former one: <see cref="SnapshotIssue.IsRepeat"/>). What the build makes of them is clear, so
    /// <c>pull</c> writes the history without them rather than refusing.
    /// </summary>
    public IReadOnlyList<string> HistoryRepeats { get; } = [];

    /// <summary>The rest of <see cref="HistoryProblems"/>: those no command writes history on top of.</summary>
    public IReadOnlyList<string> UnsettledHistoryProblems { get; } = [];

    /// <summary>The name of the location each of <see cref="UnsettledHistoryProblems"/> is in; null for a one-location file.</summary>
    public IReadOnlyList<string?> UnsettledHistoryLocations { get; } = [];

    /// <summary>
    /// Those of <see cref="UnsettledHistoryProblems"/> that are only another entry of the same link (a deleted link listed
    /// twice, or live too: <see cref="SnapshotIssue.IsOverlap"/>): in a side of a merge conflict, what putting the sides
    /// together settles (<see cref="ConflictResolution"/>).
    /// </summary>
    public IReadOnlyList<string> HistoryOverlaps { get; } = [];

    /// <summary>Whether the file holds many locations (top-level <c>locations</c>) rather than one.</summary>
    public bool IsManyLocations { get; }

    /// <summary>
    /// Why the build cannot generate the file's locations (its LNK100 problems: see <see cref="LocationNames"/>), each as
    /// "line L, column C: what is wrong"; empty for a one-location file and for usable locations.
    /// </summary>
    public IReadOnlyList<string> LocationProblems { get; } = [];

    /// <summary>The links the build skips (LNK101: no id, not an id, an id seen before), each as "line L, column C: what is wrong".</summary>
    public IReadOnlyList<string> SkippedEntries { get; } = [];

    /// <summary>Whether the file has history: former names, deleted links, or history it could not use.</summary>
    public bool HasHistory { get; }

    /// <summary>Whether this stands for a file with a merge conflict, as both its sides make it together (<see cref="ResolvedAs"/>).</summary>
    public bool IsResolvedConflict { get; private set; }

    /// <summary>The document as read; null when the file is not readable, when loaded for <see cref="SnapshotUse.Catalog"/>, and for a many-location file loaded for its entries.</summary>
    public SnapshotDocument? Document => _document;

    /// <summary>Whether the file holds git's merge conflict markers (its <see cref="Problem"/> then says so).</summary>
    public bool HasMergeConflict { get; }

    /// <summary>
    /// The text of an unreadable file (a byte order mark dropped), when it is UTF-8 text: for resolving a conflict. A
    /// readable file's text is not kept (its document is), which keeps a large pull within its memory budget.
    /// </summary>
    public string? Text { get; }

    /// <summary>What the file was when it was read: a pull writes only over that (<see cref="FileStamp"/>).</summary>
    public FileStamp? Stamp { get; private set; }

    /// <summary>
    /// The snapshot at <paramref name="path"/>, missing, unreadable or read; <paramref name="use"/> says whether the
    /// command asks for more than the locations' entries.
    /// </summary>
    public static LocalSnapshot Load(string workingDirectory, string path, SnapshotUse use = SnapshotUse.Entries, CancellationToken cancellationToken = default)
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

        // "links.json/" names a folder that does not exist yet, not a file: said as such, not as a missing folder.
        if (Path.EndsInDirectorySeparator(path) && path.TrimEnd('/', '\\') is { Length: > 0 } file)
        {
            throw ToolException.Usage($"{path} ends in a folder separator, so it names a folder, not a file: pass the file's path, such as {file}");
        }

        // Taken before reading: a file written after this, even while it is read, no longer matches it.
        FileStamp? stamp = FileStamp.Of(fullPath);
        Lint.FileKind kind = Lint.SpecialFiles.KindOf(fullPath);
        if (!File.Exists(fullPath) || IsDanglingLink(fullPath, kind))
        {
            return new LocalSnapshot(fullPath, path, null, null) { Stamp = stamp };
        }

        // Read in a method of its own, so nothing of this frame holds the text or the document when the memory is handed back.
        LocalSnapshot snapshot = ReadFile(fullPath, path, use, kind, cancellationToken, out int fileBytes);
        ReleaseReadingMemory(fileBytes);
        snapshot.IsPipe = kind == Lint.FileKind.Other;
        snapshot.Stamp = stamp;
        return snapshot;
    }

    /// <summary>
    /// Whether the path is a symbolic link to a file that does not exist yet (a shared snapshot's link, checked in before
    /// the first pull): no snapshot, which a pull creates where the link points. A link that loops is not one: reading it
    /// says what is wrong.
    /// </summary>
    /// <param name="fullPath">The path.</param>
    /// <param name="kind">What <c>stat</c> found there (<see cref="Lint.SpecialFiles.KindOf"/>), asked once for the whole load.</param>
    private static bool IsDanglingLink(string fullPath, Lint.FileKind kind)
    {
        try
        {
            // Resolving throws for a loop. A link the kernel makes to a pipe (/dev/fd/63 -> pipe:[123], a shell's <(…))
            // names no file either, yet it opens: what counts is whether the path itself can be followed.
            var file = new FileInfo(fullPath);
            return file.LinkTarget is not null
                && file.ResolveLinkTarget(returnFinalTarget: true) is { } target
                && (OperatingSystem.IsWindows() ? !target.Exists : kind == Lint.FileKind.Missing);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// The snapshot made of the file. Its locations' entries (or lint's catalog) are made here, once the bytes are let
    /// go, and before the memory of reading is handed back again: the document's links (10 MB of a 50-location file)
    /// then go with it.
    /// </summary>
    private static LocalSnapshot ReadFile(string fullPath, string path, SnapshotUse use, Lint.FileKind kind, CancellationToken cancellationToken, out int fileBytes)
    {
        ParsedSnapshot? parsed = ParseFile(fullPath, kind, cancellationToken, out fileBytes, out FileLayout? layout, out string? problem);

        // The bytes (and the reader's garbage) go before the entries or lint's catalog are made of the document.
        ReleaseReadingMemory(fileBytes);
        return parsed is null ? new LocalSnapshot(fullPath, path, layout, problem) : new LocalSnapshot(fullPath, path, layout, parsed, use);
    }

    /// <summary>
    /// The file parsed from its UTF-8 bytes; or null, and why it cannot be read. The bytes live only while it is parsed:
    /// the pull compares what it writes with the file on disk, so a 13.5 MB file is not held for the rest of the run.
    /// </summary>
    private static ParsedSnapshot? ParseFile(string fullPath, Lint.FileKind kind, CancellationToken cancellationToken, out int fileBytes, out FileLayout? layout, out string? problem)
    {
        (fileBytes, layout, problem) = (0, null, null);
        if (kind == Lint.FileKind.Device)
        {
            problem = DeviceProblem;
            return null;
        }

        byte[]? bytes;
        try
        {
            // A named pipe (check --snapshot <(git show main:links.snapshot.json)) is read, and waits for its writer
            // where a Ctrl+C or SIGTERM can end the wait.
            bytes = kind == Lint.FileKind.Other ? BoundedFile.ReadAllBytes(fullPath, cancellationToken) : BoundedFile.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"it cannot be opened ({e.Message})";
            return null;
        }

        if (bytes is null)
        {
            problem = $"it is larger than {BoundedFile.LimitText}, which no snapshot is";
            return null;
        }

        fileBytes = bytes.Length;
        bool utf16 = MarkedEncoding.IsUtf16(bytes);
        if (utf16)
        {
            // As the build reads it: the compiler decodes a file with UTF-16's byte order mark as UTF-16 (Windows
            // PowerShell 5's '>' writes such files), so it is a snapshot here too, which pull then rewrites in UTF-8.
            if (MarkedEncoding.Utf16AsUtf8(bytes) is not { } decoded)
            {
                problem = "it is UTF-16 text by its byte order mark, but its bytes do not decode as UTF-16";
                return null;
            }

            bytes = decoded;
        }

        layout = FileLayout.Of(bytes, utf16);
        if (!Utf8.IsValid(bytes))
        {
            problem = "it is not UTF-8 text";
            return null;
        }

        return ParsedSnapshot.Parse(bytes);
    }

    /// <summary>
    /// Reading a large snapshot leaves its bytes, the reader's garbage and (for many locations) the document the entries
    /// were made from on the heap, much of it the large object heap, which the GC keeps committed for the rest of the
    /// run: a 13.5 MB snapshot of 50 locations kept about 30 MB of a refresh's peak memory (docs/benchmarks.md,
    /// "ghl-links pull"). An aggressive collection, only after a large file, hands that memory back
    /// before the command allocates more: after the bytes are parsed, and again once what the command keeps is made of
    /// the document. Two full collections of a heap of some 40 MB take tens of milliseconds.
    /// </summary>
    private static void ReleaseReadingMemory(int fileBytes)
    {
        if (fileBytes > LargeFileBytes)
        {
            HeldMemory.HandBack();
        }
    }

    /// <summary>Past this a snapshot is large enough for <see cref="ReleaseReadingMemory"/> to matter: 1 MiB is about 4,000 links.</summary>
    private const int LargeFileBytes = 1024 * 1024;

    /// <summary>
    /// What the two sides of this file's merge conflict make together (<paramref name="mergedText"/>, written by
    /// <see cref="ConflictResolution"/>), standing in for the file: writing still compares with the file itself.
    /// </summary>
    public LocalSnapshot ResolvedAs(string mergedText)
    {
        var resolved = new LocalSnapshot(FullPath, DisplayPath, Layout, ParsedSnapshot.Parse(mergedText), SnapshotUse.Entries);
        if (!resolved.IsReadable)
        {
            throw new InvalidOperationException("The merged sides of a conflict do not read back as a snapshot: " + resolved.Problem);
        }

        resolved.IsResolvedConflict = true;
        resolved.Stamp = Stamp;
        return resolved;
    }

    /// <summary>A text as if it were this file, for one side of its conflict: its problems are then that side's.</summary>
    public LocalSnapshot Side(string sideText) => new(FullPath, DisplayPath, null, ParsedSnapshot.Parse(sideText), SnapshotUse.Document);
}
