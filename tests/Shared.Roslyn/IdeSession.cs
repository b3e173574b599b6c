using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using LinksGenerator.Analyzer;
using LinksGenerator.Generator;
using LinksGenerator.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Testing;

/// <summary>What an editing session did: how often the snapshot was parsed, how often TriggerLinks was regenerated, how long it took.</summary>
public sealed record IdeSessionResult(int Compilations, int SnapshotParses, int Regenerations, int AnalyzerDiagnostics, TimeSpan Elapsed, TimeSpan AnalyzerElapsed);

/// <summary>
/// Replays what an IDE does while someone types: a new compilation per keystroke (one file edited), the generator
/// driver carried over from the previous run, and the analyzer run on each compilation. Shared by the incremental tests
/// and the incremental benchmark (tests/Shared.Roslyn).
/// </summary>
public static class IdeSession
{
    /// <param name="snapshotText">The snapshot; use content no other code in the process parses, so the count is this session's.</param>
    /// <param name="freshSnapshotInstance">Give every compilation a new AdditionalText with the same content (a reload), instead of the IDE's usual same instance.</param>
    /// <param name="editedSource">The file being typed in; by default a one-constant class.</param>
    public static IdeSessionResult Run(string snapshotText, int compilations, bool freshSnapshotInstance, MetadataReference[] references, string? editedSource = null)
    {
        int parsesBefore = SnapshotCache.ParseCount;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree edited = CSharpSyntaxTree.ParseText(editedSource ?? "namespace Consumer { public static class Typing { public const string Text = \"\"; } }", parseOptions, "/project/Typing.cs");
        SyntaxTree user = CSharpSyntaxTree.ParseText("namespace Consumer { public static class Use { public const string Sms = \"Book: {{trigger_link.missingLink}}\"; } }", parseOptions, "/project/Use.cs");
        CSharpCompilation compilation = CSharpCompilation.Create("Consumer", [edited, user], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        AdditionalText snapshot = new TextAdditionalText("/project/links.snapshot.json", snapshotText);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new TriggerLinksGenerator().AsSourceGenerator()],
            [snapshot],
            parseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        int regenerations = 0;
        int diagnostics = 0;
        var analyzerClock = new Stopwatch();
        var clock = Stopwatch.StartNew();
        for (int keystroke = 0; keystroke < compilations; keystroke++)
        {
            if (freshSnapshotInstance && keystroke > 0)
            {
                AdditionalText reloaded = new TextAdditionalText(snapshot.Path, snapshotText);
                driver = driver.ReplaceAdditionalText(snapshot, reloaded);
                snapshot = reloaded;
            }

            SyntaxTree typed = edited.WithChangedText(edited.GetText().WithChanges(new TextChange(new TextSpan(edited.Length - 4, 0), " ")));
            compilation = compilation.ReplaceSyntaxTree(edited, typed);
            edited = typed;

            driver = driver.RunGenerators(compilation);
            GeneratorRunResult run = driver.GetRunResult().Results.Single();
            bool regenerated = run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Any(output => output.Reason != IncrementalStepRunReason.Cached);
            regenerations += keystroke > 0 && regenerated ? 1 : 0;

            var options = new AnalyzerOptions([snapshot]);
            analyzerClock.Start();
            ImmutableArray<Diagnostic> found = compilation.WithAnalyzers([new TriggerLinkAnalyzer()], options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            analyzerClock.Stop();
            diagnostics += found.Length;
        }

        clock.Stop();
        return new IdeSessionResult(compilations, SnapshotCache.ParseCount - parsesBefore, regenerations, diagnostics, clock.Elapsed, analyzerClock.Elapsed);
    }

    /// <summary>A snapshot with <paramref name="links"/> links and a marker only this session uses, so its parses are countable.</summary>
    public static string UniqueSnapshot(int links) =>
        LinksGenerator.Snapshot.SnapshotWriter.Write(
            "session-" + Guid.NewGuid().ToString("N"),
            Enumerable.Range(0, links).Select(i => new LinksGenerator.Snapshot.SnapshotEntry($"link{i}", $"Link {i}", $"https://example.com/{i}", $"{{{{trigger_link.link{i}}}}}")));
}
