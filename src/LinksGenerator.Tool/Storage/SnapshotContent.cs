using System.Collections.Generic;
using System.Text;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// The snapshot the live links make, with the history carried over from the one it replaces (<see cref="LinkHistory"/>),
/// written by the one <see cref="SnapshotWriter"/> the repository has. The tool never writes a file the build cannot
/// read: the one thing the writer can emit that the generator's <see cref="SnapshotReader"/> rejects is a lone surrogate
/// (it escapes it, the reader refuses the escape), so text holding one is refused here, before anything is written.
/// </summary>
internal sealed class SnapshotContent
{
    /// <summary>UTF-8 without a byte order mark, as docs/ghl-links.md promises.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private SnapshotContent(string locationId, IReadOnlyList<SnapshotEntry> entries, IReadOnlyList<SnapshotEntry> deletedEntries, bool droppedHistory, byte[] bytes)
    {
        LocationId = locationId;
        Entries = entries;
        DeletedEntries = deletedEntries;
        DroppedHistory = droppedHistory;
        Bytes = bytes;
    }

    public string LocationId { get; }

    /// <summary>The live links, with the former names the history gives them.</summary>
    public IReadOnlyList<SnapshotEntry> Entries { get; }

    /// <summary>The links remembered as deleted.</summary>
    public IReadOnlyList<SnapshotEntry> DeletedEntries { get; }

    /// <summary>Whether the snapshot this replaces had history that is not carried over (see <see cref="LinkHistory.For"/>).</summary>
    public bool DroppedHistory { get; }

    public byte[] Bytes { get; }

    /// <summary>The document <see cref="Bytes"/> read back would be, built from the entries without re-reading the text.</summary>
    public SnapshotDocument Document => SnapshotDocument.Of(LocationId, Entries, DeletedEntries);

    public static SnapshotContent From(string locationId, IReadOnlyList<ApiLink> links, LinkHistory history)
    {
        var entries = new List<SnapshotEntry>(links.Count);
        foreach (ApiLink link in links)
        {
            var entry = new SnapshotEntry(link.Id!, link.Name, link.RedirectTo, link.FieldKey);
            if (LoneSurrogateIn(entry) is { } property)
            {
                throw new ToolException(
                    ExitCode.Failed,
                    $"HighLevel sent the {property} of link {Printable.Escape(entry.Id)} as broken text (a lone UTF-16 surrogate), which the build cannot read; " +
                    "nothing was written. Fix the link's text in HighLevel and pull again");
            }

            entries.Add(entry);
        }

        var (live, deleted) = history.Carry(entries);
        string text = SnapshotWriter.Write(locationId, live, deleted);
        return new SnapshotContent(locationId, live, deleted, history.Dropped, Utf8.GetBytes(text));
    }

    private static string? LoneSurrogateIn(SnapshotEntry entry) =>
        HasLoneSurrogate(entry.Id) ? "id"
        : HasLoneSurrogate(entry.Name) ? "name"
        : HasLoneSurrogate(entry.RedirectTo) ? "redirectTo"
        : HasLoneSurrogate(entry.FieldKey) ? "fieldKey"
        : null;

    private static bool HasLoneSurrogate(string? text)
    {
        if (text is null)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
