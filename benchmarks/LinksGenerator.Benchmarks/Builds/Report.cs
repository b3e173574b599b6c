using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>Markdown for docs/benchmarks.md.</summary>
public static class Report
{
    public static string Comparison(ComparisonResult result, double budget)
    {
        static string Seconds(double s) => s.ToString("F2", CultureInfo.InvariantCulture) + " s";
        string samples(System.Collections.Generic.IReadOnlyList<double> values) => string.Join(", ", values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)));
        return $"""

            | side | median build | builds (s) |
            |---|---:|---|
            | {result.Baseline.Name} | {Seconds(result.BaselineMedian)} | {samples(result.BaselineSeconds)} |
            | {result.Candidate.Name} | {Seconds(result.CandidateMedian)} | {samples(result.CandidateSeconds)} |

            Ratio {result.Ratio.ToString("F3", CultureInfo.InvariantCulture)} (budget ≤ {budget.ToString("F2", CultureInfo.InvariantCulture)}): {(result.Ratio <= budget ? "within budget" : "OVER BUDGET")}.
            """;
    }

    /// <summary>BenchmarkDotNet's scaling results with the time and allocation per link, which must stay flat.</summary>
    public static string Scaling(Summary summary)
    {
        var table = new System.Text.StringBuilder("| method | links | mean | allocated | time per link | allocated per link |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (BenchmarkReport report in summary.Reports.OrderBy(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name).ThenBy(r => (int)r.BenchmarkCase.Parameters["Links"]))
        {
            int links = (int)report.BenchmarkCase.Parameters["Links"];
            double meanNs = report.ResultStatistics?.Mean ?? double.NaN;
            long bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            table.Append(CultureInfo.InvariantCulture, $"| {report.BenchmarkCase.Descriptor.WorkloadMethod.Name} | {links:N0} | {meanNs / 1e6:F2} ms | {bytes / 1048576.0:F1} MB | {meanNs / links / 1000:F2} µs | {bytes / 1024.0 / links:F2} KB |\n");
        }

        return table.ToString();
    }
}
