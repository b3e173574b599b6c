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
/// `all` runs every measurement of docs/benchmarks.md and prints its tables (Markdown); `analyzer-share`,
/// `analyzer-build`, `generator-build`, `templates-build`, `incremental`, `chains`, `scaling` and `tool-pull` run one each
/// (`--runs N` for the alternating build comparisons, default 15); anything else goes to BenchmarkDotNet's switcher.
/// </summary>
public static class Program
{
    private static readonly string[] Commands = ["analyzer-share", "analyzer-build", "generator-build", "templates-build", "incremental", "chains", "tool-pull", "scaling"];

    public static async Task<int> Main(string[] args)
    {
        int runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(15);
        string command = args.FirstOrDefault() ?? "all";
        bool all = command == "all";
        if (!all && !Commands.Contains(command))
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        using var feed = new LocalPackageFeed("bench");
        Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}\n");
        if (all || command is "analyzer-share" or "analyzer-build" or "generator-build" or "templates-build")
        {
            await feed.Pack(Path.Combine("src", "LinksGenerator.Package", "LinksGenerator.Package.csproj"));
        }

        if (all || command is "analyzer-share" or "analyzer-build")
        {
            string project = AnalyzerBuildBenchmark.CreateProject(feed);
            if (all || command == "analyzer-share")
            {
                Console.WriteLine("## 1. Our share of the compiler's time (-p:ReportAnalyzer=true), 500 files, 100,000 literals");
                Console.WriteLine(AnalyzerShareBenchmark.Table(await AnalyzerShareBenchmark.Run(project, feed, Math.Min(runs, 7), Console.Error.WriteLine), budget: 0.03));
            }

            if (all || command == "analyzer-build")
            {
                Console.WriteLine("\n## 2. Analyzer enabled vs. silenced, same project");
                ComparisonResult analyzer = await AnalyzerBuildBenchmark.Compare(project, feed, runs, Console.Error.WriteLine);
                Console.WriteLine(Report.Comparison(analyzer, judged: 1, budget: 1.03));
                Console.WriteLine(Report.Relative(analyzer, side: 2, reference: 0));
                Console.WriteLine(Report.Relative(analyzer, side: 1, reference: 2));
            }
        }

        if (all || command == "generator-build")
        {
            Console.WriteLine("\n## 3. Generator vs. a minimal hand-written constants class, 10,000 links");
            ComparisonResult generator = await GeneratorBuildBenchmark.Run(feed, runs, Console.Error.WriteLine);
            Console.WriteLine(Report.Comparison(generator, judged: 3, budget: 1.05));
            Console.WriteLine(Report.Relative(generator, side: 4, reference: 0));
            Console.WriteLine(Report.Relative(generator, side: 3, reference: 4));
        }

        if (all || command == "templates-build")
        {
            Console.WriteLine("\n## 4. 1,000 templates (10 MB) checked in the build");
            ComparisonResult templates = await TemplatesBuildBenchmark.Run(feed, runs, Console.Error.WriteLine);
            Console.WriteLine(Report.Comparison(templates, judged: 1, budget: 1.03));
            Console.WriteLine(Report.Verdict(templates, judged: 2, budget: 1.03));
            Console.WriteLine(Report.Relative(templates, side: 4, reference: 0));
            Console.WriteLine(Report.Relative(templates, side: 2, reference: 4));
        }

        if (all || command == "scaling")
        {
            Console.WriteLine("\n## 5. Generator scaling\n");
            Summary summary = BenchmarkRunner.Run<GeneratorScalingBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun.WithIterationCount(5)));
            Console.WriteLine(Report.Scaling(summary));
        }

        if (all || command == "incremental")
        {
            Console.WriteLine("\n## 6. Incremental (IDE)\n");
            Console.WriteLine(IncrementalBenchmark.Run());
        }

        if (all || command == "chains")
        {
            Console.WriteLine("\n## 6b. One + chain thousands of pieces long\n");
            Console.WriteLine(LongChainBenchmark.Run(Math.Min(runs, 5)));
        }

        if (all || command == "tool-pull")
        {
            Console.WriteLine("\n## 7. ghl-links pull: 10,000 links, a refresh with history, an agency's 50 locations (cloned, and each its own), first and refreshed\n");
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
                             await ToolPullBenchmark.RunAgency(feed, locations: 50, linksEach: 1_000, refresh: true),
                             await ToolPullBenchmark.RunAgency(feed, locations: 50, linksEach: 1_000, distinctText: true),
                             await ToolPullBenchmark.RunAgency(feed, locations: 50, linksEach: 1_000, refresh: true, distinctText: true),
                         })
                {
                    Console.WriteLine($"| {pull.Pull} | {pull.Links:N0} | {pull.Requests} | {pull.PeakKilobytes / 1024.0:F1} MB | {pull.Elapsed.TotalSeconds:F2} s | {(pull.SnapshotComplete ? "yes" : "NO")} |");
                }
            }
        }

        return 0;
    }
}
