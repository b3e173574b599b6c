using System;
using System.Collections.Generic;

namespace LinksGenerator.Snapshot;

/// <summary>
/// One link as the snapshot stores it. <see cref="FormerNames"/> (schema 2) are its earlier names, oldest first; null or
/// empty when it has none.
/// </summary>
/// <remarks>
/// The <c>fieldKey</c> HighLevel gives nearly every link is the id's own (<see cref="MergeField.For"/>): that one is
/// not kept as a string of its own but made again when asked for, which spares an agency's pull of 50,000 links 5 MB
/// (docs/benchmarks.md, "ghl-links pull"). Kept as the constructor decides, so equal entries have equal fields and
/// the record's equality holds; the id has no <c>init</c>, as a new id would change what the flag means.
/// </remarks>
internal sealed record SnapshotEntry
{
    private readonly StoredFieldKey _fieldKey;

    public SnapshotEntry(string id, string? name, string? redirectTo, string? fieldKey, IReadOnlyList<string>? formerNames = null)
    {
        Id = id;
        Name = name;
        RedirectTo = redirectTo;
        FormerNames = formerNames;
        _fieldKey = StoredFieldKey.Of(fieldKey, id);
    }

    private SnapshotEntry(SnapshotLink link)
    {
        Id = link.Id ?? "";
        Name = link.Name;
        RedirectTo = link.RedirectTo;
        FormerNames = link.FormerNames.Count == 0 ? null : link.FormerNames;
        _fieldKey = link.StoredFieldKey;
    }

    /// <summary>
    /// <paramref name="link"/> as read from a file, as an entry (an entry without an id gets an empty one, one without
    /// former names none, as a pulled link has): its id's own fieldKey is carried as the flag it is, never built.
    /// </summary>
    public static SnapshotEntry Of(SnapshotLink link) => new(link);

    public string Id { get; }

    public string? Name { get; init; }

    public string? RedirectTo { get; init; }

    /// <summary>The link's <c>fieldKey</c>, null when it has none; the id's own is built on each call.</summary>
    public string? FieldKey => _fieldKey.For(Id);

    /// <summary>Whether the <c>fieldKey</c> is the one HighLevel gives the id (<see cref="MergeField.For"/>), known without building it.</summary>
    public bool HasIdsOwnFieldKey => _fieldKey.IsTheIds;

    public IReadOnlyList<string>? FormerNames { get; init; }

    public bool HasFormerNames => FormerNames is { Count: > 0 };

    /// <summary>Whether the two entries have the same <c>fieldKey</c>, compared without building either when both are their ids' own.</summary>
    public static bool SameFieldKey(SnapshotEntry x, SnapshotEntry y) =>
        x._fieldKey.IsTheIds && y._fieldKey.IsTheIds
            ? string.Equals(x.Id, y.Id, StringComparison.Ordinal)
            : string.Equals(x.FieldKey, y.FieldKey, StringComparison.Ordinal);
}
