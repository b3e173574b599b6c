using System;
using System.Collections.Generic;
using LinksGenerator.Fields;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Templates;

/// <summary>
/// Every trigger-link merge field of a template's text, placed (<see cref="ScannedField"/>): the scan a build makes before
/// the compiler runs (the package's ScanTemplates task, docs/templates.md), so that the compiler need not read the
/// templates again, and the analyzer judges what it found (TemplateChecker).
/// </summary>
internal static class TemplateScan
{
    /// <param name="text">The template's text, decoded (a BOM already dropped).</param>
    public static List<ScannedField> Fields(string text)
    {
        var fields = new List<ScannedField>();
        if (text.IndexOf(MergeField.Marker, StringComparison.Ordinal) < 0)
        {
            return fields;
        }

        var matches = new List<MergeFieldMatch>();
        MergeFieldScanner.ScanText(text, matches);
        LineMap? lines = null;
        foreach (MergeFieldMatch match in matches)
        {
            lines ??= new LineMap(text);
            fields.Add(new ScannedField(
                match.Start,
                match.Length,
                lines.Position(match.Start),
                lines.Position(match.End),
                match.Id,
                match.Problem,
                match.IsWellFormed ? null : text.Substring(match.Start, match.Length)));
        }

        return fields;
    }
}
