using System.Collections.Generic;
using System.Text;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// The bytes of the snapshot file, written by the one <see cref="SnapshotWriter"/> the repository has: UTF-8 without a
/// byte order mark, as docs/ghl-links.md promises.
/// </summary>
internal static class SnapshotBytes
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A one-location snapshot of <paramref name="location"/>.</summary>
    public static byte[] Of(LocationContent location) => Utf8.GetBytes(SnapshotWriter.Write(location.LocationId, location.Entries, location.DeletedEntries));

    /// <summary>A many-location snapshot of <paramref name="locations"/> (sorted by name by the writer).</summary>
    public static byte[] Of(IEnumerable<SnapshotLocationEntry> locations) => Utf8.GetBytes(SnapshotWriter.WriteLocations(locations));
}
