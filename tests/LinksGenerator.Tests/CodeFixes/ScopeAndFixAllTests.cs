using System.Threading.Tasks;
using static LinksGenerator.Tests.CodeFixes.CodeFixScenario;

namespace LinksGenerator.Tests.CodeFixes;

/// <summary>How the constant is named from where the fix lands, and fixing many fields at once.</summary>
public class ScopeAndFixAllTests
{
    [Fact]
    public Task Outside_the_namespace_without_a_using_the_name_is_qualified() =>
        Before("""
            namespace Other { class Messages { string Sms = "Book {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}"; } }
            """)
        .After("""
            namespace Other { class Messages { string Sms = "Book " + Acme.Messaging.TriggerLinks.FirstTag; } }
            """)
        .Verify();

    [Fact]
    public Task A_namespace_of_keywords_is_qualified_with_its_escapes_and_without_global() =>
        InNamespace("@class.@int", """
            namespace Other { class Messages { string Sms = "Book {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}"; } }
            """)
        .After("""
            namespace Other { class Messages { string Sms = "Book " + @class.@int.TriggerLinks.FirstTag; } }
            """)
        .Verify();

    [Fact]
    public Task With_a_using_the_short_name_is_used() =>
        Before("""
            using Acme.Messaging;
            namespace Other { class Messages { string Sms(string n) => $"Hi {n} {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}"; } }
            """)
        .After("""
            using Acme.Messaging;
            namespace Other { class Messages { string Sms(string n) => $"Hi {n} {TriggerLinks.FirstTag}"; } }
            """)
        .Verify();

    [Fact]
    public Task A_local_type_named_TriggerLinks_keeps_the_reference_namespace_qualified() =>
        Before("""
            namespace Other
            {
                class TriggerLinks { }
                class Messages { string Sms(string n) => $"Hi {n} {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}"; }
            }
            """)
        .After("""
            namespace Other
            {
                class TriggerLinks { }
                class Messages { string Sms(string n) => $"Hi {n} {Acme.Messaging.TriggerLinks.FirstTag}"; }
            }
            """)
        .Verify();

    [Fact]
    public Task When_even_the_namespace_is_shadowed_the_reference_is_global_and_parenthesized_in_a_hole() =>
        Before("""
            namespace Other
            {
                class Acme { }
                class Messages
                {
                    string Sms(string n) => $"Hi {n} {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|}";
                    string Text = "x {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
                }
            }
            """)
        .After("""
            namespace Other
            {
                class Acme { }
                class Messages
                {
                    string Sms(string n) => $"Hi {n} {(global::Acme.Messaging.TriggerLinks.FirstTag)}";
                    string Text = "x " + global::Acme.Messaging.TriggerLinks.FirstTag;
                }
            }
            """)
        .Verify();

    [Fact]
    public Task A_global_reference_written_for_a_string_inside_a_hole_is_parenthesized() =>
        Before(""""
            namespace Other
            {
                class Acme { }
                class Messages
                {
                    string Whole => $"a {"{|LNK002:{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}|}"} b";
                    string Part => $"a {"x {|LNK002:{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}|}"} b";
                    string Aligned => $"a {"{|LNK002:{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}|}",40}|";
                    string Raw => $$"""a {{"{|LNK002:{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}|}"}} b""";
                    string InCall => $"a {string.Concat("{|LNK002:{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}|}", "x")} b";
                }
            }
            """")
        .After(""""
            namespace Other
            {
                class Acme { }
                class Messages
                {
                    string Whole => $"a {(global::Acme.Messaging.TriggerLinks.BookACall)} b";
                    string Part => $"a {"x " + (global::Acme.Messaging.TriggerLinks.BookACall)} b";
                    string Aligned => $"a {(global::Acme.Messaging.TriggerLinks.BookACall),40}|";
                    string Raw => $$"""a {{(global::Acme.Messaging.TriggerLinks.BookACall)}} b""";
                    string InCall => $"a {string.Concat(global::Acme.Messaging.TriggerLinks.BookACall, "x")} b";
                }
            }
            """")
        .Verify();

    [Fact]
    public Task A_property_or_a_local_named_TriggerLinks_keeps_the_reference_namespace_qualified() =>
        Before("""
            namespace Acme.Messaging
            {
                class Messages
                {
                    static string TriggerLinks => "a property";
                    string Sms => "A {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}" + TriggerLinks.Length;
                    string Local()
                    {
                        var TriggerLinks = new { FirstTag = "a local" };
                        return "C {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}" + TriggerLinks.FirstTag;
                    }
                }
            }
            """)
        .After("""
            namespace Acme.Messaging
            {
                class Messages
                {
                    static string TriggerLinks => "a property";
                    string Sms => "A " + Acme.Messaging.TriggerLinks.FirstTag + TriggerLinks.Length;
                    string Local()
                    {
                        var TriggerLinks = new { FirstTag = "a local" };
                        return "C " + Acme.Messaging.TriggerLinks.FirstTag + TriggerLinks.FirstTag;
                    }
                }
            }
            """)
        .Verify();

    [Fact]
    public Task Constant_contexts_stay_constant() =>
        Before("""
            namespace Acme.Messaging;
            [System.ComponentModel.Description("Book: {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}")]
            class Messages
            {
                string Pick(string s) => s switch { "{|LNK002:{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}|}" => "book", _ => "other" };
                void M(string s = "x {|LNK002:{{trigger_link.dash-ed_id}}|}") { }
            }
            """)
        .After("""
            namespace Acme.Messaging;
            [System.ComponentModel.Description("Book: " + TriggerLinks.FirstTag)]
            class Messages
            {
                string Pick(string s) => s switch { TriggerLinks.BookACall => "book", _ => "other" };
                void M(string s = "x " + TriggerLinks.Dashed) { }
            }
            """)
        .Verify();

    [Fact]
    public Task Fix_all_rewrites_every_field_across_documents() =>
        Before("""
            namespace Acme.Messaging;
            class Sms
            {
                string A = "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|} or {|LNK002:{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}|}!";
                string B(string n) => $"{n}: {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|} {|LNK002:{{{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}}}|}";
            }
            """)
        .AlsoBefore("""
            namespace Acme.Messaging;
            class Email { const string C = @"{|LNK002:{{trigger_link.dash-ed_id}}|}"; }
            """)
        .After(
            """
            namespace Acme.Messaging;
            class Sms
            {
                string A = TriggerLinks.FirstTag + " or " + TriggerLinks.BookACall + "!";
                string B(string n) => $"{n}: {TriggerLinks.FirstTag} {TriggerLinks.BookACall}";
            }
            """,
            """
            namespace Acme.Messaging;
            class Email { const string C = TriggerLinks.Dashed; }
            """)
        .Verify();
}
