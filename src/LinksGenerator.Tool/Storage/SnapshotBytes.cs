using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// The bytes of the snapshot file, written by the one <see cref="SnapshotWriter"/> the repository has: UTF-8 without a
/// byte order mark, as docs/ghl-links.md promises. The writer encodes straight into the buffer, so a snapshot of 50
/// locations is never held as a string next to its builder and its bytes (docs/benchmarks.md, "ghl-links pull").
/// </summary>
internal static class SnapshotBytes
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A one-location snapshot of <paramref name="location"/>.</summary>
    public static ReadOnlyMemory<byte> Of(LocationContent location, int sizeHint = 0) =>
        Encode(writer => SnapshotWriter.Write(writer, location.LocationId, location.Entries, location.DeletedEntries), sizeHint);

    /// <summary>A many-location snapshot of <paramref name="locations"/> (sorted by name by the writer).</summary>
    public static ReadOnlyMemory<byte> Of(IEnumerable<SnapshotLocationEntry> locations, int sizeHint = 0) =>
        Encode(writer => SnapshotWriter.WriteLocations(writer, locations), sizeHint);

    /// <param name="write">Writes the snapshot's text into the writer it is given.</param>
    /// <param name="sizeHint">The size the bytes probably have (the old file's), so the buffer rarely grows.</param>
    private static ReadOnlyMemory<byte> Encode(Action<TextWriter> write, int sizeHint)
    {
        var buffer = new MemoryStream(Math.Max(sizeHint + 4096, 4096));
        using (var writer = new StreamWriter(buffer, Utf8, bufferSize: 64 * 1024, leaveOpen: true))
        {
            write(writer);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
