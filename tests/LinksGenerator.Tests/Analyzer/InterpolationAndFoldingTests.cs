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
    public Task A_field_whose_braces_and_marker_all_come_from_names_is_folded_around_literal_text() =>
        WithKnownLinks().Members("""
            const string Prefix = "{{trigger_link.";
            const string Suffix = "}}";
            const string Unknown = {|LNK001:Prefix + "unknownB1xxxxxx1" + Suffix|};
            const string Known = {|LNK002:Prefix + "n4AriwEnFrGh3tu08W0U" + Suffix|};
            const string Interpolated = {|LNK001:$"{Prefix}unknownB3xxxxxx1{Suffix}"|};
            string Local()
            {
                const string Inner = {|LNK001:Prefix + "unknownB2xxxxxx1" + Suffix|};
                return Inner;
            }
            """).Verify();

    [Fact]
    public Task A_default_piece_is_the_constant_null_and_the_rest_is_folded() =>
        WithKnownLinks().Members("""
            const string Typed = {|LNK001:"{{trigger_link." + default(string) + "xxxxxxxxxxxxxxxxxxx5}}"|};
            const string Cast = {|LNK001:"{{trigger_link." + (string)default + "xxxxxxxxxxxxxxxxxxx6}}"|};
            const string Null = {|LNK001:"{{trigger_link." + (string)null + "xxxxxxxxxxxxxxxxxxx7}}"|};
            """).Verify();

    [Fact]
    public Task Parentheses_inside_a_folded_constant_do_not_hide_it() =>
        WithKnownLinks().Members("""
            const string Prefix = "{{trigger_link.";
            const string Suffix = "}}";
            const string Right = {|LNK001:Prefix + ("unknownB4xxxxxx1" + Suffix)|};
            const string Left = {|LNK001:(Prefix + "unknownB5xxxxxx1") + Suffix|};
            const string Deep = {|LNK002:"Book: " + (Prefix + ("n4AriwEnFrGh3tu08W0U" + (Suffix)))|};
            """).Verify();

    [Fact]
    public Task Casts_and_constant_conditionals_inside_a_folded_constant_are_folded_too() =>
        WithKnownLinks().Members("""
            const string Prefix = "{{trigger_link.";
            const string Suffix = "}}";
            const bool Tracked = true;
            const string Cast = {|LNK001:(string)Prefix + "unknownC1xxxxxx1" + Suffix|};
            const string Conditional = {|LNK001:(Tracked ? Prefix : "") + "unknownC2xxxxxx1" + Suffix|};
            string RunTime(bool tracked) => (tracked ? Prefix : "") + "unknownC3xxxxxx1" + Suffix;
            """).Verify();

    [Fact]
    public Task A_nameof_piece_is_folded_by_its_value() =>
        WithKnownLinks().Members("""
            const string Prefix = "{{trigger_link.";
            const string Suffix = "}}";
            const string A1 = "not the value";
            int unknownNameof01;
            int n4AriwEnFrGh3tu08W0U;
            const string BetweenLiterals = {|LNK001:"{{trigger_link." + nameof(A1) + "}}"|};
            const string BetweenNames = {|LNK001:Prefix + nameof(unknownNameof01) + Suffix|};
            const string Known = {|LNK002:Prefix + nameof(Messages.n4AriwEnFrGh3tu08W0U) + Suffix|};
            const string B8 = {|LNK001:"{{trigger_link.unknownB8" + nameof(B8) + "}}"|};
            const string Interpolated = {|LNK001:$"{Prefix}{nameof(A1)}{Suffix}"|};
            """).Verify();

    [Fact]
    public Task A_folded_field_and_a_field_inside_one_piece_are_each_reported_once() =>
        WithKnownLinks().Members("""
            const string Prefix = "{{trigger_link.";
            const string Suffix = "}}";
            const string Both = {|LNK001:Prefix + ("unknownB6xxxxxx1" + Suffix) + " or {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}"|};
            const string WithNameof = {|LNK001:nameof(Both) + " {|LNK001:{{trigger_link.gone}}|} " + Prefix + "x" + Suffix|};
            """).Verify();

    [Fact]
    public Task The_constant_start_of_a_concatenation_that_ends_at_run_time_is_folded_too() =>
        WithKnownLinks().Members("""
            const string Prefix = "{{trigger_link.";
            const string Suffix = "}}";
            string Unknown(string name) => {|LNK001:Prefix + "unknownD1xxxxxx1" + Suffix + " for "|} + name;
            string Known(string name) => {|LNK002:Prefix + "n4AriwEnFrGh3tu08W0U" + Suffix|} + name + "!";
            string BuiltAtRunTime(string name) => Prefix + "unknownD2xxxxxx1" + name + Suffix;
            """).Verify();

    [Fact]
    public Task A_constant_concatenation_in_parentheses_after_a_run_time_piece_is_folded_on_its_own() =>
        WithKnownLinks().Members("""
            const string Prefix = "{{trigger_link.";
            const string Suffix = "}}";
            static string Greeting = "Hi ";
            string Unknown(string name) => name + ({|LNK001:Prefix + "unknownE1xxxxxx1}}"|});
            string Split(string name) => name + ({|LNK001:"{{trigger_link.unknownE2xxxxxx1" + "}}"|});
            string Known(string name) => name + ({|LNK002:Prefix + "n4AriwEnFrGh3tu08W0U" + Suffix|}) + "!";
            string AfterAStart(string name) => {|LNK001:Prefix + "unknownE3xxxxxx1}}"|} + name + ({|LNK001:Prefix + "unknownE4xxxxxx1}}"|});
            string Nested(string name) => name + (name + ({|LNK001:Prefix + "unknownE5xxxxxx1}}"|}));
            string AfterAField() => Greeting + ({|LNK001:Prefix + "unknownE6xxxxxx1}}"|});
            string InABranch(string name, bool tracked) => name + (tracked ? {|LNK001:Prefix + "unknownE7xxxxxx1}}"|} : "");
            string StillRunTime(string name) => name + (Prefix + name + "}}");
            """).Verify();

    [Fact]
    public Task Names_around_text_without_braces_are_not_a_field_and_run_time_pieces_are_not_folded() =>
        WithKnownLinks().Members("""
            const string Prefix = "{{trigger_link.";
            const string Suffix = "}}";
            const string Greeting = "Hello " + Prefix;
            string Field(string id) => Prefix + id + Suffix;
            string Named(string id) => Prefix + nameof(id) + Suffix.ToString();
            string Parenthesized(string id) => Prefix + (id + Suffix);
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
            int Sum(int a, int b) => a + b + 1;
            """).Verify();

    [Fact]
    public Task One_brace_where_two_belong_at_a_literal_edge_is_a_typo_not_a_piece() =>
        WithKnownLinks().Members("""
            const string Sms = "Book here: {|#0:{{trigger_link.n4AriwEnFrGh3tu08W0U}|}";
            const string Lead = "{|#1:{trigger_link.n4AriwEnFrGh3tu08W0U}}|} is your link";
            string Argument() => string.Concat("{|#2:{{trigger_link.n4AriwEnFrGh3tu08W0U}|}", "!");
            """)
            .Expect(
                new DiagnosticResult(Malformed).WithLocation(0).WithArguments("{{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.Unbalanced),
                new DiagnosticResult(Malformed).WithLocation(1).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}}", MalformedReason.Unbalanced),
                new DiagnosticResult(Malformed).WithLocation(2).WithArguments("{{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.Unbalanced))
            .Verify();

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

    [Fact]
    public Task A_constant_that_spells_the_marker_with_an_escaped_letter_is_folded_too() =>
        WithKnownLinks()
            .Code("""
                static class Parts
                {
                    public const string Open = "{{trigger\u005Flink.";
                }
                """)
            .Code("""
                class Messages
                {
                    const string Open = "{{\x74rigger_link.";
                    const string Here = {|LNK001:Open + "gone}}"|};
                    const string There = {|LNK001:Parts.Open + "gone}}"|};
                }
                """)
            .Verify();

    [Fact]
    public Task A_constant_named_as_a_verbatim_identifier_is_folded_too() =>
        WithKnownLinks()
            .Code("""
                static class Parts
                {
                    public const string Open = "{{trigger_link.";
                }
                """)
            .Code("""
                class Messages
                {
                    const string @Prefix = "{{trigger_link.";
                    const string Here = {|LNK001:@Prefix + "gone}}"|};
                    const string There = {|LNK001:Parts.@Open + "gone}}"|};
                }
                """)
            .Verify();

    // The fold is written by hand, though the constant comes from a tool. (A field a generated constant holds whole is
    // that file's, and generated code is never judged: docs/rules/LNK001.md.)
    [Fact]
    public Task Constants_from_a_generated_file_are_folded_where_code_written_by_hand_folds_them() =>
        WithKnownLinks()
            .Code("""
                // <auto-generated/>
                static class MergeFields
                {
                    public const string Open = "{{trigger_link.";
                }
                """)
            .Code("""
                class Messages
                {
                    const string Offer = {|LNK001:MergeFields.Open + "gone0000000000000002}}"|};
                    const string Known = {|LNK002:MergeFields.Open + "n4AriwEnFrGh3tu08W0U}}"|};
                    string Inline(string name) => {|LNK001:MergeFields.Open + "gone0000000000000003}}"|} + name;
                }
                """)
            .Verify();
}
