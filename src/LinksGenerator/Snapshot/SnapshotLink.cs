using System.Collections.Generic;

namespace LinksGenerator.Snapshot;

/// <summary>
/// One entry of <c>links</c> (or <c>deletedLinks</c>) exactly as the file spells it: every property is optional, and a
/// JSON <c>null</c> reads as absent. <see cref="Id"/> is <c>id</c>, or <c>_id</c> when <c>id</c> is absent.
/// <see cref="FormerNames"/> is empty when the file has none (or none that could be read: see
/// <see cref="SnapshotDocument.Problems"/>). Judging whether the entry is usable is the consumers' job, not the reader's.
/// <see cref="FormerNameRanges"/> holds where each former name is, one per name, when read from a text.
/// </summary>
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
    IReadOnlyList<TextRange>? FormerNameRanges = null);
