namespace LinksGenerator.Snapshot;

/// <summary>
/// Why a snapshot could not be read, and where: <paramref name="Offset"/> in UTF-16 units, 1-based line and column.
/// <paramref name="WrittenByNewerVersion"/> when its schemaVersion is newer than this code reads: the file is likely fine,
/// and only an update reads it.
/// </summary>
internal sealed record SnapshotReadError(string Message, int Offset, int Line, int Column, bool WrittenByNewerVersion = false)
{
    /// <summary>Whether the file holds git's merge conflict markers (<see cref="MergeConflict"/>); the position is the first one's.</summary>
    public bool IsMergeConflict { get; init; }

    public override string ToString() => $"({Line},{Column}): {Message}";
}
