using System.Threading.Tasks;
using static LinksGenerator.Tests.CodeFixes.CodeFixScenario;

namespace LinksGenerator.Tests.CodeFixes;

/// <summary>LNK002's fix in every string form: the constant replaces the field and the value stays the same.</summary>
public class StringFormFixTests
{
    [Fact]
    public Task A_literal_that_is_only_the_field_becomes_the_constant() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { const string Link = "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}"; }
            """)
        .After("""
            namespace Acme.Messaging;
            class Messages { const string Link = TriggerLinks.FirstTag; }
            """)
        .Verify();

    [Fact]
    public Task A_field_inside_a_regular_literal_becomes_a_concatenation_that_stays_constant() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { const string Sms = "Book\t\"now\": {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}\n"; }
            """)
        .After("""
            namespace Acme.Messaging;
            class Messages { const string Sms = "Book\t\"now\": " + TriggerLinks.FirstTag + "\n"; }
            """)
        .Verify();

    [Fact]
    public Task A_string_in_a_hole_of_an_interpolated_string_with_a_field_of_its_own_is_fixed_in_the_same_pass() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { string Sms(int n) => $"a {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|} {"b {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}"} {n}"; }
            """)
        .After("""
            namespace Acme.Messaging;
            class Messages { string Sms(int n) => $"a {TriggerLinks.FirstTag} {"b " + TriggerLinks.FirstTag} {n}"; }
            """)
        .Verify();

    [Fact]
    public Task The_right_operand_of_a_user_defined_plus_is_parenthesized_and_of_a_strings_plus_is_not() =>
        Before("""
            namespace Acme.Messaging;
            class Msg { public static Msg operator +(Msg m, string s) => m; }
            class Messages
            {
                Msg M(Msg m) => m + "Hi {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
                string S(string s) => s + "Hi {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
                string I(int i) => i + "Hi {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
            }
            """)
        .After("""
            namespace Acme.Messaging;
            class Msg { public static Msg operator +(Msg m, string s) => m; }
            class Messages
            {
                Msg M(Msg m) => m + ("Hi " + TriggerLinks.FirstTag);
                string S(string s) => s + "Hi " + TriggerLinks.FirstTag;
                string I(int i) => i + "Hi " + TriggerLinks.FirstTag;
            }
            """)
        .Verify();

    [Fact]
    public Task The_parts_of_a_literal_keep_their_escapes_so_no_invisible_character_lands_in_the_file() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { const string Sms = "\u202Eevil\u202C\t{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|} \u200B\x41\U0001F600"; }
            """)
        .After("""
            namespace Acme.Messaging;
            class Messages { const string Sms = "\u202Eevil\u202C\t" + TriggerLinks.FirstTag + " \u200B\x41\U0001F600"; }
            """)
        .Verify();

    [Fact]
    public Task A_verbatim_literal_keeps_verbatim_segments() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { string Sms = @"C:\path ""q"" {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|} end"; }
            """)
        .After("""
            namespace Acme.Messaging;
            class Messages { string Sms = @"C:\path ""q"" " + TriggerLinks.FirstTag + @" end"; }
            """)
        .Verify();

    [Fact]
    public Task Parentheses_keep_member_access_on_the_whole_string() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { int Length = "a{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}b".Length; }
            """)
        .After("""
            namespace Acme.Messaging;
            class Messages { int Length = ("a" + TriggerLinks.FirstTag + "b").Length; }
            """)
        .Verify();

    [Fact]
    public Task A_single_line_raw_literal_becomes_a_raw_interpolation() =>
        Before(""""
            namespace Acme.Messaging;
            class Messages { const string Sms = """Say "hi" {x} {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}"""; }
            """")
        .After(""""
            namespace Acme.Messaging;
            class Messages { const string Sms = $$$"""Say "hi" {x} {{{TriggerLinks.FirstTag}}}"""; }
            """")
        .Verify();

    [Fact]
    public Task A_multi_line_raw_literal_keeps_its_indentation() =>
        Before(""""
            namespace Acme.Messaging;
            class Messages
            {
                const string Email = """
                    Hello,
                      book: {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}
                    """;
            }
            """")
        .After(""""
            namespace Acme.Messaging;
            class Messages
            {
                const string Email = $$$"""
                    Hello,
                      book: {{{TriggerLinks.FirstTag}}}
                    """;
            }
            """")
        .Verify();

    [Fact]
    public Task An_interpolated_string_gets_a_hole() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { string Sms(string name) => $"Hi {name}: {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|} {{done}}"; }
            """)
        .After("""
            namespace Acme.Messaging;
            class Messages { string Sms(string name) => $"Hi {name}: {TriggerLinks.FirstTag} {{done}}"; }
            """)
        .Verify();

    [Fact]
    public Task A_verbatim_interpolated_string_gets_a_hole() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { string Sms(string name) => $@"Hi ""{name}""
            {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}"; }
            """)
        .After("""
            namespace Acme.Messaging;
            class Messages { string Sms(string name) => $@"Hi ""{name}""
            {TriggerLinks.FirstTag}"; }
            """)
        .Verify();

    [Fact]
    public Task A_raw_interpolated_string_gets_a_hole_with_its_own_brace_count() =>
        Before(""""
            namespace Acme.Messaging;
            class Messages
            {
                string Sms(string name) => $$$"""
                    Hi {{{name}}} {x}
                    {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}
                    """;
            }
            """")
        .After(""""
            namespace Acme.Messaging;
            class Messages
            {
                string Sms(string name) => $$$"""
                    Hi {{{name}}} {x}
                    {{{TriggerLinks.FirstTag}}}
                    """;
            }
            """")
        .Verify();

    [Fact]
    public Task Utf8_literals_and_folded_constants_get_no_fix() =>
        Before("""
            namespace Acme.Messaging;
            class Messages
            {
                System.ReadOnlySpan<byte> Bytes => "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}"u8;
                const string Folded = {|LNK002:"{{trigger_link." + "n4AriwEnFrGh3tu08W0U}}"|};
                const string Prefix = "{{trigger_link.";
                const string Suffix = "}}";
                const string AroundText = {|LNK002:Prefix + ("n4AriwEnFrGh3tu08W0U" + Suffix)|};
                const string AroundNameof = {|LNK002:Prefix + nameof(Messages.n4AriwEnFrGh3tu08W0U) + Suffix|};
                int n4AriwEnFrGh3tu08W0U;
            }
            """)
        .Unchanged()
        .Verify();

    [Fact]
    public Task A_field_spelled_with_inner_spaces_gets_no_fix_because_the_constant_has_none() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { string Sms = "Book {|LNK002:{{ trigger_link.n4AriwEnFrGh3tu08W0U }}|}"; }
            """)
        .Unchanged()
        .Verify();

    [Fact]
    public Task An_interpolated_string_whose_holes_are_arguments_gets_no_fix_since_the_field_would_become_one() =>
        Before("""
            namespace Acme.Messaging;
            class Messages
            {
                System.FormattableString Sql(int id) => $"select {id}, '{|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}'";
                System.IFormattable Log(int id) => $"sent {id}: {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}";
                string Append(System.Text.StringBuilder b, int id) => b.Append($"{id}: {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}").ToString();
                System.FormattableString Cast(int id) => (System.FormattableString)($"{id}: {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}");
            }
            """)
        .Unchanged()
        .Verify();

    [Fact]
    public Task An_interpolated_string_held_as_an_object_keeps_its_text_and_is_fixed() =>
        Before("""
            namespace Acme.Messaging;
            class Messages { object Sms(int id) => $"{id}: {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}"; }
            """)
        .After("""
            namespace Acme.Messaging;
            class Messages { object Sms(int id) => $"{id}: {TriggerLinks.FirstTag}"; }
            """)
        .Verify();
}
