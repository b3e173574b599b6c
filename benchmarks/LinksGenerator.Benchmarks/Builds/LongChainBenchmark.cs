using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using LinksGenerator.Analyzer;
using LinksGenerator.Testing;
using static LinksGenerator.Testing.ConcatenationSource;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>
/// The analyzer on one <c>+</c> chain thousands of pieces long, which the compiler nests as deep as it is long: each kind
/// of chain the long-concatenation tests judge, at two lengths, so that a cost growing faster than the chain shows as a
/// ratio far above the lengths' (6.25). Our time is the driver's own telemetry of our callbacks; the wall time includes
/// the compiler's binding and the driver's handling of what we report.
/// </summary>
public static class LongChainBenchmark
{
    private const string Known = "n4AriwEnFrGh3tu08W0U";
    private const string Dead = "deadLinkId0000000000";

    /// <summary>Each kind at 16,000 and 100,000 pieces; the last one reports every piece, at fewer.</summary>
    private static readonly (string Kind, int Shorter, int Longer, Func<int, string> Members)[] Kinds =
    [
        ("constant, a field spread over it", 16_000, 100_000, n => $"const string Big = {Chain("\"{{trigger_link.\"", Xs(n - 2), "\"}}\"")};"),
        ("built at run time, a field in its constant start", 16_000, 100_000, n => $"const string Open = \"{{{{trigger_link.\";\nstring Sms(string name) => {Chain("Open", Xs(n - 2), "\"}}\"")} + name;"),
        ("built at run time, a field in one literal", 16_000, 100_000, n => $"string Sms(string name) => {Chain("name", Xs(n - 2), $"\"{{{{trigger_link.{Known}}}}}\"")};"),
        ("a field, then a piece that is not constant", 16_000, 100_000, n => $"const string Open = \"{{{{trigger_link.\";\nstatic readonly string Suffix = \"\";\nstring Sms() => {Chain($"Open + \"{Dead}}}}}\" + Suffix", Xs(n - 3), "\"!\"")};"),
        ("constant names, each holding a field", 16_000, 100_000, n => $"const string Open = \"{{{{trigger_link.\";\nconst string Link = \"{{{{trigger_link.{Known}}}}}\";\nconst string Big = {Chain($"Open + \"{Dead}}}}}\"", Enumerable.Repeat("Link", n - 2), "Link")};"),
        ("a field in every piece (each one reported)", 2_560, 16_000, n => $"const string Big = {Chain(DeadField, Enumerable.Repeat(DeadField, n - 2), "\"x\"")};"),
    ];

    private const string DeadField = $"\"{{{{trigger_link.{Dead}}}}}\"";

    public static string Run(int runs)
    {
        var snapshot = new TextAdditionalText("/project/links.snapshot.json", LinksGenerator.Snapshot.SnapshotWriter.Write(
            "chains",
            [new LinksGenerator.Snapshot.SnapshotEntry(Known, "First tag", "https://example.com/first", $"{{{{trigger_link.{Known}}}}}")]));
        var table = new StringBuilder("| chain | pieces | our callbacks (median) | wall time (median) | diagnostics |\n|---|---:|---:|---:|---:|\n");
        foreach ((string kind, int shorterPieces, int longerPieces, Func<int, string> members) in Kinds)
        {
            double? shorter = null;
            foreach (int pieces in new[] { shorterPieces, longerPieces })
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(
                    $"namespace Consumer {{ public class Messages {{\n{members(pieces)}\n}} }}",
                    new CSharpParseOptions(LanguageVersion.Latest),
                    "/project/Messages.cs");
                var ours = new List<double>();
                var wall = new List<double>();
                int diagnostics = 0;
                for (int run = 0; run < runs; run++)
                {
                    (TimeSpan analyzer, TimeSpan elapsed, int found) = Analyze(tree, snapshot);
                    ours.Add(analyzer.TotalSeconds);
                    wall.Add(elapsed.TotalSeconds);
                    diagnostics = found;
                }

                double median = Medians.Of(ours);
                string growth = shorter is { } before ? $" ({median / before:F1}× the {shorterPieces:N0}-piece time)" : "";
                table.Append(CultureInfo.InvariantCulture, $"| {kind} | {pieces:N0} | {median:F3} s{growth} | {Medians.Of(wall):F2} s | {diagnostics} |\n");
                shorter = median;
            }
        }

        return table.ToString();
    }

    private static (TimeSpan Analyzer, TimeSpan Elapsed, int Diagnostics) Analyze(SyntaxTree tree, AdditionalText snapshot)
    {
        CSharpCompilation compilation = CSharpCompilation.Create("Consumer", [tree], FrameworkReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new TriggerLinkAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            [analyzer],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([snapshot]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var clock = Stopwatch.StartNew();
        ImmutableArray<Diagnostic> found = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        clock.Stop();
        TimeSpan ours = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        return (ours, clock.Elapsed, found.Length);
    }

}
