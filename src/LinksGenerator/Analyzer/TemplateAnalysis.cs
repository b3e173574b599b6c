using System;
using System.Collections.Generic;
using LinksGenerator.Catalog;
using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;
using LinksGenerator.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Analyzer;

/// <summary>
/// The per-compilation half of the template rules: each AdditionalFile the project lists as a template is checked by the shared
/// <see cref="TemplateChecker"/> (the same code <c>ghl-links lint</c> runs), and each finding is reported at the
/// template's own file, line and column. A template listed for a location is judged by that location's links; for two,
/// by each one's (a trigger link is one location's, so a template for both can hold none).
/// </summary>
internal sealed class TemplateAnalysis(KnownLinks? links, TemplateFiles templates)
{
    public void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        AdditionalText file = context.AdditionalFile;
        if (!templates.IsTemplate(file.Path, out IReadOnlyList<string> locations))
        {
            return;
        }

        try
        {
            if (file.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            string content = text.ToString();
            var reported = new HashSet<(string RuleId, int Start, string Message)>();
            foreach (KnownLinks? scope in Scopes(locations, file.Path, context))
            {
                foreach (TemplateFinding finding in TemplateChecker.Check(content, scope))
                {
                    // A malformed field, or an id no location has, is the same finding for each location: said once.
                    if (reported.Add((finding.RuleId, finding.Start, string.Join("\n", finding.MessageArgs))))
                    {
                        var span = new TextSpan(finding.Start, finding.Length);
                        var lines = new LinePositionSpan(new LinePosition(finding.From.Line, finding.From.Character), new LinePosition(finding.To.Line, finding.To.Character));
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ById[finding.RuleId], Location.Create(file.Path, span, lines), finding.MessageArgs));
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Deliberately swallowed: an analyzer that throws is AD0001 and stops all its diagnostics; a missed finding in
            // one template is the lesser harm.
        }
    }

    /// <summary>
    /// The links the template is judged by: every location's when its items name none (or there is no snapshot to know
    /// them by), else each named location's. A name the snapshot does not have is LNK010 at the template's start, and the
    /// template is then judged against every location, so no dead link goes unsaid.
    /// </summary>
    private IEnumerable<KnownLinks?> Scopes(IReadOnlyList<string> locations, string path, AdditionalFileAnalysisContext context)
    {
        if (locations.Count == 0 || links is null)
        {
            yield return links;
            yield break;
        }

        bool everyLocation = false;
        foreach (string name in locations)
        {
            if (links.ForLocation(name) is { } scope)
            {
                yield return scope;
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TemplateLocationUnknown,
                Location.Create(path, default, default),
                Rules.MessageText.Safe(name),
                links.Catalog.ManyLocations ? $"set it to one of {links.LocationNames}" : "the snapshot is of one location, whose links every template may use: remove the Location"));
            everyLocation = true;
        }

        if (everyLocation)
        {
            yield return links;
        }
    }
}
