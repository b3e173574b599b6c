using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Analyzer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>
/// Runs the analyzer over templates the way the compiler does (CompilationWithAnalyzers, templates named by the list
/// file the package's targets write), and returns every diagnostic, the analyzer's own failures (AD0001) included.
/// </summary>
internal static class TemplateRun
{
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string? snapshot, params (string Path, SourceText Text)[] templates)
    {
        var files = new List<AdditionalText>(templates.Select(t => (AdditionalText)new SourceAdditionalText(t.Path, t.Text)));
        if (snapshot is not null)
        {
            files.Add(new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, snapshot));
        }

        (string listPath, string list) = TemplateList.File(templates.Select(t => t.Path));
        files.Add(new InMemoryAdditionalText(listPath, list));
        var options = new AnalyzerOptions([.. files], new TestOptionsProvider(new Dictionary<string, string> { [LinksGenerator.Configuration.ProjectSettings.TemplateListProperty] = listPath }));
        Compilation compilation = TestCompilation.Create(["class Placeholder { }"]);
        var analyzers = compilation.WithAnalyzers([new TriggerLinkAnalyzer()], new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return await analyzers.GetAllDiagnosticsAsync(CancellationToken.None);
    }

    private sealed class SourceAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
