using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Generator;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// The generator re-runs only what an edit affects (in the style of NetEscapades.EnumGenerators' caching tests): the
/// step states are deterministic, unlike timings.
/// </summary>
public class IncrementalCachingTests
{
    [Fact]
    public void An_unrelated_source_edit_reuses_every_step_and_regenerates_nothing()
    {
        var snapshot = new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, SnapshotJson.Of(("a1", "one"), ("b2", "two")));
        CSharpCompilation compilation = TestCompilation.Create(["namespace Consumer { class A { } }"]);
        GeneratorDriver driver = GeneratorHarness.CreateDriver([snapshot], GeneratorHarness.Options("Consumer"));
        driver = driver.RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { class B { } }")));

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        foreach (string step in PipelineCaching.TrackedStepNames)
        {
            Assert.All(Outputs(result, step), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{step} was {output.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_the_snapshot_regenerates_the_output()
    {
        CSharpCompilation compilation = TestCompilation.Create(["namespace Consumer { class A { } }"]);
        var before = new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, SnapshotJson.Of(("a1", "one")));
        var after = new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, SnapshotJson.Of(("a1", "one"), ("b2", "two")));
        GeneratorDriver driver = GeneratorHarness.CreateDriver([before], GeneratorHarness.Options("Consumer")).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(before, after).RunGenerators(compilation);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Assert.Contains(Outputs(result, TrackingNames.LoadedSnapshots), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(Outputs(result, TrackingNames.Settings), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("public const string Two", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void Rewriting_the_snapshot_with_the_same_content_regenerates_nothing()
    {
        string text = SnapshotJson.Of(("a1", "one"));
        CSharpCompilation compilation = TestCompilation.Create(["namespace Consumer { class A { } }"]);
        var before = new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, text);
        GeneratorDriver driver = GeneratorHarness.CreateDriver([before], GeneratorHarness.Options("Consumer")).RunGenerators(compilation);

        // A save without changes gives the IDE a new AdditionalText; the parsed model is equal, so the output stays cached.
        driver = driver.ReplaceAdditionalText(before, new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, text)).RunGenerators(compilation);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(result, TrackingNames.LoadedSnapshots), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Changing_the_namespace_regenerates_without_reparsing_the_snapshot()
    {
        var snapshot = new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, SnapshotJson.Of(("a1", "one")));
        CSharpCompilation compilation = TestCompilation.Create(["namespace Consumer { class A { } }"]);
        GeneratorDriver driver = GeneratorHarness.CreateDriver([snapshot], GeneratorHarness.Options("First")).RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options("Second")).RunGenerators(compilation);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Assert.Contains(Outputs(result, TrackingNames.Settings), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("namespace Second", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void Pipeline_models_hold_no_compilation_symbol_or_syntax()
    {
        var snapshot = new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, SnapshotJson.Of(("a1", "one"), ("b2", null)));
        GeneratorDriver driver = GeneratorHarness.CreateDriver([snapshot], GeneratorHarness.Options("Consumer"))
            .RunGenerators(TestCompilation.Create(["class A { }"]));

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        foreach (string step in PipelineCaching.TrackedStepNames)
        {
            foreach (var (value, _) in Outputs(result, step))
            {
                PipelineCaching.AssertNoRoslynObjects(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
            }
        }
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(run => run.Outputs) : []; // a step over no item is not recorded

}
