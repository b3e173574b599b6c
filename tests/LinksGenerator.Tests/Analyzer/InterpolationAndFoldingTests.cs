using System.Threading.Tasks;
using LinksGenerator.Fields;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>Interpolated text is judged by its value (where {{ is one brace), and constants are judged once folded.</summary>
public class InterpolationAndFoldingTests
{
    [Fact]
    public Task Interpolated_text_with_escaped_braces_spelling_a_field() =>
        WithKnownLinks().Members("""
            string Sms(string name) => $"Hi {name}, book: {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|} {|LNK001:{{{{ trigger_link.gone }}}}|}";
            string Verbatim(string name) => $@"Hi ""{name}""
            {|LNK002:{{{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}}}|}";
            """).Verify();

    [Fact]
    public Task A_field_written_with_double_braces_inside_an_interpolated_string_is_LNK003() =>
        WithKnownLinks().Members("""
            string Sms(string name) => $"Hi {name}, book: {|#0:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
            """)
            .Expect(new DiagnosticResult(Malformed).WithLocation(0).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.InterpolationEscape))
            .Verify();

    [Fact]
    public Task Raw_interpolated_strings_keep_their_braces() =>
        WithKnownLinks().Members(""""
            string Sms(string name) => $$$"""
                Hi {{{name}}},
                  book {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|} or {|LNK001:{{trigger_link.gone}}|}
                """;
            """").Verify();

    [Fact]
    public Task A_constant_concatenation_is_judged_by_its_folded_value() =>
        WithKnownLinks().Members("""
            const string Prefix = "{{trigger_link.";
            const string Known = {|LNK002:"{{trigger_link." + "n4AriwEnFrGh3tu08W0U}}"|};
            const string Unknown = {|LNK001:Prefix + "gone}}"|};
            const string Nested = "Book " + ({|LNK002:Prefix + "Ab3dEfGh1jKlMnOpQr5t" + "}}"|});
            """.Replace("\"Book \" + ({|LNK002:Prefix + \"Ab3dEfGh1jKlMnOpQr5t\" + \"}}\"|})", "{|LNK002:\"Book \" + (Prefix + \"Ab3dEfGh1jKlMnOpQr5t\" + \"}}\")|}")).Verify();

    [Fact]
    public Task A_concatenation_of_constant_names_only_is_folded_too() =>
        WithKnownLinks().Members("""
            const string Open = "{{trigger_link.";
            const string Id = "n4AriwEnFrGh3tu08W0U";
            const string Close = "}}";
            const string Field = {|LNK002:Open + Id + Close|};
            int Sum(int a, int b) => a + b;
            """).Verify();

    [Fact]
    public Task A_field_inside_one_operand_is_reported_once_at_the_operand() =>
        WithKnownLinks().Members("""
            const string Text = "Book: " + "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}" + "!";
            """).Verify();

    [Fact]
    public Task A_constant_interpolation_is_judged_by_its_folded_value() =>
        WithKnownLinks().Members("""
            const string Id = "n4AriwEnFrGh3tu08W0U";
            const string Field = {|LNK002:$"{{{{trigger_link.{Id}}}}}"|};
            """).Verify();

    [Fact]
    public Task Strings_built_at_run_time_and_pieces_cut_at_a_literal_edge_are_not_flagged() =>
        WithKnownLinks().Members("""
            string Field(string id) => "{{trigger_link." + id + "}}";
            string Interpolated(string id) => $"{{{{trigger_link.{id}}}}}";
            string Start = "{{trigger_link.";
            string Middle = "{{trigger_link.abc";
            string End = "trigger_link.abc}}";
            string Brace = "{trigger_link.abc}}";
            int Sum(int a, int b) => a + b + 1;
            """).Verify();

    private static DiagnosticDescriptor Malformed => Diagnostics.DiagnosticDescriptors.MalformedTriggerLink;

    [Fact]
    public Task Constant_names_from_another_file_are_folded_too() =>
        WithKnownLinks()
            .Code("""
                static class Parts
                {
                    public const string Open = "{{trigger_link.";
                    public const string Id = "n4AriwEnFrGh3tu08W0U";
                    public const string Close = "}}";
                }
                """)
            .Code("""
                class Messages
                {
                    const string Field = {|LNK002:Parts.Open + Parts.Id + Parts.Close|};
                    const string Unknown = {|LNK001:Parts.Open + Other.Gone + Parts.Close|};
                }

                static class Other { public const string Gone = "gone"; }
                """)
            .Verify();
}
