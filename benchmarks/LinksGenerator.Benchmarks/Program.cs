using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;
using LinksGenerator.Benchmarks.Builds;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks;

/// <summary>
/// `generator-build` runs the whole-build comparison; anything else goes to BenchmarkDotNet's switcher
/// (`--filter *GeneratorScaling*`). docs/benchmarks.md lists the commands and their results.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        int runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(15);
        switch (args.FirstOrDefault())
        {
            case "generator-build":
                using (var feed = new LocalPackageFeed("bench"))
                {
                    await feed.Pack(Path.Combine("src", "LinksGenerator.Package", "LinksGenerator.Package.csproj"));
                    ComparisonResult result = await GeneratorBuildBenchmark.Run(feed, runs, Console.WriteLine);
                    Console.WriteLine(Report.Comparison(result, budget: 1.05));
                }

                return 0;
            case "analyzer-build":
                using (var feed = new LocalPackageFeed("bench"))
                {
                    await feed.Pack(Path.Combine("src", "LinksGenerator.Package", "LinksGenerator.Package.csproj"));
                    string project = AnalyzerBuildBenchmark.CreateProject(feed);
                    ComparisonResult result = await AnalyzerBuildBenchmark.Compare(project, feed, runs, Console.WriteLine);
                    Console.WriteLine(Report.Comparison(result, budget: 1.03));
                    Console.WriteLine("\n-p:ReportAnalyzer=true:\n" + await AnalyzerBuildBenchmark.ReportAnalyzer(project, feed));
                }

                return 0;
            case "incremental":
                var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                    .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
                    .Select(p => (Microsoft.CodeAnalysis.MetadataReference)Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p)).ToArray();
                Console.WriteLine("| session | keystrokes | snapshot parses | TriggerLinks regenerated | time per keystroke (generator + analyzer) |");
                Console.WriteLine("|---|---:|---:|---:|---:|");
                foreach (bool reload in new[] { false, true })
                {
                    IdeSessionResult session = IdeSession.Run(IdeSession.UniqueSnapshot(10_000), compilations: 100, freshSnapshotInstance: reload, references);
                    Console.WriteLine($"| 10,000-link snapshot, {(reload ? "snapshot reloaded every keystroke" : "snapshot unchanged")} | {session.Compilations} | {session.SnapshotParses} | {session.Regenerations} | {session.Elapsed.TotalMilliseconds / session.Compilations:F1} ms |");
                }

                return 0;
            case "tool-pull":
                using (var feed = new LocalPackageFeed("bench"))
                {
                    await feed.Pack(Path.Combine("src", "LinksGenerator.Tool", "LinksGenerator.Tool.csproj"));
                    Console.WriteLine("| links | requests | peak memory (max RSS) | wall time | snapshot complete |");
                    Console.WriteLine("|---:|---:|---:|---:|---|");
                    for (int i = 0; i < runs; i++)
                    {
                        ToolPullResult pull = await ToolPullBenchmark.Run(feed, 10_000);
                        Console.WriteLine($"| {pull.Links:N0} | {pull.Requests} | {pull.PeakKilobytes / 1024.0:F1} MB | {pull.Elapsed.TotalSeconds:F2} s | {(pull.SnapshotComplete ? "yes" : "NO")} |");
                    }
                }

                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
