using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>
/// The analyzer on a large project: a synthetic library of 500 files and 100,000 string literals (regular, verbatim,
/// interpolated, in concatenations with parameters; 1% holding known merge fields, so every file has some) built with
/// ours enabled, against the same build with every LNK rule silenced (severity none: the compiler's driver then skips
/// the analyzer; the generator runs on both sides). The SDK's own .NET analyzers are off, so the difference is ours. A
/// third side loads the plain IL instead of the package's precompiled analyzer, to price that.
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
        string project = WriteLibrary(feed, directory, "Synthetic", Files, """
            <ItemGroup Condition="'$(SilenceLinksGenerator)' == 'true'">
              <GlobalAnalyzerConfigFiles Include="silence-linksgenerator.globalconfig" />
            </ItemGroup>
            """);
        File.WriteAllText(Path.Combine(directory, "silence-linksgenerator.globalconfig"), SilencingConfig());
        return project;
    }

    /// <summary>
    /// A library consuming the package with the SDK's .NET analyzers off (so a difference is ours), a 50-link snapshot
    /// and <paramref name="files"/> synthetic source files (<see cref="SourceFile"/>); the project's path.
    /// </summary>
    public static string WriteLibrary(LocalPackageFeed feed, string directory, string name, int files, string extraItems)
    {
        string project = ConsumerFiles.WriteProject(directory, name, feed.Version, "<OutputType>Library</OutputType><EnableNETAnalyzers>false</EnableNETAnalyzers>", extraItems);
        File.WriteAllText(Path.Combine(directory, "links.snapshot.json"), SyntheticSnapshot.Create(50));
        for (int file = 0; file < files; file++)
        {
            File.WriteAllText(Path.Combine(directory, $"Messages{file}.cs"), SourceFile(file));
        }

        return project;
    }

    public static Task<ComparisonResult> Compare(string project, LocalPackageFeed feed, int runs, Action<string> log)
    {
        log($"LinksGenerator analyzer enabled vs. silenced, {Files} files, {Literals:N0} string literals, {runs} builds each:");
        return AlternatingComparison.Run(
            [
                new BuildSide("every LNK rule silenced (the driver skips the analyzer)", project, ["-p:SilenceLinksGenerator=true"]),
                new BuildSide("LinksGenerator analyzer enabled", project, []),
                new BuildSide("enabled, plain IL (TriggerLinksReadyToRun=false)", project, ["-p:TriggerLinksReadyToRun=false"]),
            ],
            runs,
            feed.Environment,
            log);
    }

    /// <summary>severity = none for every rule the package has: with all its rules off, the driver does not run the analyzer.</summary>
    private static string SilencingConfig()
    {
        var config = new StringBuilder("is_global = true\n");
        // Every id the package has, from its descriptors: a rule added later and left on would keep the analyzer running.
        foreach (string id in LinksGenerator.Diagnostics.DiagnosticDescriptors.ById.Keys.Order(StringComparer.Ordinal))
        {
            config.Append("dotnet_diagnostic.").Append(id).Append(".severity = none\n");
        }

        return config.ToString();
    }

    public static string SourceFile(int file)
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
