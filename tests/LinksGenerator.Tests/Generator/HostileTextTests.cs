using System;
using System.Linq;
using System.Reflection;
using LinksGenerator.Catalog;
using LinksGenerator.Generator;
using LinksGenerator.Rules;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Generator;

/// <summary>Link names, URLs and field keys come from an API: they must never break or inject into the generated code.</summary>
public class HostileTextTests
{
    private static readonly string[] Hostile =
    [
        "x\n} public static class Injected { public const string Y = \"",
        "x\r\n#error injected",
        "x\u2028public class Injected {}",
        "x\u2029y\u0085z",
        "x */ public class Injected { } /*",
        "</summary><remarks>injected</remarks><summary>",
        "\"; public class Injected { } //",
        "C:\\temp\\new\\\"quoted\"\\",
        "@\"verbatim\"\"\" and \"\"\"raw\"\"\"",
        "{{trigger_link.other}} and {0} and {{",
        "&amp; & < > &lt; <![CDATA[ x ]]>",
        "right\u202Eto-left \u2066isolate\u2069 \uFEFF bom",
        "nul\0bell\a tab\t vtab\v",
        "\u007F\u0080\u009F c1 controls",
        "emoji 🎉 and 𝐁old",
        "#if false\n#endif\n#pragma warning disable",
        "/// <summary>",
        "\\u0022 escaped quote",
        "Book a Call\U000E0068\U000E0069\U000E0064\U000E0065 tags \U0001D173 musical format \U000E0100 selector",
        "Tail\uFE0F \u3164 \u034F \u180B \u17B4 shown as nothing",
    ];

