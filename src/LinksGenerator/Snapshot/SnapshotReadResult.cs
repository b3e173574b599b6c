namespace LinksGenerator.Snapshot;

/// <summary>Either a document or the first error found; never both.</summary>
internal sealed class SnapshotReadResult
{
    private SnapshotReadResult(SnapshotDocument? document, SnapshotReadError? error)
    {
        Document = document;
        Error = error;
    }

    public SnapshotDocument? Document { get; }

    public SnapshotReadError? Error { get; }

    public bool Succeeded => Document is not null;

    public static SnapshotReadResult Success(SnapshotDocument document) => new(document, null);

    public static SnapshotReadResult Failure(SnapshotReadError error) => new(null, error);
}
