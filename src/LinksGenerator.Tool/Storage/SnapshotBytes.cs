using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// The bytes of the snapshot file, written by the one <see cref="SnapshotWriter"/> the repository has: UTF-8 without a
/// byte order mark, as docs/ghl-links.md promises. The writer encodes straight into the stream it is given, so a
/// snapshot of 50 locations is never held whole, as text or as bytes (docs/benchmarks.md, "ghl-links pull").
/// </summary>
internal static class SnapshotBytes
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A one-location snapshot of <paramref name="location"/>, into <paramref name="destination"/>.</summary>
    public static void Write(Stream destination, LocationContent location) =>
        Encode(destination, writer => SnapshotWriter.Write(writer, location.LocationId, location.Entries, location.DeletedEntries));

    /// <summary>A many-location snapshot of <paramref name="locations"/> (sorted by name by the writer), into <paramref name="destination"/>.</summary>
    public static void Write(Stream destination, IEnumerable<SnapshotLocationEntry> locations) =>
        Encode(destination, writer => SnapshotWriter.WriteLocations(writer, locations));

    private static void Encode(Stream destination, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(destination, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        write(writer);
    }
}
