using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LinksGenerator.Benchmarks.Builds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Benchmarks;

/// <summary>
/// Whether the generator's look for the project's own <c>TriggerLinks</c> (LNK005, docs/generated-code.md) adds to a
/// build or only moves work: it asks the compilation's declaration table whether any type has the name, which the
/// compiler builds anyway, and <c>ReportAnalyzer</c> then charges the building to the generator. Each operation is what
/// the compiler does with the 500 parsed files of the analyzer-share project up to its declarations: a compilation, the
/// generated file added, the declaration diagnostics; <see cref="WithLookup"/> first asks the generator's question.
/// </summary>
[MemoryDiagnoser]
public class OwnDeclarationBenchmarks
{
    private SyntaxTree[] _trees = null!;
    private MetadataReference[] _references = null!;
    private SyntaxTree _generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Parsed once: a compilation keeps no declarations in its trees, so each operation declares them afresh.
        _trees = Enumerable.Range(0, AnalyzerBuildBenchmark.Files).Select(i => CSharpSyntaxTree.ParseText(AnalyzerBuildBenchmark.SourceFile(i), path: $"Messages{i}.cs")).ToArray();
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        _references = Directory.GetFiles(runtime, "System*.dll").Where(p => !p.Contains("Native")).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        _generated = CSharpSyntaxTree.ParseText("namespace Synthetic { public static partial class TriggerLinks { public const string FirstTag = \"{{trigger_link.a}}\"; } }");
    }

    [Benchmark(Baseline = true)]
    public int WithoutLookup() => Declare(lookUp: false);

    [Benchmark]
    public int WithLookup() => Declare(lookUp: true);

    private int Declare(bool lookUp)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Synthetic",
            _trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        bool found = lookUp && compilation.ContainsSymbolsWithName("TriggerLinks", SymbolFilter.Type);
        return compilation.AddSyntaxTrees(_generated).GetDeclarationDiagnostics().Length + (found ? 1 : 0);
    }
}
