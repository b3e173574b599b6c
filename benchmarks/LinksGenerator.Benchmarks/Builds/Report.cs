using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>Markdown for docs/benchmarks.md.</summary>
public static class Report
{
    /// <summary>A table of the sides' medians and samples, the ratio of each to the first, and the <see cref="Verdict"/> for <paramref name="judged"/>.</summary>
    public static string Comparison(ComparisonResult result, int judged, double budget)
    {
        var table = new System.Text.StringBuilder("\n| side | median build | spread (min–max) | ratio | builds (s) |\n|---|---:|---:|---:|---|\n");
        for (int i = 0; i < result.Sides.Count; i++)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {result.Sides[i].Name} | {result.Median(i):F2} s | {result.Seconds[i].Min():F2}–{result.Seconds[i].Max():F2} s | {result.Ratio(i):F3} | {string.Join(", ", result.Seconds[i].Select(v => v.ToString("F2", CultureInfo.InvariantCulture)))} |\n");
        }

        return table.Append('\n').Append(Verdict(result, judged, budget)).ToString();
    }

    /// <summary>The ratio of <paramref name="judged"/> to the first side against <paramref name="budget"/>, and the paired ratio.</summary>
    public static string Verdict(ComparisonResult result, int judged, double budget)
    {
        double ratio = result.Ratio(judged);
        (double paired, double low, double high) = result.PairedRatio(judged);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Sides[judged].Name} / {result.Sides[0].Name}: {ratio:F3} (budget ≤ {budget:F2}): {(ratio <= budget ? "within budget" : "OVER BUDGET")}.\n" +
            $"Paired within each rotation (median of the {result.Seconds[judged].Count} per-rotation ratios, middle half {low:F3}–{high:F3}): {paired:F3}.\n");
    }

    /// <summary>One more comparison from the same run, not judged: <paramref name="side"/> against <paramref name="reference"/>.</summary>
    public static string Relative(ComparisonResult result, int side, int reference)
    {
        (double paired, double low, double high) = result.PairedRatio(side, reference);
        return string.Create(CultureInfo.InvariantCulture, $"{result.Sides[side].Name} / {result.Sides[reference].Name}: {result.Ratio(side, reference):F3}; paired {paired:F3} (middle half {low:F3}–{high:F3}).\n");
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
