using System;
using System.IO;
using System.Threading.Tasks;
using LinksGenerator.Catalog;
using LinksGenerator.Generator;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>
/// Generator vs. its physical limit: a consumer whose 10,000 constants come from the package and a snapshot, against the
/// same consumer with exactly those constants written by hand and no package. The difference is all the package costs.
/// </summary>
public static class GeneratorBuildBenchmark
{
    public const int Links = 10_000;

    public static Task<ComparisonResult> Run(LocalPackageFeed feed, int runs, Action<string> log)
    {
        string snapshot = SyntheticSnapshot.Create(Links);
        string workspace = feed.NewWorkspace("generator-vs-handwritten");
        const string ProgramSource = "public static class Program { public static void Main() => System.Console.WriteLine(Consumer.TriggerLinks.All.Count + Consumer.TriggerLinks.Campaign42LandingPage); }";

        string generatedDirectory = Path.Combine(workspace, "generated");
        string generated = ConsumerFiles.WriteProject(generatedDirectory, "Generated", feed.Version);
        File.WriteAllText(Path.Combine(generatedDirectory, "links.snapshot.json"), snapshot);
        File.WriteAllText(Path.Combine(generatedDirectory, "Program.cs"), ProgramSource);

        // The hand-written side compiles the very text the generator emits, so only the generator's work differs.
        string handwrittenDirectory = Path.Combine(workspace, "handwritten");
        string handwritten = ConsumerFiles.WriteProject(handwrittenDirectory, "Handwritten", packageVersion: null);
        LinkCatalog catalog = LinkCatalogReader.Read(snapshot);
        File.WriteAllText(Path.Combine(handwrittenDirectory, "TriggerLinks.cs"), TriggerLinksSourceWriter.Write("Consumer", catalog));
        File.WriteAllText(Path.Combine(handwrittenDirectory, "Program.cs"), ProgramSource);

        log($"Generator vs. hand-written constants, {Links:N0} links, {runs} builds each:");
        return AlternatingComparison.Run(
            [new BuildSide("hand-written constants", handwritten, []), new BuildSide("LinksGenerator package", generated, [])],
            runs,
            feed.Environment,
            log);
    }
}
