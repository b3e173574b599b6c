using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LinksGenerator.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>The result of one generator run: the generated text, the generator's diagnostics, and the updated compilation.</summary>
internal sealed record GeneratorRun(string? GeneratedSource, ImmutableArray<Diagnostic> Diagnostics, Compilation OutputCompilation, GeneratorDriver Driver)
{
    public IEnumerable<Diagnostic> CompilationErrors =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Runs <see cref="TriggerLinksGenerator"/> the way the compiler does, with a snapshot and MSBuild-like options, and
/// proves on every run that the pipeline caches (<see cref="PipelineCaching"/>).
/// </summary>
internal static class GeneratorHarness
{
    public const string SnapshotPath = "/project/links.snapshot.json";

    private static readonly string[] PlaceholderSources = ["namespace Consumer { internal static class Placeholder { } }"];

    public static GeneratorRun Run(
        string? snapshot,
        string? @namespace = "Consumer",
        IEnumerable<string>? sources = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        IReadOnlyDictionary<string, string>? extraGlobalOptions = null)
    {
        var additionalTexts = snapshot is null ? Enumerable.Empty<AdditionalText>() : new[] { new InMemoryAdditionalText(SnapshotPath, snapshot) };
        return Run(additionalTexts, Options(@namespace, extraGlobalOptions), sources, languageVersion);
    }

    public static GeneratorRun Run(IEnumerable<AdditionalText> additionalTexts, TestOptionsProvider options, IEnumerable<string>? sources = null, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        CSharpCompilation compilation = TestCompilation.Create(sources ?? PlaceholderSources, languageVersion);
        GeneratorDriver driver = CreateDriver(additionalTexts, options, languageVersion);
        return RunDriver(driver, compilation);
    }

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, TestOptionsProvider options, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new TriggerLinksGenerator().AsSourceGenerator() },
            additionalTexts,
            new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator, then checks that a second run on an equal input recomputes nothing (<see cref="PipelineCaching"/>).</summary>
    public static GeneratorRun RunDriver(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        PipelineCaching.AssertRerunIsCached(driver, compilation.Clone());
        string? source = result.GeneratedSources.SingleOrDefault().SourceText?.ToString();
        return new GeneratorRun(source, diagnostics, output, driver);
    }

    public static TestOptionsProvider Options(string? @namespace, IReadOnlyDictionary<string, string>? extra = null)
    {
        var global = new Dictionary<string, string>();
        if (@namespace is not null)
        {
            global["build_property._TriggerLinksNamespaceForCompiler"] = @namespace;
        }

        foreach (var pair in extra ?? new Dictionary<string, string>())
        {
            global[pair.Key] = pair.Value;
        }

        return new TestOptionsProvider(global);
    }
}
