using System.Threading.Tasks;
using LinksGenerator.Fields;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>
/// A literal passed as a composite format (a parameter marked <c>[StringSyntax("CompositeFormat")]</c>) is judged by
/// the text the format makes of it, where {{ is one brace.
/// </summary>
public class CompositeFormatTests
{
    [Fact]
    public Task A_field_in_a_format_string_is_LNK003_because_the_format_halves_its_braces() =>
        WithKnownLinks().Members("""
            string Sms(string name) => string.Format("Hi {0}, book: {|#0:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", name);
            void Log(System.Text.StringBuilder text, string name) => text.AppendFormat("{0}: {|#1:{{trigger_link.gone}}|}", name);
            string Print(string name) => string.Format(("{0} {|#2:{{ trigger_link.Ab3dEfGh1jKlMnOpQr5t }}|}"), name);
            """)
            .Expect(
                new DiagnosticResult(Malformed).WithLocation(0).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.CompositeFormatEscape),
                new DiagnosticResult(Malformed).WithLocation(1).WithArguments("{trigger_link.gone}", MalformedReason.CompositeFormatEscape),
                new DiagnosticResult(Malformed).WithLocation(2).WithArguments("{ trigger_link.Ab3dEfGh1jKlMnOpQr5t }", MalformedReason.CompositeFormatEscape))
            .Verify();

    [Fact]
    public Task A_format_parsed_ahead_or_given_alone_is_judged_as_a_format_too() =>
        WithKnownLinks().Members("""
            static readonly System.Text.CompositeFormat Parsed = System.Text.CompositeFormat.Parse("Book: {|#0:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}");
            string Alone() => string.Format("Book: {|#1:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}");
            static string Parse(string text) => text;
            string NotAFormat() => Parse("Book: {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}");
            """)
            .Expect(
                new DiagnosticResult(Malformed).WithLocation(0).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.CompositeFormatEscape),
                new DiagnosticResult(Malformed).WithLocation(1).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.CompositeFormatEscape))
            .Verify();

    [Fact]
    public Task Doubled_escapes_in_a_format_string_make_a_field_judged_like_any_other_but_not_fixable() =>
        WithKnownLinks().Members("""
            string Sms(string name) => string.Format("Hi {0}, book: {|LNK002:{{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}|} {|LNK001:{{{{trigger_link.gone}}}}|}", name);
            string Raw(string name) => string.Format(@"{0} {|LNK002:{{{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}}}|}", name);
            """).Verify();

    [Fact]
    public Task A_field_passed_as_an_argument_to_a_format_is_an_ordinary_literal() =>
        WithKnownLinks().Members("""
            string Sms(string name) => string.Format("Hi {0}, book: {1}", name, "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}");
            string Other(string name) => Join(name, "{|LNK001:{{trigger_link.gone}}|}");
            void Print() => System.Console.WriteLine("{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}");
            static string Join(string a, string b) => a + b;
            """).Verify();

    [Fact]
    public Task A_parameter_not_marked_as_a_composite_format_keeps_its_braces() =>
        WithKnownLinks().Members("""
            string Sms(string name) => Send("Hi, book: {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", name);
            static string Send(string text, string to) => to + text;
            """).Verify();

    [Fact]
    public Task Frameworks_before_NET_7_mark_no_format_parameter_and_their_formats_are_judged_as_formats_all_the_same() =>
        // Else a project that targets netstandard2.0 and net8.0 would get LNK003 from one target and, from the other,
        // LNK002 with a fix that keeps the halved braces and hides the warning.
        WithKnownLinks().OnNetStandard20().Members("""
            string Sms(string name) => string.Format("Hi {0}, book: {|#0:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", name);
            string Alone() => string.Format(null, "Book: {|#1:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", 1);
            void Log(System.Text.StringBuilder text, string name) => text.AppendFormat("{0}: {|#2:{{trigger_link.gone}}|}", name);
            void Print(string name) => System.Console.WriteLine("{0}: {|#3:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", name);
            void Write(System.IO.StringWriter writer, string name) => writer.Write("{0}: {|#4:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", name);
            void Trace(int count) => System.Diagnostics.Debug.WriteLine("{0}: {|#5:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", count);
            void Category(string name) => System.Diagnostics.Debug.WriteLine("{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", name); // a message and its category
            void Check(int count) => System.Diagnostics.Debug.Assert(count > 0, "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", "{0}: {|#6:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", count);
            void Text(string name) => System.Console.WriteLine("{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}");
            string Own(string name) => Format("Hi {0}, book: {|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}", name);
            static string Format(string format, string name) => format + name;
            """)
            .Expect(
                new DiagnosticResult(Malformed).WithLocation(0).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.CompositeFormatEscape),
                new DiagnosticResult(Malformed).WithLocation(1).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.CompositeFormatEscape),
                new DiagnosticResult(Malformed).WithLocation(2).WithArguments("{trigger_link.gone}", MalformedReason.CompositeFormatEscape),
                new DiagnosticResult(Malformed).WithLocation(3).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.CompositeFormatEscape),
                new DiagnosticResult(Malformed).WithLocation(4).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.CompositeFormatEscape),
                new DiagnosticResult(Malformed).WithLocation(5).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.CompositeFormatEscape),
                new DiagnosticResult(Malformed).WithLocation(6).WithArguments("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.CompositeFormatEscape))
            .Verify();

    private static DiagnosticDescriptor Malformed => Diagnostics.DiagnosticDescriptors.MalformedTriggerLink;
}
