using BenchmarkDotNet.Attributes;
using LinksGenerator.Catalog;
using LinksGenerator.Generator;
using LinksGenerator.Loading;
using LinksGenerator.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Benchmarks;

/// <summary>
/// The generator's cost against the snapshot's size. A fresh driver per operation, so every step really runs: read,
/// validate, name, and write the source. Time per link must stay flat from 100 to 100,000 links (linear, not quadratic).
/// </summary>
[MemoryDiagnoser]
public class GeneratorScalingBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText _snapshot = null!;
    private string _snapshotText = null!;

    [Params(100, 1_000, 10_000, 100_000)]
    public int Links { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshotText = SyntheticSnapshot.Create(Links);
        _snapshot = new TextAdditionalText("/bench/links.snapshot.json", _snapshotText);
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("namespace Bench { class C { } }")]);
    }

    /// <summary>The whole generator, as the compiler runs it on a clean build (the process-wide snapshot cache emptied first).</summary>
    [Benchmark]
    public int RunGenerator()
    {
        SnapshotCache.Clear();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new TriggerLinksGenerator().AsSourceGenerator()], [_snapshot]);
        return driver.RunGenerators(_compilation).GetRunResult().Results[0].GeneratedSources[0].SourceText.Length;
    }

    /// <summary>Only reading and validating the snapshot (the part the analyzer shares).</summary>
    [Benchmark]
    public int BuildCatalog() => LinkCatalogReader.Read(_snapshotText).Links.Count;
}
