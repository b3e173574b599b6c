using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>One build's -p:ReportAnalyzer=true figures: our analyzer's and generator's attributed seconds, and the Csc task's.</summary>
public sealed record AnalyzerShare(double AnalyzerSeconds, double GeneratorSeconds, double CscSeconds)
{
    public double Share => (AnalyzerSeconds + GeneratorSeconds) / CscSeconds;
}

/// <summary>
/// Our share of the compiler's time as the compiler itself reports it: builds of the 500-file project with
/// -p:ReportAnalyzer=true (per-analyzer and per-generator execution time) and MSBuild's performance summary (the Csc
/// task's time). A source file changes before each build so the compiler really runs.
/// </summary>
public static partial class AnalyzerShareBenchmark
{
    public static async Task<IReadOnlyList<AnalyzerShare>> Run(string project, LocalPackageFeed feed, int builds, Action<string> log)
    {
        string directory = Path.GetDirectoryName(project)!;
        (await ProcessRunner.Dotnet(directory, feed.Environment, "build", project)).EnsureSuccess("warm-up build");
        var shares = new List<AnalyzerShare>();
        for (int i = 0; i < builds; i++)
        {
            File.WriteAllText(Path.Combine(directory, "Touched.cs"), $"internal static class Touched {{ public const int Run = {i}; }}\n");
            ProcessResult build = (await ProcessRunner.Dotnet(directory, feed.Environment, "build", project, "--no-restore", "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary"))
                .EnsureSuccess("ReportAnalyzer build");
            var share = new AnalyzerShare(Seconds(build.Output, AnalyzerLine()), Seconds(build.Output, GeneratorLine()), Milliseconds(build.Output, CscLine()) / 1000);
            log($"  build {i + 1}/{builds}: analyzer {share.AnalyzerSeconds:F3} s, generator {share.GeneratorSeconds:F3} s, Csc {share.CscSeconds:F2} s: {share.Share:P2}");
            shares.Add(share);
        }

        return shares;
    }

    public static string Table(IReadOnlyList<AnalyzerShare> shares, double budget)
    {
        var table = new StringBuilder("\n| build | TriggerLinkAnalyzer | TriggerLinksGenerator | Csc task | our share |\n|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < shares.Count; i++)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {i + 1} | {shares[i].AnalyzerSeconds:F3} s | {shares[i].GeneratorSeconds:F3} s | {shares[i].CscSeconds:F2} s | {shares[i].Share:P2} |\n");
        }

        double median = Medians.Of(shares.Select(s => s.Share));
        table.Append(CultureInfo.InvariantCulture, $"\nMedian share {median:P2} (range {shares.Min(s => s.Share):P2}–{shares.Max(s => s.Share):P2}), budget ≤ {budget:P0}: {(median <= budget ? "within budget" : "OVER BUDGET")}.\n");
        return table.ToString();
    }

    private static double Seconds(string output, Regex line) =>
        line.Match(output) is { Success: true } match ? double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"no line matching {line} in the build output");

    private static double Milliseconds(string output, Regex line) => Seconds(output, line);

    [GeneratedRegex(@"(?<value>[0-9]+\.[0-9]+)\s+[0-9]+\s+LinksGenerator\.Analyzer\.TriggerLinkAnalyzer")]
    private static partial Regex AnalyzerLine();

    [GeneratedRegex(@"(?<value>[0-9]+\.[0-9]+)\s+[0-9]+\s+LinksGenerator\.Generator\.TriggerLinksGenerator")]
    private static partial Regex GeneratorLine();

    [GeneratedRegex(@"(?<value>[0-9]+) ms\s+Csc\s+[0-9]+ calls")]
    private static partial Regex CscLine();
}
