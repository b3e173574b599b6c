using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using LinksGenerator.Generator;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>
/// The incremental-caching checks every generator run goes through (NetEscapades.EnumGenerators' TestHelpers are the
/// model): a second run on an equal input must find every tracked step <c>Cached</c> or <c>Unchanged</c>, and no step
/// may hold a Roslyn object (a Compilation, symbol or syntax node in a model defeats caching and leaks memory).
/// </summary>
internal static class PipelineCaching
{
    /// <summary>Every step name the generator tracks, read from <see cref="TrackingNames"/> so a new step is checked too.</summary>
    public static IReadOnlyList<string> TrackedStepNames { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>Runs <paramref name="ranOnce"/> again on <paramref name="equalInput"/> and checks that nothing was recomputed.</summary>
    public static void AssertRerunIsCached(GeneratorDriver ranOnce, Compilation equalInput)
    {
        GeneratorRunResult first = ranOnce.GetRunResult().Results.Single();
        GeneratorRunResult second = ranOnce.RunGenerators(equalInput).GetRunResult().Results.Single();

        Assert.All(first.TrackedSteps.Keys.Where(IsOurs), step => Assert.Contains(step, TrackedStepNames));
        foreach (string step in TrackedStepNames)
        {
            if (!second.TrackedSteps.TryGetValue(step, out var runs))
            {
                continue; // A step over an empty input (no additional files) runs nothing and is not recorded.
            }

            foreach (var (value, reason) in runs.SelectMany(run => run.Outputs))
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step} was {reason} on an equal input");
                AssertNoRoslynObjects(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
            }
        }

        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    /// <summary>Walks a model's object graph and fails on any Compilation, symbol, syntax or semantic model in it.</summary>
    public static void AssertNoRoslynObjects(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || (!value.GetType().IsValueType && !visited.Add(value)))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel or SyntaxTree, $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            int index = 0;
            foreach (object? item in items)
            {
                AssertNoRoslynObjects(item, visited, $"{path}[{index++}]");
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), visited, $"{path}.{field.Name}");
        }
    }

    /// <summary>Steps Roslyn records itself, for the generator's inputs and outputs (WellKnownGeneratorInputs/Outputs).</summary>
    private static readonly HashSet<string> RoslynSteps = new(StringComparer.Ordinal)
    {
        "Compilation", "CompilationOptions", "ParseOptions", "AdditionalTexts", "AnalyzerConfigOptions", "MetadataReferences",
        "SourceOutput", "ImplementationSourceOutput",
    };

    private static bool IsOurs(string step) => !RoslynSteps.Contains(step);
}
