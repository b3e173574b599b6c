using System.Linq;
using LinksGenerator.Generator;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace LinksGenerator.Tests.Generator;

/// <summary>The caching checks every generator test relies on can fail: a model that is not equatable, or that holds syntax, is caught.</summary>
public class CachingHarnessTests
{
    [Fact]
    public void A_step_whose_model_is_not_equatable_fails_the_rerun_check()
    {
        var (driver, compilation) = RunOnce(new NotEquatableGenerator());

        Assert.Throws<TrueException>(() => PipelineCaching.AssertRerunIsCached(driver, compilation.Clone()));
    }

    [Fact]
    public void A_step_that_keeps_a_syntax_tree_fails_the_rerun_check()
    {
        var (driver, compilation) = RunOnce(new SyntaxKeepingGenerator());

        Assert.Throws<FalseException>(() => PipelineCaching.AssertRerunIsCached(driver, compilation.Clone()));
    }

    [Fact]
    public void Every_tracking_name_is_found_by_reflection()
    {
        Assert.Equal(
            [TrackingNames.LoadedSnapshots, TrackingNames.ChosenSnapshot, TrackingNames.Settings, TrackingNames.SourceOptions, TrackingNames.OwnDeclaration, TrackingNames.Model, TrackingNames.Clashes],
            PipelineCaching.TrackedStepNames);
    }

    private static (GeneratorDriver Driver, Compilation Compilation) RunOnce(IIncrementalGenerator generator)
    {
        Compilation compilation = TestCompilation.Create(["class A { }"]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return (driver.RunGenerators(compilation), compilation);
    }

    /// <summary>A new object every run: never equal to the last one, so the step is Modified on an equal input.</summary>
    private sealed class NotEquatableGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                context.CompilationProvider.Select(static (_, _) => new object()).WithTrackingName(TrackingNames.Model),
                static (_, _) => { });
    }

    /// <summary>Keeps the first syntax tree: equal on a rerun of the same compilation, but a Roslyn object in a model.</summary>
    private sealed class SyntaxKeepingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                context.CompilationProvider.Select(static (compilation, _) => compilation.SyntaxTrees.First()).WithTrackingName(TrackingNames.Model),
                static (_, _) => { });
    }
}
