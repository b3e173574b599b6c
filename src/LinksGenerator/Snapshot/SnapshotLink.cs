namespace LinksGenerator.Snapshot;

/// <summary>
/// One entry of <c>links</c> exactly as the file spells it: every property is optional, and a JSON <c>null</c> reads
/// as absent. Judging whether the entry is usable is the consumers' job, not the reader's.
/// </summary>
internal sealed record SnapshotLink(
    string? Id,
    string? Name,
    string? RedirectTo,
    string? FieldKey,
    string? LocationId,
    TextRange Range,
    TextRange? IdRange,
    TextRange? NameRange,
    TextRange? FieldKeyRange);
