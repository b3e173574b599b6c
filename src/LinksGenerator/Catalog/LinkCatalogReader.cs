using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Collections;
using LinksGenerator.Rules;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Catalog;

/// <summary>
/// Reads a snapshot's text (with <see cref="SnapshotReader"/>) and decides what it means: which entries are usable links
/// (LNK101 for the rest), what each member is called (<see cref="MemberNamer"/>; LNK102 when the name had to change), or
/// why the file cannot be read at all (LNK100).
/// </summary>
internal static class LinkCatalogReader
{
    public static LinkCatalog Read(string text)
    {
        SnapshotReadResult result = SnapshotReader.Read(text);
        if (result.Document is not { } document)
        {
            SnapshotReadError error = result.Error!;
            var issue = Issue(TriggerLinkRules.SnapshotUnreadable.Id, new TextRange(error.Offset, 0), error.Message);
            return new LinkCatalog(false, null, EquatableArray<TriggerLink>.Empty, new EquatableArray<SnapshotIssue>(new[] { issue }));
        }

        return Interpret(document);
    }

    /// <summary>What a document that could be read means.</summary>
    public static LinkCatalog Interpret(SnapshotDocument document)
    {
        var issues = new List<SnapshotIssue>();
        string? locationId = document.EffectiveLocationId;
        var usable = new List<(SnapshotLink Entry, string FieldKey)>(document.Links.Count);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);

        foreach (SnapshotLink entry in document.Links)
        {
            if (string.IsNullOrEmpty(entry.Id))
            {
                issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, entry.Range, $"a link{DescribeName(entry)} has no id, so it is skipped"));
                continue;
            }

            string id = entry.Id!;
            TextRange idRange = entry.IdRange ?? entry.Range;
            if (!MergeField.IsValidId(id))
            {
                issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, idRange, $"the id '{id}' is not a HighLevel id (letters, digits, '_' and '-' only), so the link is skipped"));
                continue;
            }

            if (!seenIds.Add(id))
            {
                issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, idRange, $"the id '{id}' appears more than once; only its first entry is used"));
                continue;
            }

            string expected = MergeField.For(id);
            string fieldKey = entry.FieldKey ?? expected;
            if (entry.FieldKey is null)
            {
                issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, entry.Range, $"the link '{id}' has no fieldKey; its constant uses {expected}"));
            }
            else if (!string.Equals(entry.FieldKey, expected, StringComparison.Ordinal))
            {
                issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, entry.FieldKeyRange ?? entry.Range, $"the fieldKey of link '{id}' is '{entry.FieldKey}', not {expected}"));
            }

            if (entry.LocationId is not null && locationId is not null && !string.Equals(entry.LocationId, locationId, StringComparison.Ordinal))
            {
                issues.Add(Issue(TriggerLinkRules.SnapshotEntryIssue.Id, idRange, $"the link '{id}' belongs to location '{entry.LocationId}', not to the snapshot's location '{locationId}'"));
            }

            usable.Add((entry, fieldKey));
        }

        IReadOnlyDictionary<string, MemberName> names = MemberNamer.Assign(usable.Select(u => (u.Entry.Id!, u.Entry.Name)).ToList());
        var links = new List<TriggerLink>(usable.Count);
        foreach (var (entry, fieldKey) in usable)
        {
            MemberName name = names[entry.Id!];
            if (name.ChangeReason is { } reason)
            {
                issues.Add(Issue(TriggerLinkRules.MemberRenamed.Id, entry.NameRange ?? entry.IdRange ?? entry.Range, entry.Name ?? "", entry.Id!, name.Value, reason));
            }

            links.Add(new TriggerLink(entry.Id!, name.Value, fieldKey, entry.Name, entry.RedirectTo));
        }

        links.Sort((a, b) => string.CompareOrdinal(a.MemberName, b.MemberName));
        return new LinkCatalog(true, locationId, links.ToEquatableArray(), issues.ToEquatableArray());
    }

    private static string DescribeName(SnapshotLink entry) => entry.Name is null ? "" : $" named '{entry.Name}'";

    private static SnapshotIssue Issue(string id, TextRange range, params string[] args) => new(id, range, new EquatableArray<string>(args));
}
