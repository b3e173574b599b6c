using System;
using System.Linq;
using System.Reflection;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// The generated class as code that runs in the user's project: members the project adds to the partial class, frameworks
/// without a usable <c>NotNullWhen</c>, and an unknown location's message.
/// </summary>
public class GeneratedApiTests
{
    [Fact]
    public void A_static_field_the_project_adds_may_use_the_lookups_in_its_initializer()
    {
        // The project's file comes first in the compilation, so its initializers run before any of the generated file's.
        const string Added = """
            namespace Consumer
            {
                public static partial class TriggerLinks
                {
                    public static readonly Location Main = ForLocation("LOC1");
                    public static readonly int LocationCount = Locations.Count;
                    public static readonly int DowntownLinks = Downtown.All.Count;
                }
            }
            """;

        Type triggerLinks = Load(AgencySnapshot.Json, Added);

        Assert.Equal("Downtown", triggerLinks.GetField("Main")!.GetValue(null)!.ToString());
        Assert.Equal(2, triggerLinks.GetField("LocationCount")!.GetValue(null));
        Assert.True((int)triggerLinks.GetField("DowntownLinks")!.GetValue(null)! > 0);
    }

    [Fact]
    public void A_static_field_the_project_adds_may_use_All_of_one_location_in_its_initializer()
    {
        const string Added = "namespace Consumer { public static partial class TriggerLinks { public static readonly int LinkCount = All.Count; } }";

        Type triggerLinks = Load(KnownSnapshot.Json, Added);

        Assert.Equal(3, triggerLinks.GetField("LinkCount")!.GetValue(null));
    }

    [Fact]
    public void Without_exactly_one_NotNullWhen_to_bind_the_generated_code_leaves_it_out_and_still_compiles_without_a_warning()
    {
        // A library that ships the attribute public, as old polyfills did: the name is ambiguous then (CS0433), as good as
        // absent, which is what netstandard2.0 and .NET Framework projects have.
        CSharpCompilation polyfill = TestCompilation.Create(
            ["namespace System.Diagnostics.CodeAnalysis { public sealed class NotNullWhenAttribute : System.Attribute { public NotNullWhenAttribute(bool returnValue) { } } }"],
            assemblyName: "Polyfill");
        CSharpCompilation consumer = TestCompilation.Create(["namespace Consumer { internal static class Placeholder { } }"]).AddReferences(polyfill.ToMetadataReference());
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, AgencySnapshot.Json)], GeneratorHarness.Options("Consumer"));

        GeneratorRun run = GeneratorHarness.RunDriver(driver, consumer);

        Assert.DoesNotContain("NotNullWhen", run.GeneratedSource, StringComparison.Ordinal);
        Assert.Contains("#nullable enable", run.GeneratedSource, StringComparison.Ordinal);
        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void An_unknown_location_lists_ten_known_ids_and_says_how_many_more_and_cuts_a_long_id()
    {
        string locations = string.Join(",", Enumerable.Range(1, 12).Select(i => $$"""{"name":"Place{{i:D2}}","locationId":"LOC{{i:D2}}","links":[]}"""));
        Type triggerLinks = Load("{\"schemaVersion\":2,\"locations\":[" + locations + "]}");
        MethodInfo forLocation = triggerLinks.GetMethod("ForLocation")!;

        Exception unknown = Assert.Throws<TargetInvocationException>(() => forLocation.Invoke(null, [new string('x', 150)])).InnerException!;

        string known = string.Join(", ", Enumerable.Range(1, 10).Select(i => $"LOC{i:D2} (Place{i:D2})"));
        Assert.Equal(
            $"'{new string('x', 100)}...' is not a location of the trigger-link snapshot, which has {known} and 2 more (TriggerLinks.Locations lists them all) (Parameter 'locationId')",
            Assert.IsType<ArgumentException>(unknown).Message);
    }

    [Fact]
    public void An_unknown_location_id_is_quoted_with_its_line_breaks_and_hidden_characters_escaped()
    {
        // From a webhook to a log: "x\nERROR forged" would print a line of its own, and U+202E turn the text around.
        Type triggerLinks = Load(AgencySnapshot.Json);
        MethodInfo forLocation = triggerLinks.GetMethod("ForLocation")!;

        Exception unknown = Assert.Throws<TargetInvocationException>(() => forLocation.Invoke(null, ["x\r\nERROR forged\u202e\u0000é"])).InnerException!;

        Assert.Equal(
            "'x\\u000d\\u000aERROR forged\\u202e\\u0000é' is not a location of the trigger-link snapshot, which has LOC1 (Downtown), LOC2 (Uptown) (Parameter 'locationId')",
            Assert.IsType<ArgumentException>(unknown).Message);
    }

    [Fact]
    public void An_unknown_location_id_escapes_exactly_the_characters_the_packages_own_messages_escape()
    {
        // Every character of the basic plane, one at a time between two letters: the generated check is spelled for C# 6,
        // the package's is UnsafeText.IsUnsafe; they must not drift apart (U+061C, U+00AD and U+FE0F once did).
        MethodInfo forLocation = Load(AgencySnapshot.Json).GetMethod("ForLocation")!;
        var differing = new System.Collections.Generic.List<string>();
        for (int code = 0; code <= char.MaxValue; code++)
        {
            char c = (char)code;
            string message = Assert.Throws<TargetInvocationException>(() => forLocation.Invoke(null, ["a" + c + "b"])).InnerException!.Message;
            bool escaped = message.StartsWith($"'a\\u{code:x4}b'", StringComparison.Ordinal);
            if (escaped != LinksGenerator.Snapshot.UnsafeText.IsUnsafe(c) || (!escaped && !message.StartsWith("'a" + c + "b'", StringComparison.Ordinal)))
            {
                differing.Add($"U+{code:X4}");
            }
        }

        Assert.Empty(differing);
    }

    private static Type Load(string snapshot, string? added = null)
    {
        GeneratorRun run = GeneratorHarness.Run(snapshot, sources: added is null ? null : [added]);
        Assert.Empty(run.CompilationErrors);
        return TestCompilation.EmitAndLoad(run.OutputCompilation).GetType("Consumer.TriggerLinks")!;
    }
}