    public static TheoryData<string> HostileStrings => new(Hostile);

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Hostile_names_and_urls_compile_into_exactly_one_constant(string hostile)
    {
        string snapshot = SnapshotJson.Of(new[] { new TestLink("abc", hostile, hostile, "{{trigger_link.abc}}") });

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        AssertCompilesCleanly(run);
        Type type = Assert.Single(TestCompilation.EmitAndLoad(run.OutputCompilation).GetTypes(), t => t.Name == "TriggerLinks");
        var constants = LinkConstants(type);
        Assert.Equal(2, constants.Count);
        Assert.Equal(SnapshotJson.LocationId, constants["LocationId"]);
        Assert.Equal("{{trigger_link.abc}}", Assert.Single(constants, c => c.Key != "LocationId").Value);
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Hostile_field_keys_are_kept_exactly_and_reported(string hostile)
    {
        string snapshot = SnapshotJson.Of(new[] { new TestLink("abc", "Link", hostile, hostile) });

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        AssertCompilesCleanly(run);
        Assembly assembly = TestCompilation.EmitAndLoad(run.OutputCompilation);
        Type type = assembly.GetType("Consumer.TriggerLinks")!;
        Assert.Equal(hostile, LinkConstants(type)["Link"]);
        Assert.Equal([hostile], (System.Collections.Generic.IReadOnlyList<string>)type.GetProperty("All")!.GetValue(null)!);
        Assert.Contains(run.Diagnostics, d => d.Id == TriggerLinkRules.SnapshotEntryIssue.Id);
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Messages_quoting_hostile_text_stay_on_one_line_and_still_say_everything(string hostile)
    {
        // A renamed link (CS0618), a deleted one (CS0619) and an odd field key (LNK101), all quoting the hostile text.
        string snapshot = SnapshotJson.Of(
            [new TestLink("abc", "Now", "https://x.example/", hostile, ["Old " + hostile])],
            deleted: [TestLink.Plain("gone1", "Gone " + hostile)]);
        string members = string.Join(", ", MemberNamer.Assign(["a", "b"], ["Old " + hostile, "Gone " + hostile], MemberScope.TriggerLinks).Select(m => "TriggerLinks." + m.Value));
        string use = $"namespace Consumer {{ public static class Use {{ public static string[] Members => new[] {{ {members} }}; }} }}";

        GeneratorRun run = GeneratorHarness.Run(snapshot, sources: [use]);

        var messages = run.OutputCompilation.GetDiagnostics().Concat(run.Diagnostics)
            .Where(d => d.Id is "CS0618" or "CS0619" || d.Id == TriggerLinkRules.SnapshotEntryIssue.Id)
            .ToDictionary(d => d.Id, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["CS0618", "CS0619", TriggerLinkRules.SnapshotEntryIssue.Id], messages.Keys.Order());
        foreach (string message in messages.Values)
        {
            Assert.DoesNotContain(message, c => LinksGenerator.Snapshot.UnsafeText.IsUnsafe(c) && !char.IsSurrogate(c));
        }

        Assert.Contains("in HighLevel: use TriggerLinks.Now", messages["CS0618"], StringComparison.Ordinal);
        Assert.Contains("(gone1) was deleted from HighLevel", messages["CS0619"], StringComparison.Ordinal);
        Assert.EndsWith(", not {{trigger_link.abc}}", messages[TriggerLinkRules.SnapshotEntryIssue.Id], StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_link_with_an_endless_id_is_skipped_with_a_message_of_reasonable_length()
    {
        // Past the id rule's length (docs/snapshot-format.md), the entry is skipped, as a live link's would be: its
        // tombstone's name would be too long for metadata (CS7013).
        string id = new('z', 100_000);
        string snapshot = SnapshotJson.Of([TestLink.Plain("abc", "Now")], deleted: [TestLink.Plain(id, "Gone")]);

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        string message = Assert.Single(run.Diagnostics, d => d.Id == TriggerLinkRules.SnapshotEntryIssue.Id).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("the id 'zzz", message, StringComparison.Ordinal);
        Assert.Contains("zzz…zzz", message, StringComparison.Ordinal);
        Assert.Contains("longer than 100 characters", message, StringComparison.Ordinal);
        Assert.True(message.Length < 2 * MessageText.MaximumLength, $"{message.Length} characters");
        Assert.DoesNotContain("Gone", run.GeneratedSource, StringComparison.Ordinal);
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void Generated_code_compiles_with_csharp_7_3()
    {
        string snapshot = SnapshotJson.Of(Hostile.Select((text, i) => new TestLink($"id{i}", text, text, $"{{{{trigger_link.id{i}}}}}")));

        GeneratorRun run = GeneratorHarness.Run(snapshot, languageVersion: LanguageVersion.CSharp7_3);

        AssertCompilesCleanly(run);
    }

    [Fact]
    public void String_literals_escape_lone_surrogates_and_line_separators()
    {
        // Built here, not in [InlineData]: xUnit's serialization of theory data would replace lone surrogates.
        var cases = new (string Value, string Expected)[]
        {
            ("\uD800", "\"\\uD800\""),
            ("a\uDC00b", "\"a\\uDC00b\""),
            ("\uDC00\uD800", "\"\\uDC00\\uD800\""),
            ("🎉", "\"🎉\""),
            ("\u2028", "\"\\u2028\""),
            ("Call\U000E0041", "\"Call\\uDB40\\uDC41\""), // a tag: shows as nothing
        };

        foreach (var (value, expected) in cases)
        {
            string literal = CSharpText.StringLiteral(value);

            Assert.Equal(expected, literal);
            Assert.Equal(value, (string?)((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal)).Token.Value);
        }
    }

    [Fact]
    public void Invisible_characters_beyond_the_basic_plane_are_escaped_in_the_docs_too()
    {
        // Plane 14's tags can spell a whole hidden text after a name that reads "Book a Call".
        string name = "Book a Call\U000E0068\U000E0069\U0001D173";
        string snapshot = SnapshotJson.Of(new[] { new TestLink("abc", name, "https://x.example/\U000E0041", "{{trigger_link.abc}}") });

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        AssertCompilesCleanly(run);
        Assert.Contains("Trigger link <c>Book a Call\\uDB40\\uDC68\\uDB40\\uDC69\\uD834\\uDD73</c>, redirecting to <c>https://x.example/\\uDB40\\uDC41</c>", run.GeneratedSource, StringComparison.Ordinal);
        Assert.DoesNotContain("\U000E0068", run.GeneratedSource, StringComparison.Ordinal);
    }

    /// <summary>No error and no warning anywhere in the output; XML docs are checked (DocumentationMode.Diagnose).</summary>
    private static void AssertCompilesCleanly(GeneratorRun run)
    {
        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + run.GeneratedSource);
        Assert.Equal(2, run.OutputCompilation.SyntaxTrees.Count());
        Assert.DoesNotContain(run.OutputCompilation.Assembly.TypeNames, name => name.Contains("Injected", StringComparison.Ordinal));
    }

    private static System.Collections.Generic.Dictionary<string, string> LinkConstants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
}
