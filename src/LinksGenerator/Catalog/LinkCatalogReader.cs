using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Collections;
using LinksGenerator.Rules;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Catalog;

/// <summary>
/// Reads a snapshot's text (with <see cref="SnapshotReader"/>) and decides what it means: which entries are usable links
/// (LNK101 for the rest), what each member is called (<see cref="MemberNamer"/>; LNK102 when the name had to change),
/// what the history keeps (<see cref="HistoryNamer"/>), or why the file cannot be read at all (LNK100).
/// </summary>
internal static class LinkCatalogReader
{
    public static LinkCatalog Read(string text)
    {
        SnapshotReadResult result = SnapshotReader.Read(text);
        if (result.Document is not { } document)
        {
            SnapshotReadError error = result.Error!;
            return LinkCatalog.Unreadable(Issue(TriggerLinkRules.SnapshotUnreadable.Id, new TextRange(error.Offset, 0), error.Message));
        }

        return Interpret(document);
    }

    /// <summary>What a document that could be read means.</summary>
    public static LinkCatalog Interpret(SnapshotDocument document)
    {
        var issues = new List<SnapshotIssue>();
        foreach (SnapshotProblem problem in document.Problems)
        {
            issues.Add(HistoryIssue(problem.Range, problem.Message + "; the links themselves are kept"));
        }

        string? locationId = document.EffectiveLocationId;
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var usable = new List<(SnapshotLink Entry, string FieldKey, IReadOnlyList<string> FormerNames)>(document.Links.Count);
        foreach (SnapshotLink entry in document.Links)
        {
            if (UsableId(entry, "a link", seenIds, issues) is not { } id)
            {
                continue;
            }

            TextRange idRange = entry.IdRange ?? entry.Range;
            string fieldKey = FieldKey(entry, id, issues);
            if (entry.LocationId is not null && locationId is not null && !string.Equals(entry.LocationId, locationId, StringComparison.Ordinal))
            {
                issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, idRange, $"the link '{id}' belongs to location '{entry.LocationId}', not to the snapshot's location '{locationId}'"));
            }

