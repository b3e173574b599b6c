using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// The snapshot file as it is on disk before the command runs: missing, unreadable (with the reader's reason), or read
/// with the same <see cref="SnapshotReader"/> the generator uses, so the tool and the build agree on what it says.
/// </summary>
internal sealed class LocalSnapshot
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private LocalSnapshot(string fullPath, string displayPath, byte[]? bytes, SnapshotDocument? document, string? problem)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Bytes = bytes;
        Problem = problem;
        IsReadable = document is not null;
        LocationId = document?.EffectiveLocationId;

        // Only what the commands use is kept; the document itself (with its text positions) can go.
        Entries = document?.Links.Select(l => new SnapshotEntry(l.Id ?? "", l.Name, l.RedirectTo, l.FieldKey)).ToList() ?? (IReadOnlyList<SnapshotEntry>)Array.Empty<SnapshotEntry>();
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

    /// <summary>The document's <c>locationId</c>, or, for a raw Get Links response, the one location all its links share.</summary>
    public string? LocationId { get; }

    /// <summary>The links as snapshot entries (an entry without an id keeps an empty one, so it still counts as a difference).</summary>
    public IReadOnlyList<SnapshotEntry> Entries { get; }

    public static LocalSnapshot Load(string workingDirectory, string path)
    {
        string fullPath = Path.GetFullPath(path, workingDirectory);
        if (Directory.Exists(fullPath))
        {
            throw ToolException.Usage($"{path} is a folder: pass the snapshot file's path, such as {Path.Combine(path, SnapshotFormat.DefaultFileName)}");
        }

        if (!File.Exists(fullPath))
        {
            return new LocalSnapshot(fullPath, path, null, null, null);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LocalSnapshot(fullPath, path, null, null, $"it cannot be opened ({e.Message})");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new LocalSnapshot(fullPath, path, bytes, null, "it is not UTF-8 text");
        }

        SnapshotReadResult result = SnapshotReader.Read(text);
        return result.Document is { } document
            ? new LocalSnapshot(fullPath, path, bytes, document, null)
            : new LocalSnapshot(fullPath, path, bytes, null, $"line {result.Error!.Line}, column {result.Error.Column}: {result.Error.Message}");
    }
}
