using System.Threading.Tasks;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>Every form of string literal is judged by its value, and the diagnostic marks the field itself.</summary>
public class LiteralFormTests
{
    [Fact]
    public Task A_known_field_is_LNK002_and_an_unknown_one_LNK001() =>
        WithKnownLinks().Members("""
            string known = "Book here: {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
            string unknown = "Book here: {|LNK001:{{trigger_link.deadLinkId0000000000}}|}";
            """).Verify();

    [Fact]
    public Task The_whole_literal_can_be_the_field() =>
        WithKnownLinks().Members("""string s = {|LNK002:"{{trigger_link.n4AriwEnFrGh3tu08W0U}}"|}.Substring(1);""".Replace("{|LNK002:\"", "\"{|LNK002:").Replace("}}\"|}", "}}|}\"")).Verify();

    [Fact]
    public Task Each_field_of_a_string_gets_its_own_diagnostic() =>
        WithKnownLinks().Members("""
            string s = "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|} or {|LNK001:{{trigger_link.nope}}|} or {|LNK002:{{ trigger_link.Ab3dEfGh1jKlMnOpQr5t }}|}, {|LNK002:{{trigger_link.dash-ed_id}}|}";
            """).Verify();

    [Fact]
    public Task Other_merge_fields_and_prose_are_left_alone() =>
        WithKnownLinks().Members("""
            string a = "Hi {{contact.first_name}}, {{custom_values.promo}} at {{location.name}}";
            string b = "the trigger_link.abc merge field, my_trigger_link.x, {{trigger_links.x}}, {{trigger_link2.x}}";
            """).Verify();

    [Fact]
    public Task Escapes_in_a_regular_string_are_decoded_and_the_span_covers_them() =>
        WithKnownLinks().Members("""
            string s = "line\n{|LNK002:\u007B\x7Btrigger_link.n4AriwEnFrGh3tu08W0U\u007D}|}\t\"quoted\"";
            """).Verify();

    [Fact]
    public Task Verbatim_strings_are_judged_by_value() =>
        WithKnownLinks().Members("""
            string s = @"say ""hi""
            {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|} \n {|LNK001:{{trigger_link.gone}}|}";
            """).Verify();

    [Fact]
    public Task Raw_strings_single_and_multi_line() =>
        WithKnownLinks().Members(""""
            string single = """quote " {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|} "" end""";
            string multi = """
                Hello,
                  {|LNK001:{{trigger_link.gone}}|}
                    and {|LNK002:{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}|}
                """;
            """").Verify();

    [Fact]
    public Task Utf8_literals_are_judged_by_value() =>
        WithKnownLinks().Members("""
            System.ReadOnlySpan<byte> Known => "x {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}"u8;
            System.ReadOnlySpan<byte> Unknown => "{|LNK001:{{trigger_link.gone}}|}"u8;
            """).Verify();

    [Fact]
    public Task Field_text_spelled_entirely_in_escapes_is_found_by_value() =>
        WithKnownLinks().Members("""
            string s = "{|LNK002:\u007B\u007B\u0074rigger_link.n4AriwEnFrGh3tu08W0U\u007D\u007D|}";
            """).Verify();

    // \U below U+10000 is one char, a lone surrogate too (C# takes it); turning that into a string threw, and the whole
    // literal went unjudged. An astral \U is two chars, and the span still covers the escapes.
    [Fact]
    public Task Long_unicode_escapes_of_any_value_leave_the_literal_judged() =>
        WithKnownLinks().Members("""
            string lone = "\U0000D800 {|LNK001:{{trigger_link.gone}}|}";
            string astral = "\U0001F600 {|LNK002:\U0000007B{trigger_link.n4AriwEnFrGh3tu08W0U}}|} \U0001F600";
            """).Verify();
}