            usable.Add((entry, fieldKey, FormerNames(entry, id, issues)));
        }

        IReadOnlyDictionary<string, MemberName> names = MemberNamer.Assign(usable.Select(u => (u.Entry.Id!, u.Entry.Name)).ToList());
        var links = new List<TriggerLink>(usable.Count);
        foreach (var (entry, fieldKey, _) in usable)
        {
            MemberName name = names[entry.Id!];
            if (name.ChangeReason is { } reason)
            {
                issues.Add(Issue(TriggerLinkRules.MemberRenamed.Id, entry.NameRange ?? entry.IdRange ?? entry.Range, entry.Name ?? "", entry.Id!, name.Value, reason));
            }

            links.Add(new TriggerLink(entry.Id!, name.Value, fieldKey, entry.Name, entry.RedirectTo));
        }

        List<(SnapshotLink Entry, string FieldKey)> deleted = UsableDeletedLinks(document, seenIds, issues);
        HistoryNamer.Names history = HistoryNamer.Assign(
            names.Values.Select(n => n.Value).ToList(),
            usable.Where(u => u.FormerNames.Count > 0).Select(u => new HistoryNamer.Renamed(u.Entry.Id!, names[u.Entry.Id!].Value, u.Entry.Name, u.FormerNames)),
            deleted.Select(d => (d.Entry.Id!, d.Entry.Name)));

        var currentNames = links.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var aliases = history.Aliases
            .Select(a => new LinkAlias(a.Member, currentNames[a.Id].MemberName, a.Id, a.FormerName, currentNames[a.Id].Name))
            .OrderBy(a => a.MemberName, StringComparer.Ordinal)
            .ToEquatableArray();
        var deletedLinks = deleted
            .Select(d => new DeletedLink(d.Entry.Id!, d.Entry.Name, d.Entry.RedirectTo, d.FieldKey, history.Tombstones.TryGetValue(d.Entry.Id!, out string? member) ? member : null))
            .OrderBy(d => d.TombstoneMember, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();

        links.Sort((a, b) => string.CompareOrdinal(a.MemberName, b.MemberName));
        return new LinkCatalog(true, locationId, links.ToEquatableArray(), aliases, deletedLinks, issues.ToEquatableArray());
    }

    /// <summary>The entry's id when it is usable and seen for the first time; otherwise LNK101 and null.</summary>
    private static string? UsableId(SnapshotLink entry, string what, HashSet<string> seenIds, List<SnapshotIssue> issues, bool history = false)
    {
        if (string.IsNullOrEmpty(entry.Id))
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, entry.Range, $"{what}{DescribeName(entry)} has no id, so it is skipped") with { AboutHistory = history });
            return null;
        }

        string id = entry.Id!;
        TextRange idRange = entry.IdRange ?? entry.Range;
        if (!MergeField.IsValidId(id))
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, idRange, $"the id '{id}' is not a HighLevel id (letters, digits, '_' and '-' only), so the link is skipped") with { AboutHistory = history });
            return null;
        }

        if (!seenIds.Add(id))
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, idRange, $"the id '{id}' appears more than once; only its first entry is used") with { AboutHistory = history });
            return null;
        }

        return id;
    }

    /// <summary>The entry's fieldKey, or the one HighLevel gives its id when it has none (LNK101 for either oddity).</summary>
    private static string FieldKey(SnapshotLink entry, string id, List<SnapshotIssue> issues)
    {
        string expected = MergeField.For(id);
        if (entry.FieldKey is null)
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, entry.Range, $"the link '{id}' has no fieldKey; its constant uses {expected}"));
            return expected;
        }

        if (!string.Equals(entry.FieldKey, expected, StringComparison.Ordinal))
        {
            issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, entry.FieldKeyRange ?? entry.Range, $"the fieldKey of link '{id}' is '{entry.FieldKey}', not {expected}"));
        }

        return entry.FieldKey;
    }

    /// <summary>The former names worth keeping: each once, never the current name (LNK101 for what is left out).</summary>
    private static List<string> FormerNames(SnapshotLink entry, string id, List<SnapshotIssue> issues)
    {
        var kept = new List<string>(entry.FormerNames.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        TextRange range = entry.FormerNamesRange ?? entry.Range;
        foreach (string name in entry.FormerNames)
        {
            if (string.Equals(name, entry.Name, StringComparison.Ordinal))
            {
                issues.Add(HistoryIssue(range, $"the formerNames of link '{id}' list its current name '{name}'; that entry is ignored"));
            }
            else if (!seen.Add(name))
            {
                issues.Add(HistoryIssue(range, $"the formerNames of link '{id}' list '{name}' more than once; it is kept once"));
            }
            else
            {
                kept.Add(name);
            }
        }

        return kept;
    }

    /// <summary>Deleted links with a usable id that no live link has (the live link wins: LNK101).</summary>
    private static List<(SnapshotLink Entry, string FieldKey)> UsableDeletedLinks(SnapshotDocument document, HashSet<string> liveIds, List<SnapshotIssue> issues)
    {
        var deleted = new List<(SnapshotLink, string)>(document.DeletedLinks.Count);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (SnapshotLink entry in document.DeletedLinks)
        {
            if (UsableId(entry, "a deleted link", seenIds, issues, history: true) is not { } id)
            {
                continue;
            }

            if (liveIds.Contains(id))
            {
                issues.Add(HistoryIssue(entry.IdRange ?? entry.Range, $"the link '{id}' is both in links and in deletedLinks; it is live, so its deleted entry is ignored"));
                continue;
            }

            deleted.Add((entry, entry.FieldKey ?? MergeField.For(id)));
        }

        return deleted;
    }

    private static string DescribeName(SnapshotLink entry) => entry.Name is null ? "" : $" named '{entry.Name}'";

    private static SnapshotIssue Issue(string id, TextRange range, params string[] args) => new(id, range, new EquatableArray<string>(args));

    private static SnapshotIssue HistoryIssue(TextRange range, string message) =>
        new(TriggerLinkRules.SnapshotEntryIssue.Id, range, new EquatableArray<string>([message]), AboutHistory: true);
}
