using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>
/// One side of a comparison: a project, the extra build arguments that make it this side, and what to do to the
/// project's files before each of its builds (outside the measured time), if anything.
/// </summary>
public sealed record BuildSide(string Name, string ProjectPath, IReadOnlyList<string> ExtraArguments, Action? BeforeEachBuild = null);

/// <summary>Wall-clock build times of each side, measured in rotation in one run; ratios are against the first side.</summary>
public sealed record ComparisonResult(IReadOnlyList<BuildSide> Sides, IReadOnlyList<IReadOnlyList<double>> Seconds)
{
    public double Median(int side) => Medians.Of(Seconds[side]);

    /// <summary>The ratio of <paramref name="side"/>'s median to <paramref name="reference"/>'s (the first side unless told).</summary>
    public double Ratio(int side, int reference = 0) => Median(side) / Median(reference);

    /// <summary>
    /// The ratio of <paramref name="side"/> to <paramref name="reference"/> (the first side unless told) within each
    /// rotation (built minutes apart at most, so slow drift on a shared machine cancels out): the median, and the
    /// quartiles that show how much the rotations agree.
    /// </summary>
    public (double Median, double LowerQuartile, double UpperQuartile) PairedRatio(int side, int reference = 0)
    {
        var ratios = Seconds[side].Zip(Seconds[reference], (mine, other) => mine / other).Order().ToList();
        double At(double fraction) => ratios[(int)System.Math.Round(fraction * (ratios.Count - 1))];
        return (Medians.Of(ratios), At(0.25), At(0.75));
    }
}

/// <summary>
/// Builds several variants in rotation (A B C, B C A, C A B, …) so drift on the machine (thermal, other load) hits all
/// sides alike. Before every build a source file changes, so the compiler really runs; restore happens once, up front.
/// </summary>
public static class AlternatingComparison
{
    public static async Task<ComparisonResult> Run(IReadOnlyList<BuildSide> sides, int runs, IReadOnlyDictionary<string, string> environment, Action<string> log)
    {
        foreach (BuildSide side in sides)
        {
            (await ProcessRunner.Dotnet(Path.GetDirectoryName(side.ProjectPath)!, environment, ["build", side.ProjectPath, .. side.ExtraArguments])).EnsureSuccess("warm-up build of " + side.Name);
        }

        var times = sides.Select(_ => new List<double>()).ToList();
        for (int run = 0; run < runs; run++)
        {
            for (int turn = 0; turn < sides.Count; turn++)
            {
                int index = (run + turn) % sides.Count;
                BuildSide side = sides[index];
                string directory = Path.GetDirectoryName(side.ProjectPath)!;
                File.WriteAllText(Path.Combine(directory, "Touched.cs"), $"// build {run}\ninternal static class Touched {{ public const int Run = {run}; }}\n");
                side.BeforeEachBuild?.Invoke();
                ProcessResult build = (await ProcessRunner.Dotnet(directory, environment, ["build", side.ProjectPath, "--no-restore", .. side.ExtraArguments])).EnsureSuccess("build of " + side.Name);
                times[index].Add(build.Elapsed.TotalSeconds);
                log($"  run {run + 1}/{runs} {side.Name}: {build.Elapsed.TotalSeconds:F2} s");
            }
        }

        return new ComparisonResult(sides, times);
    }
}
