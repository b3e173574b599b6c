using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using LinksGenerator.Benchmarks.Builds;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks;

/// <summary>
/// `all` runs every measurement of docs/benchmarks.md and prints its tables; `generator-build`, `analyzer-build`,
/// `incremental`, `tool-pull` and `scaling` run one each (`--runs N` for the alternating build comparisons); anything
/// else goes to BenchmarkDotNet's switcher.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        int runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(15);
        string command = args.FirstOrDefault() ?? "all";
        bool all = command == "all";
        if (!all && command is not ("generator-build" or "analyzer-build" or "incremental" or "tool-pull" or "scaling"))
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        using var feed = new LocalPackageFeed("bench");
        Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}\n");
        if (all || command is "generator-build" or "analyzer-build")
        {
            await feed.Pack(Path.Combine("src", "LinksGenerator.Package", "LinksGenerator.Package.csproj"));
        }

        if (all || command == "generator-build")
        {
            Console.WriteLine("## 1. Generator vs. hand-written constants");
            Console.WriteLine(Report.Comparison(await GeneratorBuildBenchmark.Run(feed, runs, Console.Error.WriteLine), judged: 1, budget: 1.05));
        }

        if (all || command == "scaling")
        {
            Console.WriteLine("\n## 2. Generator scaling\n");
            Summary summary = BenchmarkRunner.Run<GeneratorScalingBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun.WithIterationCount(5)));
            Console.WriteLine(Report.Scaling(summary));
        }

        if (all || command == "incremental")
        {
            Console.WriteLine("\n## 3. Incremental\n");
            Console.WriteLine(IncrementalBenchmark.Run());
        }

        if (all || command == "analyzer-build")
        {
            Console.WriteLine("\n## 4. Analyzer vs. -p:RunAnalyzers=false");
            string project = AnalyzerBuildBenchmark.CreateProject(feed);
            Console.WriteLine(Report.Comparison(await AnalyzerBuildBenchmark.Compare(project, feed, runs, Console.Error.WriteLine), judged: 2, budget: 1.03));
            Console.WriteLine("\n-p:ReportAnalyzer=true:\n```\n" + await AnalyzerBuildBenchmark.ReportAnalyzer(project, feed) + "\n```");
        }

        if (all || command == "tool-pull")
        {
            Console.WriteLine("\n## 5. ghl-links pull: 10,000 links, a refresh with history, an agency's 50 locations\n");
            await feed.Pack(Path.Combine("src", "LinksGenerator.Tool", "LinksGenerator.Tool.csproj"));
            Console.WriteLine("| pull | links written | requests | peak memory (max RSS) | wall time | snapshot complete |");
            Console.WriteLine("|---|---:|---:|---:|---:|---|");
            for (int i = 0; i < Math.Min(runs, 5); i++)
            {
                foreach (ToolPullResult pull in new[]
                         {
                             await ToolPullBenchmark.Run(feed, 10_000),
                             await ToolPullBenchmark.RunRefresh(feed, 10_000, renamed: 100, deleted: 100),
                             await ToolPullBenchmark.RunAgency(feed, locations: 50, linksEach: 1_000),
                         })
                {
                    Console.WriteLine($"| {pull.Pull} | {pull.Links:N0} | {pull.Requests} | {pull.PeakKilobytes / 1024.0:F1} MB | {pull.Elapsed.TotalSeconds:F2} s | {(pull.SnapshotComplete ? "yes" : "NO")} |");
                }
            }
        }

        return 0;
    }
}
