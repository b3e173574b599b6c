using System.Collections.Generic;
using System.Linq;
using System.Text;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Snapshots;

/// <summary>
/// The snapshot the live links make, written by the one <see cref="SnapshotWriter"/> the repository has, and read back
/// with the generator's <see cref="SnapshotReader"/> before anything is written: the tool never writes a file the build
/// cannot read.
/// </summary>
internal sealed class SnapshotContent
{
    /// <summary>UTF-8 without a byte order mark, as the contract says.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private SnapshotContent(string locationId, IReadOnlyList<SnapshotEntry> entries, byte[] bytes)
    {
        LocationId = locationId;
        Entries = entries;
        Bytes = bytes;
    }

    public string LocationId { get; }

    public IReadOnlyList<SnapshotEntry> Entries { get; }

    public byte[] Bytes { get; }

    public static SnapshotContent From(string locationId, IReadOnlyList<ApiLink> links)
    {
        List<SnapshotEntry> entries = links.Select(l => new SnapshotEntry(l.Id!, l.Name, l.RedirectTo, l.FieldKey)).ToList();
        string text = SnapshotWriter.Write(locationId, entries);

        SnapshotReadResult check = SnapshotReader.Read(text);
        if (check.Document is null || check.Document.Links.Count != entries.Count)
        {
            throw new ToolException(
                ExitCode.Failed,
                $"the links HighLevel sent cannot be stored as a snapshot the build can read ({check.Error?.ToString() ?? "the link count changed"}); " +
                "nothing was written. Please report this with the link names involved");
        }

        return new SnapshotContent(locationId, entries, Utf8.GetBytes(text));
    }
}
