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
/// does not apply: a template has no constant to use. One linear pass over the text.
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
            (string Id, Rules.RuleSeverity Severity, string Message, string[] Args)? rule =
                // The template's own text (the field, an id of any length) is made safe here, as StringAnalysis does for
                // C# strings; the snapshot's descriptions come from KnownLinks already safe.
                !match.IsWellFormed ? (R.MalformedTriggerLink.Id, R.MalformedTriggerLink.Severity, R.MalformedTriggerLink.Message, [MessageText.Field(text.Substring(match.Start, match.Length)), match.Problem!]) :
                links is null || links.TryGet(match.Id!, out _) ? null :
                links.TryGetDeleted(match.Id!, out KnownDeletedLink deleted) ? (R.DeletedTriggerLink.Id, R.DeletedTriggerLink.Severity, R.DeletedTriggerLink.Message, [deleted.Description, MessageText.Safe(match.Id!)]) :
                (R.UnknownTriggerLink.Id, R.UnknownTriggerLink.Severity, R.UnknownTriggerLink.Message, [MessageText.Safe(match.Id!), links.LocationDescription]);
            if (rule is { } found)
            {
                lines ??= new LineMap(text);
                findings.Add(new TemplateFinding(found.Id, found.Severity, found.Message, match.Start, match.Length, lines.Position(match.Start), lines.Position(match.End), found.Args));
            }
        }

        return findings;
    }
}
