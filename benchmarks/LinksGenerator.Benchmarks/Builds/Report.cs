using System.Globalization;
using System.Linq;

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
}
