using System;
using System.Collections.Generic;
using LinksGenerator.Collections;

namespace LinksGenerator.Catalog;

/// <summary>
/// What one snapshot means: its location, its usable links with their member names (ordered by member name), what it
/// remembers (aliases of former names, deleted links; each ordered by member name, then id) and the problems found.
/// Built once per snapshot content and shared by the generator and the analyzer.
/// </summary>
internal sealed record LinkCatalog(
    bool IsReadable,
    string? LocationId,
    EquatableArray<TriggerLink> Links,
    EquatableArray<LinkAlias> Aliases,
    EquatableArray<DeletedLink> DeletedLinks,
    EquatableArray<SnapshotIssue> Issues)
{
    public static LinkCatalog Unreadable(SnapshotIssue issue) =>
        new(false, null, EquatableArray<TriggerLink>.Empty, EquatableArray<LinkAlias>.Empty, EquatableArray<DeletedLink>.Empty, new EquatableArray<SnapshotIssue>([issue]));

    /// <summary>The links keyed by id, for the analyzer's lookups.</summary>
    public Dictionary<string, TriggerLink> CreateIdIndex()
    {
        var index = new Dictionary<string, TriggerLink>(Links.Count, StringComparer.Ordinal);
        foreach (TriggerLink link in Links)
        {
            index[link.Id] = link;
        }

        return index;
    }
}
