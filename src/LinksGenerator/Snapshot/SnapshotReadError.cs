namespace LinksGenerator.Snapshot;

/// <summary>Why a snapshot could not be read, and where: <paramref name="Offset"/> in UTF-16 units, 1-based line and column.</summary>
internal sealed record SnapshotReadError(string Message, int Offset, int Line, int Column)
{
    public override string ToString() => $"({Line},{Column}): {Message}";
}
