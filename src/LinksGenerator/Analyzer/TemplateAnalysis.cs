using System;
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
/// template's own file, line and column.
/// </summary>
internal sealed class TemplateAnalysis(KnownLinks? links, TemplateFiles templates)
{
    public void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        AdditionalText file = context.AdditionalFile;
        if (!templates.IsTemplate(file.Path))
        {
            return;
        }

        try
        {
            if (file.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            foreach (TemplateFinding finding in TemplateChecker.Check(text.ToString(), links))
            {
                var span = new TextSpan(finding.Start, finding.Length);
                var lines = new LinePositionSpan(new LinePosition(finding.From.Line, finding.From.Character), new LinePosition(finding.To.Line, finding.To.Character));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ById[finding.RuleId], Location.Create(file.Path, span, lines), finding.MessageArgs));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Deliberately swallowed: an analyzer that throws is AD0001 and stops all its diagnostics; a missed finding in
            // one template is the lesser harm.
        }
    }
}
