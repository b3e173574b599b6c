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
/// does not apply: a template has no constant to use. One linear pass over the text (two for text with NULs between its
/// letters, UTF-16 or UTF-32 read as UTF-8).
/// </summary>
internal static class TemplateChecker
{
    /// <param name="text">The template's text, decoded (a BOM already dropped).</param>
    /// <param name="links">The snapshot's links; null without a readable snapshot, when only malformed fields can be judged.</param>
    public static List<TemplateFinding> Check(string text, KnownLinks? links)
    {
        if (text.IndexOf(MergeField.Marker, System.StringComparison.Ordinal) < 0)
        {
            // A template saved as UTF-16 or UTF-32 without a byte order mark is read as UTF-8: text with NULs between its
            // letters, in which no field is spelled. Its fields are found with the NULs passed over, and reported where
            // they stand in the text as read.
            return text.IndexOf('\0') < 0 ? [] : Check(WithoutNuls(text, out int[] places), text, places, links);
        }

        return Check(text, text, null, links);
    }

    /// <summary>The findings of <paramref name="scanned"/>, placed in <paramref name="text"/>: at <paramref name="places"/>, the text's index of each scanned character, when it is not the text itself.</summary>
    private static List<TemplateFinding> Check(string scanned, string text, int[]? places, KnownLinks? links)
    {
        var findings = new List<TemplateFinding>();
        if (scanned.IndexOf(MergeField.Marker, System.StringComparison.Ordinal) < 0)
        {
            return findings;
        }

        var matches = new List<MergeFieldMatch>();
        MergeFieldScanner.ScanText(scanned, matches);
        LineMap? lines = null;
        foreach (MergeFieldMatch match in matches)
        {
            (string Id, Rules.RuleSeverity Severity, string Message, string[] Args)? rule =
                // The template's own text (the field, an id of any length) is made safe here, as StringAnalysis does for
                // C# strings; the snapshot's descriptions come from KnownLinks already safe.
                !match.IsWellFormed ? (R.MalformedTriggerLink.Id, R.MalformedTriggerLink.Severity, R.MalformedTriggerLink.Message, [MessageText.Field(scanned.Substring(match.Start, match.Length)), match.Problem!]) :
                links is null || links.TryGet(match.Id!, out _) ? null :
                links.TryGetDeleted(match.Id!, out KnownDeletedLink deleted) ? (R.DeletedTriggerLink.Id, R.DeletedTriggerLink.Severity, R.DeletedTriggerLink.Message, [deleted.Description, MessageText.Safe(match.Id!)]) :
                (R.UnknownTriggerLink.Id, R.UnknownTriggerLink.Severity, R.UnknownTriggerLink.Message, [MessageText.Safe(match.Id!), links.PlaceOfUnknown(match.Id!)]);
            if (rule is { } found)
            {
                int start = places is null ? match.Start : places[match.Start];
                int end = places is null ? match.End : places[match.End - 1] + 1;
                lines ??= new LineMap(text);
                findings.Add(new TemplateFinding(found.Id, found.Severity, found.Message, start, end - start, lines.Position(start), lines.Position(end), found.Args));
            }
        }

        return findings;
    }

    /// <summary><paramref name="text"/> without its NULs, and where in it each character that is left stands.</summary>
    private static string WithoutNuls(string text, out int[] places)
    {
        var letters = new System.Text.StringBuilder(text.Length);
        places = new int[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\0')
            {
                places[letters.Length] = i;
                letters.Append(text[i]);
            }
        }

        return letters.ToString();
    }
}
