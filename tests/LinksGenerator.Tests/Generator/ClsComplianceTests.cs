using System;
using System.Linq;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// docs/generated-code.md, "CLS compliance": names a CLS-compliant library could not expose (differing only in case, or
/// starting with '_') are marked [CLSCompliant(false)], so such a library still compiles with warnings as errors, and a
/// project that claims nothing gets no warning for the marks.
/// </summary>
public class ClsComplianceTests
{
    private const string Compliant = "[assembly: System.CLSCompliant(true)]\nnamespace Consumer { class Placeholder { } }";

    private static readonly string OneLocation = SnapshotJson.Of(("foo00000000000000001", "Foo"), ("foo00000000000000002", "FOO"), ("sale0000000000000001", "2024 sale"), ("plain000000000000001", "Plain"), ("str00000000000000001", "tostring"));

    private const string ManyLocations = """
        {
          "schemaVersion": 2,
          "locations": [
            { "name": "2nd Street", "locationId": "LOC1", "links": [
              { "id": "a1", "name": "Sale", "fieldKey": "{{trigger_link.a1}}" },
              { "id": "a2", "name": "SALE", "fieldKey": "{{trigger_link.a2}}" },
              { "id": "a3", "name": "Book", "fieldKey": "{{trigger_link.a3}}" }
            ] },
            { "name": "LOCATIONS", "locationId": "LOC2", "links": [
              { "id": "b1", "name": "Sale", "fieldKey": "{{trigger_link.b1}}" },
              { "id": "b2", "name": "SALE", "fieldKey": "{{trigger_link.b2}}" },
              { "id": "b3", "name": "Book", "fieldKey": "{{trigger_link.b3}}" }
            ] }
          ]
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Names_a_CLS_compliant_library_cannot_expose_are_marked_and_every_project_compiles_without_a_warning(bool claimsCompliance)
    {
        GeneratorRun run = GeneratorHarness.Run(OneLocation, sources: [claimsCompliance ? Compliant : "namespace Consumer { class Placeholder { } }"]);

        AssertNoWarning(run);
        Assert.Equal(["FOO", "Foo", "Tostring", "_2024Sale"], MarkedMembers(run.GeneratedSource!));
    }

    [Fact]
    public void Location_classes_and_the_members_every_location_shares_are_marked_too()
    {
        GeneratorRun run = GeneratorHarness.Run(ManyLocations, sources: [Compliant]);

        Assert.Empty(run.Diagnostics);
        AssertNoWarning(run);
        Assert.Equal(["_2ndStreet", "SALE", "Sale", "LOCATIONS", "SALE", "Sale", "SALE", "Sale"], MarkedMembers(run.GeneratedSource!));
    }

    [Fact]
    public void Names_are_twins_as_the_compiler_folds_case_the_dotted_capital_I_an_i()
    {
        // The Kelvin sign, which the compiler would fold to k, never reaches a member: names are normalized first (NFKC),
        // which makes it K, so \u212Aey and key are one name, suffixed with ids rather than marked.
        GeneratorRun run = GeneratorHarness.Run(
            SnapshotJson.Of(("kel0000000000000001", "\u212Aey"), ("key0000000000000001", "key"), ("tri0000000000000001", "\u0130tem"), ("itm0000000000000001", "item")),
            sources: [Compliant]);

        AssertNoWarning(run);
        Assert.Equal(["Item", "\u0130tem"], MarkedMembers(run.GeneratedSource!).Order(StringComparer.Ordinal));
        Assert.Contains("public const string Key_kel0000000000000001 =", run.GeneratedSource);
        Assert.Contains("public const string Key_key0000000000000001 =", run.GeneratedSource);
    }

    [Fact]
    public void A_class_is_marked_for_its_own_twins_only()
    {
        const string Snapshot = """
            {
              "schemaVersion": 2,
              "locations": [
                { "name": "Alpha", "locationId": "LOC1", "links": [
                  { "id": "a1", "name": "Sale", "fieldKey": "{{trigger_link.a1}}" },
                  { "id": "a2", "name": "SALE", "fieldKey": "{{trigger_link.a2}}" }
                ] },
                { "name": "Beta", "locationId": "LOC2", "links": [
                  { "id": "b1", "name": "Sale", "fieldKey": "{{trigger_link.b1}}" },
                  { "id": "b2", "name": "Book", "fieldKey": "{{trigger_link.b2}}" }
                ] }
              ]
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(Snapshot, sources: [Compliant]);

        AssertNoWarning(run);
        Assert.Equal(["SALE", "Sale"], MarkedMembers(run.GeneratedSource!)); // Alpha's; Beta's Sale and Location.Sale have no twin
    }

    [Fact]
    public void A_snapshot_whose_names_are_all_compliant_is_generated_without_marks_or_pragma()
    {
        GeneratorRun run = GeneratorHarness.Run(SnapshotJson.Of(("plain000000000000001", "Plain"), ("book0000000000000001", "Book a call")), sources: [Compliant]);

        AssertNoWarning(run);
        Assert.DoesNotContain("CLSCompliant", run.GeneratedSource!, StringComparison.Ordinal);
        Assert.DoesNotContain("#pragma", run.GeneratedSource!, StringComparison.Ordinal);
    }

    private static void AssertNoWarning(GeneratorRun run)
    {
        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Select(p => p.ToString())) + Environment.NewLine + run.GeneratedSource);
    }

    /// <summary>The name declared on the line after each mark, in the order the file declares them.</summary>
    private static string[] MarkedMembers(string source)
    {
        string[] lines = source.Split('\n');
        return lines
            .Select((line, index) => (line, index))
            .Where(l => l.line.Trim() == "[global::System.CLSCompliant(false)]")
            .Select(l => lines[l.index + 1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
            {
                [.., var name, "=", _] => name,
                [.., var name, "{", "get;", "}"] => name,
                [.., "class", var name] => name,
                var words => string.Join(" ", words),
            })
            .ToArray();
    }
}
