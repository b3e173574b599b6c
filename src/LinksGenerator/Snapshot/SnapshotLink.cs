using System.Collections.Generic;

namespace LinksGenerator.Snapshot;

/// <summary>
/// One entry of <c>links</c> (or <c>deletedLinks</c>) exactly as the file spells it: every property is optional, and a
/// JSON <c>null</c> reads as absent. <see cref="Id"/> is <c>id</c>, or <c>_id</c> when <c>id</c> is absent.
/// <see cref="FormerNames"/> is empty when the file has none (or none that could be read: see
/// <see cref="SnapshotDocument.Problems"/>). Judging whether the entry is usable is the consumers' job, not the reader's.
/// <see cref="FormerNameRanges"/> holds where each former name is, one per name, when read from a text.
/// </summary>
/// <remarks>
/// A <c>fieldKey</c> that is the id's own (<see cref="MergeField.For"/>, nearly every link's) is kept as a flag and
/// made again when asked for, as <see cref="SnapshotEntry"/> does: a 50-location file's document holds 50,000 links,
/// and their fieldKeys were 5 MB of it (docs/benchmarks.md, "ghl-links pull"). The id cannot be changed with
/// <c>with</c>, as a new id would change what the flag means.
/// </remarks>
internal sealed record SnapshotLink(
    string? Id,
    string? Name,
    string? RedirectTo,
    string? FieldKey,
    string? LocationId,
    IReadOnlyList<string> FormerNames,
    TextRange Range,
    TextRange? IdRange,
    TextRange? NameRange,
    TextRange? FieldKeyRange,
    TextRange? FormerNamesRange,
    IReadOnlyList<TextRange>? FormerNameRanges = null)
{
    public string? Id { get; } = Id;

    /// <summary>The link's <c>fieldKey</c>, null when it has none; the id's own is built on each call.</summary>
    public string? FieldKey => StoredFieldKey.For(Id);

    /// <summary>Whether the <c>fieldKey</c> is the one HighLevel gives the id (<see cref="MergeField.For"/>), known without building it.</summary>
    public bool HasIdsOwnFieldKey => StoredFieldKey.IsTheIds;

    /// <summary>The <c>fieldKey</c> as kept, for an entry made of this link (<see cref="SnapshotEntry.Of"/>).</summary>
    public StoredFieldKey StoredFieldKey { get; } = StoredFieldKey.Of(FieldKey, Id);
}
