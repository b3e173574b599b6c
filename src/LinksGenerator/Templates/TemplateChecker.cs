using System.Collections.Generic;
using LinksGenerator.Catalog;
using LinksGenerator.Fields;
using LinksGenerator.Rules;
using LinksGenerator.Snapshot;
using R = LinksGenerator.Rules.TriggerLinkRules;

namespace LinksGenerator.Templates;

/// <summary>
/// The rules for template files (email HTML, SMS text, Liquid, Markdown): LNK001 for an id the snapshot does not know,
/// LNK004 for a deleted one, LNK003 for a field HighLevel will not replace (single, unbalanced or encoded braces). LNK002
/// does not apply: a template has no constant to use. One linear pass over the text, or none when the build scanned the
/// template already (<see cref="TemplateScan"/>): both judge each field by the same rule.
/// </summary>
internal static class TemplateChecker
{
    /// <param name="text">The template's text, decoded (a BOM already dropped).</param>
    /// <param name="links">The snapshot's links; null without a readable snapshot, when only malformed fields can be judged.</param>
    public static List<TemplateFinding> Check(string text, KnownLinks? links)
    {
        var findings = new List<TemplateFinding>();
        if (text.IndexOf(MergeField.Marker, System.StringComparison.Ordinal) < 0)
        {
            return findings;
        }

        var matches = new List<MergeFieldMatch>();
        MergeFieldScanner.ScanText(text, matches);
        LineMap? lines = null;
        foreach (MergeFieldMatch match in matches)
        {
            // Lines are counted only for a field with a finding: most templates have none.
            if (Judge(match.Id, match.Problem, match.IsWellFormed ? null : text.Substring(match.Start, match.Length), links) is { } found)
            {
                lines ??= new LineMap(text);
                findings.Add(new TemplateFinding(found.Id, found.Severity, found.Message, match.Start, match.Length, lines.Position(match.Start), lines.Position(match.End), found.Args));
            }
        }

        return findings;
    }

    /// <summary>The findings of a template scanned beforehand, from its fields alone: the same as <see cref="Check(string, KnownLinks?)"/> on its text.</summary>
    public static List<TemplateFinding> Check(IReadOnlyList<ScannedField> fields, KnownLinks? links)
    {
        var findings = new List<TemplateFinding>();
        foreach (ScannedField field in fields)
        {
            if (Judge(field.Id, field.Problem, field.Text, links) is { } found)
            {
                findings.Add(new TemplateFinding(found.Id, found.Severity, found.Message, field.Start, field.Length, field.From, field.To, found.Args));
            }
        }

        return findings;
    }

    /// <summary>The rule a field breaks, if any: a well-formed one has an <paramref name="id"/>, a malformed one its <paramref name="problem"/> and <paramref name="fieldText"/>.</summary>
    private static (string Id, RuleSeverity Severity, string Message, string[] Args)? Judge(string? id, string? problem, string? fieldText, KnownLinks? links) =>
        // The template's own text (the field, an id of any length) is made safe here, as StringAnalysis does for C#
        // strings; the snapshot's descriptions come from KnownLinks already safe.
        id is null ? (R.MalformedTriggerLink.Id, R.MalformedTriggerLink.Severity, R.MalformedTriggerLink.Message, [MessageText.Field(fieldText!), problem!]) :
        links is null || links.TryGet(id, out _) ? null :
        links.TryGetDeleted(id, out KnownDeletedLink deleted) ? (R.DeletedTriggerLink.Id, R.DeletedTriggerLink.Severity, R.DeletedTriggerLink.Message, [deleted.Description, MessageText.Safe(id)]) :
        (R.UnknownTriggerLink.Id, R.UnknownTriggerLink.Severity, R.UnknownTriggerLink.Message, [MessageText.Safe(id), links.LocationDescription]);
}
