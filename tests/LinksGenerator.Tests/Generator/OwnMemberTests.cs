using System;
using System.Globalization;
using System.Linq;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// Members of the project's own part of the class (docs/generated-code.md, "Your own part of TriggerLinks"): one the
/// generated part has too is LNK006 at the project's member, and nothing is generated, rather than CS0102 in a file
/// that is not on disk.
/// </summary>
public class OwnMemberTests
{
    private const string History = """
        {
          "schemaVersion": 2,
          "locationId": "ve9EPM428h8vShlRW1KT",
          "links": [
            { "id": "n4AriwEnFrGh3tu08W0U", "name": "First tag (spring)", "fieldKey": "{{trigger_link.n4AriwEnFrGh3tu08W0U}}", "formerNames": ["first tag"] }
          ],
          "deletedLinks": [
            { "id": "zz9LastByIdLink00001", "name": "Zebra offer", "fieldKey": "{{trigger_link.zz9LastByIdLink00001}}" }
          ]
        }
        """;

    [Theory]
    [InlineData("public static string BookACall(string name) => name;", "BookACall", "the constant of the link 'Book a Call' (Ab3dEfGh1jKlMnOpQr5t)")]
    [InlineData("public const string Greeting = \"Hi\", FirstTag = \"x\";", "FirstTag", "the constant of the link 'first tag' (n4AriwEnFrGh3tu08W0U)")]
    [InlineData("public static int All { get; } = 0;", "All", "the list of every link")]
    [InlineData("public static class LocationId { }", "LocationId", "the location's id")]
    [InlineData("internal static readonly string[] allFields = { FirstTag };", "allFields", "the class that holds the list behind All")]
    [InlineData("public static int get_All() => 0;", "get_All", "the getter of All, which the compiler names so")]
    [InlineData("public static int set_All = 1;", "set_All", "the name C# reserves for a setter of All")]
    public void A_member_the_generated_part_has_too_is_LNK006_at_its_name_and_nothing_is_generated(string member, string name, string generated)
    {
        string source = $"namespace Consumer {{ static partial class TriggerLinks {{ {member} }} }}";

        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, sources: [source]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK006", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            $"'{name}' is declared here in the project's own part of TriggerLinks, and the part generated from the snapshot has a member of that name ({generated}), so nothing is generated: rename this member",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        int at = source.IndexOf(" " + name, source.IndexOf("TriggerLinks", StringComparison.Ordinal), StringComparison.Ordinal) + 1;
        Assert.Equal(at, diagnostic.Location.SourceSpan.Start);
        Assert.Equal(name.Length, diagnostic.Location.SourceSpan.Length);
        Assert.Same(run.OutputCompilation.SyntaxTrees.First(), diagnostic.Location.SourceTree); // where .editorconfig and #pragma reach it
        Assert.Null(run.GeneratedSource);
    }

    [Theory]
    [InlineData("public const string FirstTag = \"x\";", "FirstTag", "the alias for the former name 'first tag' of the link 'First tag (spring)' (n4AriwEnFrGh3tu08W0U)")]
    [InlineData("public static void ZebraOffer() { }", "ZebraOffer", "the tombstone of the deleted link 'Zebra offer' (zz9LastByIdLink00001)")]
    public void Aliases_and_tombstones_of_the_history_are_members_too(string member, string name, string generated)
    {
        GeneratorRun run = GeneratorHarness.Run(History, sources: [$"namespace Consumer {{ static partial class TriggerLinks {{ {member} }} }}"]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK006", diagnostic.Id);
        Assert.Contains($"'{name}' is declared here", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains($"({generated})", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_location_s_class_and_the_lookup_are_the_members_of_a_snapshot_of_many_locations()
    {
        GeneratorRun run = GeneratorHarness.Run(
            AgencySnapshot.Json,
            sources: ["namespace Consumer { static partial class TriggerLinks { public static string Downtown => \"\"; public static void ForLocation() { } public const string BookACall = \"\"; static void get_Locations() { } static int set_Locations; } }"]);

        Diagnostic[] clashes = run.Diagnostics.Where(d => d.Id == "LNK006").ToArray();
        Assert.Equal(4, clashes.Length);
        Assert.Contains("'Downtown' is declared here in the project's own part of TriggerLinks, and the part generated from the snapshot has a member of that name (the class of location 'Downtown')", clashes[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("'ForLocation' is declared here", clashes[1].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("'get_Locations' is declared here", clashes[2].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("'set_Locations' is declared here", clashes[3].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Null(run.GeneratedSource);
    }

    [Fact]
    public void Without_a_snapshot_the_empty_class_still_has_All()
    {
        GeneratorRun run = GeneratorHarness.Run(null, sources: ["namespace Consumer { static partial class TriggerLinks { public const int All = 0; } }"]);

        Assert.Contains(run.Diagnostics, d => d.Id == "LNK006");
        Assert.Null(run.GeneratedSource);
    }

    [Theory]
    [InlineData("public static string Greeting(string name) => \"Hi \" + name + \": \" + FirstTag;")]
    [InlineData("public static string FirstTagText => FirstTag; private static int count;")]
    [InlineData("public static string Hello => \"\"; }  static class Other { public const string FirstTag = \"\";")]
    public void Members_of_other_names_or_of_other_classes_leave_the_class_generated(string members)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, sources: [$"namespace Consumer {{ static partial class TriggerLinks {{ {members} }} }}"]);

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "LNK006");
        Assert.NotNull(run.GeneratedSource);
    }
}
