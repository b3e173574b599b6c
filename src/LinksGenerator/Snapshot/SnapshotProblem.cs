namespace LinksGenerator.Snapshot;

/// <summary>A part of a snapshot the reader skipped, why, and where (see <see cref="SnapshotDocument.Problems"/>).</summary>
internal sealed record SnapshotProblem(string Message, TextRange Range);
