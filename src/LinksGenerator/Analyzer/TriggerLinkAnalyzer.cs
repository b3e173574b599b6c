using System.Collections.Immutable;
using LinksGenerator.Catalog;
using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;
using LinksGenerator.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Analyzer;

/// <summary>
/// LNK001–LNK004: judges every C# string by its value — literals of every form, interpolated text, and constant-folded
/// concatenations — and every template file the project lists as <c>TriggerLinksTemplate</c>, against the trigger-link
/// snapshot. Generated code (including TriggerLinks itself) is skipped.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TriggerLinkAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownTriggerLink,
        DiagnosticDescriptors.KnownTriggerLink,
        DiagnosticDescriptors.MalformedTriggerLink,
        DiagnosticDescriptors.DeletedTriggerLink,
        DiagnosticDescriptors.TemplateLocationUnknown);

    public override void Initialize(AnalysisContext context)
    {
        // Generated files are skipped by the actions themselves (GeneratedFiles), not by the driver: the driver's own filter
        // looks up generated-code attributes for every reported diagnostic, and that binding cost more than all our work.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            KnownLinks? links = FindKnownLinks(start.Options, start.CancellationToken);
            var settings = ProjectSettings.From(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var analysis = new StringAnalysis(links, settings, new GeneratedClass(start.Compilation, settings.Namespace, links?.Catalog, start.CancellationToken));

            // One action per file each, starting with a text search: no per-node callbacks for the 100,000 strings of a
            // large project, and the semantic model only for folding candidates (docs/benchmarks.md).
            start.RegisterSyntaxTreeAction(new StringsInTree(analysis, start.Compilation).Analyze);
            start.RegisterSemanticModelAction(new FoldingCandidates(analysis, new FoldingNames()).Analyze);
            string? templateList = ProjectSettings.TemplateListOf(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            TemplateFiles templates = TemplateFiles.Read(start.Options.AdditionalFiles, templateList, start.Compilation.SyntaxTrees, start.CancellationToken);
            if (templates.Count > 0)
            {
                start.RegisterAdditionalFileAction(new TemplateAnalysis(links, templates).AnalyzeFile);
            }
        });
    }

    /// <summary>The snapshot's links, found among AdditionalFiles the same way the generator finds them; null without a readable snapshot.</summary>
    private static KnownLinks? FindKnownLinks(AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
    {
        string? configured = ProjectSettings.ConfiguredSnapshotOf(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        AdditionalText? snapshot = SnapshotFiles.Choose(options.AdditionalFiles, file => SnapshotFiles.Classify(file.Path, configured), file => file.Path);
        SourceText? text = snapshot?.GetText(cancellationToken);
        return text is null ? null : SnapshotCache.GetKnownLinks(text);
    }
}
