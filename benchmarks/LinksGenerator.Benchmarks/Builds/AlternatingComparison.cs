using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>One side of a comparison: a project and the extra build arguments that make it this side.</summary>
public sealed record BuildSide(string Name, string ProjectPath, IReadOnlyList<string> ExtraArguments);

/// <summary>Median wall-clock build times of two sides measured alternately in one run, and their ratio.</summary>
public sealed record ComparisonResult(BuildSide Baseline, BuildSide Candidate, IReadOnlyList<double> BaselineSeconds, IReadOnlyList<double> CandidateSeconds)
{
    public double BaselineMedian => Median(BaselineSeconds);

    public double CandidateMedian => Median(CandidateSeconds);

    public double Ratio => CandidateMedian / BaselineMedian;

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>
/// Builds two projects alternately (A B, B A, A B, …) so drift on the machine (thermal, other load) hits both sides
/// alike. Before every build a source file changes, so the compiler really runs; restore happens once, up front.
/// </summary>
public static class AlternatingComparison
{
    public static async Task<ComparisonResult> Run(BuildSide baseline, BuildSide candidate, int runs, IReadOnlyDictionary<string, string> environment, Action<string> log)
    {
        foreach (BuildSide side in new[] { baseline, candidate })
        {
            (await ProcessRunner.Dotnet(Path.GetDirectoryName(side.ProjectPath)!, environment, ["build", side.ProjectPath, .. side.ExtraArguments])).EnsureSuccess("warm-up build of " + side.Name);
        }

        var times = new Dictionary<BuildSide, List<double>> { [baseline] = new(), [candidate] = new() };
        for (int run = 0; run < runs; run++)
        {
            BuildSide[] order = run % 2 == 0 ? [baseline, candidate] : [candidate, baseline];
            foreach (BuildSide side in order)
            {
                string directory = Path.GetDirectoryName(side.ProjectPath)!;
                File.WriteAllText(Path.Combine(directory, "Touched.cs"), $"// build {run}\ninternal static class Touched {{ public const int Run = {run}; }}\n");
                ProcessResult build = (await ProcessRunner.Dotnet(directory, environment, ["build", side.ProjectPath, "--no-restore", .. side.ExtraArguments])).EnsureSuccess("build of " + side.Name);
                times[side].Add(build.Elapsed.TotalSeconds);
                log($"  run {run + 1}/{runs} {side.Name}: {build.Elapsed.TotalSeconds:F2} s");
            }
        }

        return new ComparisonResult(baseline, candidate, times[baseline], times[candidate]);
    }
}
