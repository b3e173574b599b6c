using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>
/// Analyzer vs. its physical limit: a synthetic project of 500 files and 100,000 string literals (1% holding known
/// merge fields) built with analyzers on, against the same build with -p:RunAnalyzers=false (the generator still runs
/// on every side). The SDK's own .NET analyzers are switched off in the project so the difference is ours alone. A third
/// side builds with an analyzer that does nothing (and ours silenced, so the driver skips it): the compiler's fixed cost
/// for running any analyzer at all, which no analyzer can go below.
/// </summary>
public static class AnalyzerBuildBenchmark
{
    public const int Files = 500;
    public const int MethodsPerFile = 50;
    public const int LiteralsPerMethod = 4;
    public const int Literals = Files * MethodsPerFile * LiteralsPerMethod;

    public static string CreateProject(LocalPackageFeed feed)
    {
        string directory = Path.Combine(feed.NewWorkspace("analyzer-cost"), "Synthetic");
        string project = ConsumerFiles.WriteProject(
            directory,
            "Synthetic",
            feed.Version,
            "<OutputType>Library</OutputType><EnableNETAnalyzers>false</EnableNETAnalyzers>",
            """
            <ItemGroup Condition="'$(BenchEmptyAnalyzer)' != ''">
              <Analyzer Include="$(BenchEmptyAnalyzer)" />
              <GlobalAnalyzerConfigFiles Include="silence-linksgenerator.globalconfig" />
            </ItemGroup>
            """);
        File.WriteAllText(Path.Combine(directory, "silence-linksgenerator.globalconfig"), "is_global = true\ndotnet_diagnostic.LNK001.severity = none\ndotnet_diagnostic.LNK002.severity = none\ndotnet_diagnostic.LNK003.severity = none\n");
        File.WriteAllText(Path.Combine(directory, "links.snapshot.json"), SyntheticSnapshot.Create(50));
        for (int file = 0; file < Files; file++)
        {
            File.WriteAllText(Path.Combine(directory, $"Messages{file}.cs"), SourceFile(file));
        }

        return project;
    }

    public static async Task<ComparisonResult> Compare(string project, LocalPackageFeed feed, int runs, Action<string> log)
    {
        string emptyAnalyzer = await BuildEmptyAnalyzer();
        log($"Analyzer on vs. -p:RunAnalyzers=false, {Files} files, {Literals:N0} string literals, {runs} builds each:");
        return await AlternatingComparison.Run(
            [
                new BuildSide("-p:RunAnalyzers=false", project, ["-p:RunAnalyzers=false"]),
                new BuildSide("an analyzer that does nothing (ours silenced)", project, [$"-p:BenchEmptyAnalyzer={emptyAnalyzer}"]),
                new BuildSide("LinksGenerator analyzer", project, []),
            ],
            runs,
            feed.Environment,
            log);
    }

    private static async Task<string> BuildEmptyAnalyzer()
    {
        string project = Path.Combine(RepositoryPaths.Root, "benchmarks", "LinksGenerator.Benchmarks.EmptyAnalyzer", "LinksGenerator.Benchmarks.EmptyAnalyzer.csproj");
        (await ProcessRunner.Dotnet(RepositoryPaths.Root, null, "build", project, "-c", "Release")).EnsureSuccess("build of the empty analyzer");
        return Path.Combine(Path.GetDirectoryName(project)!, "bin", "Release", "netstandard2.0", "LinksGenerator.Benchmarks.EmptyAnalyzer.dll");
    }

    /// <summary>The compiler's own per-analyzer timing (-p:ReportAnalyzer=true) for our generator and analyzer.</summary>
    public static async Task<string> ReportAnalyzer(string project, LocalPackageFeed feed)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(project)!, "Touched.cs"), "internal static class Touched { public const int Run = -1; }\n");
        ProcessResult build = (await ProcessRunner.Dotnet(Path.GetDirectoryName(project)!, feed.Environment, "build", project, "--no-restore", "-p:ReportAnalyzer=true", "-v:d"))
            .EnsureSuccess("ReportAnalyzer build");
        var lines = build.Output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("Total analyzer execution time", StringComparison.Ordinal)
                || l.StartsWith("Total generator execution time", StringComparison.Ordinal)
                || (l.Contains("LinksGenerator", StringComparison.Ordinal) && l.Length > 0 && char.IsDigit(l[0])))
            .Distinct();
        return string.Join('\n', lines);
    }

    private static string SourceFile(int file)
    {
        var source = new StringBuilder();
        source.Append("namespace Synthetic.Area").Append(file).Append("\n{\n    public static class Messages").Append(file).Append("\n    {\n");
        for (int method = 0; method < MethodsPerFile; method++)
        {
            int literal = ((file * MethodsPerFile) + method) * LiteralsPerMethod;
            source.Append("        public static string M").Append(method).Append("(string name, int count) =>\n")
                .Append("            ").Append(Literal(literal)).Append(" + name + ").Append(Literal(literal + 1)).Append(" + count +\n")
                .Append("            $\"").Append(Text(literal + 2)).Append(" {name} \" + @\"").Append(Text(literal + 3)).Append("\";\n\n");
        }

        return source.Append("    }\n}\n").ToString();
    }

    private static string Literal(int index) => "\"" + Text(index) + "\"";

    /// <summary>Message-like text; every 100th literal (always a regular one) carries a known trigger-link field: 1%.</summary>
    private static string Text(int index) =>
        index % 100 == 0
            ? "Book here: {{trigger_link." + SyntheticSnapshot.Id(index / 100 % 50) + "}}"
            : $"Hello and welcome, message number {index}, see you soon";
}
