using System.Collections.Generic;

namespace LinksGenerator.Snapshot;

/// <summary>
/// One entry of <c>locations</c> (a many-location snapshot) as the file spells it: the user's <see cref="Name"/> for the
/// location, its HighLevel id, and its links and deleted links. A missing name or id is for consumers to judge.
/// </summary>
internal sealed record SnapshotLocation(
    string? Name,
    string? LocationId,
    IReadOnlyList<SnapshotLink> Links,
    IReadOnlyList<SnapshotLink> DeletedLinks,
    TextRange Range,
    TextRange? NameRange);
