using System.Threading.Tasks;
using LinksGenerator.Fields;
using Microsoft.CodeAnalysis.Testing;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>LNK003: near misses HighLevel would send to the customer as literal text.</summary>
public class MalformedFieldTests
{
    [Theory]
    [InlineData("{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.SingleBraces)]
    [InlineData("{{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.Unbalanced)]
    [InlineData("{trigger_link.n4AriwEnFrGh3tu08W0U}}", MalformedReason.Unbalanced)]
    [InlineData("{{trigger_link.n4AriwEnFrGh3tu08W0U", MalformedReason.NotClosed)]
    [InlineData("trigger_link.n4AriwEnFrGh3tu08W0U}}", MalformedReason.NotOpened)]
    [InlineData("{{trigger_link.}}", MalformedReason.NoId)]
    [InlineData("{{trigger_link}}", MalformedReason.NoId)]
    [InlineData("{{trigger_link.ab/c}}", MalformedReason.BadIdCharacter)]
    [InlineData("{{trigger_link.\u00E9t\u00E9}}", MalformedReason.BadIdCharacter)] // not a missing id: one of letters no id has
    [InlineData("{{trigger_link.\uFF24\uFF25\uFF21\uFF24}}", MalformedReason.BadIdCharacter)]
    [InlineData("%7B%7Btrigger_link.n4AriwEnFrGh3tu08W0U%7D%7D", MalformedReason.PercentEncoded)]
    [InlineData("&#123;&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#125;", MalformedReason.EntityEncoded)]
    [InlineData("&#0000000123;&#0000000123;trigger_link.n4AriwEnFrGh3tu08W0U&#0000000125;&#0000000125;", MalformedReason.EntityEncoded)]
    [InlineData("&#0000000000123;&#x00000000007B;trigger_link.n4AriwEnFrGh3tu08W0U&#x00000000007D;&#0000000000125;", MalformedReason.EntityEncoded)]
    [InlineData("&#123&#123trigger_link.n4AriwEnFrGh3tu08W0U&#125&#125", MalformedReason.EntityEncoded)]
    [InlineData("&#x7b&#x7B trigger_link.n4AriwEnFrGh3tu08W0U &#x7D&#125;", MalformedReason.EntityEncoded)]
    [InlineData("%7B%7B+trigger_link.n4AriwEnFrGh3tu08W0U+%7D%7D", MalformedReason.PercentEncoded)]
    [InlineData("%7b%7b++%20trigger_link.n4AriwEnFrGh3tu08W0U%20+%7d%7d", MalformedReason.PercentEncoded)]
    [InlineData("{{trigger_link .xxxxxxxxxxxxxxxxxx47}}", MalformedReason.SpaceBeforeDot)]
    [InlineData("{{ trigger_link  .n4AriwEnFrGh3tu08W0U }}", MalformedReason.SpaceBeforeDot)]
    [InlineData("{{trigger_link:.n4AriwEnFrGh3tu08W0U}}", MalformedReason.SpaceBeforeDot)]
    public Task A_malformed_field_inside_a_literal_is_LNK003(string field, string reason)
    {
        string unclosedEnd = reason == MalformedReason.NotClosed ? " and more" : "";
        return WithKnownLinks()
            .Members($$"""string s = "Book {|#0:{{field}}|}{{unclosedEnd}} today";""")
            .Expect(new DiagnosticResult(Diagnostics.DiagnosticDescriptors.MalformedTriggerLink).WithLocation(0).WithArguments(field, reason))
            .Verify();
    }

    // One entity longer than the bound (BraceTokens.MaxEntityLength, 16 characters) is no brace, on either side alike.
    [Theory]
    [InlineData("&#00000000000123;&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#125;", "&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#125;", MalformedReason.EntityEncoded)]
    [InlineData("&#123;&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#00000000000125;", "&#123;&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;", MalformedReason.EntityEncoded)]
    [InlineData("{{ trigger_link.n4AriwEnFrGh3tu08W0U+}}", "{{ trigger_link.n4AriwEnFrGh3tu08W0U+}}", MalformedReason.BadIdCharacter)] // '+' is a space only between encoded braces
    public Task Entity_braces_have_one_length_bound_and_a_plus_is_a_space_only_when_the_braces_are_percent_encoded(string source, string field, string reason)
    {
        int at = source.IndexOf(field, System.StringComparison.Ordinal);
        return WithKnownLinks()
            .Members($$"""string s = "Book {{source[..at]}}{|#0:{{field}}|}{{source[(at + field.Length)..]}} today";""")
            .Expect(new DiagnosticResult(Diagnostics.DiagnosticDescriptors.MalformedTriggerLink).WithLocation(0).WithArguments(field, reason))
            .Verify();
    }

    [Theory]
    [InlineData("{{\\ttrigger_link.n4AriwEnFrGh3tu08W0U}}", "{{\\ttrigger_link.n4AriwEnFrGh3tu08W0U}}")]
    [InlineData("{{\\ntrigger_link.n4AriwEnFrGh3tu08W0U }}", "{{\\ntrigger_link.n4AriwEnFrGh3tu08W0U }}")]
    [InlineData("{{\\u00A0trigger_link.n4AriwEnFrGh3tu08W0U\\u00A0}}", "{{\\u00a0trigger_link.n4AriwEnFrGh3tu08W0U\\u00a0}}")] // escaped: printed it would look like a plain space
    [InlineData("{{ trigger_link.n4AriwEnFrGh3tu08W0U\\r\\n}}", "{{ trigger_link.n4AriwEnFrGh3tu08W0U\\r\\n}}")]
    [InlineData("{{\\u200btrigger_link.n4AriwEnFrGh3tu08W0U}}", "{{\\u200btrigger_link.n4AriwEnFrGh3tu08W0U}}")] // a zero-width space: invisible, not "not opened"
    [InlineData("{{trigger_link.n4AriwEnFrGh3tu08W0U\\u2060}}", "{{trigger_link.n4AriwEnFrGh3tu08W0U\\u2060}}")] // a word joiner
    public Task A_field_with_other_white_space_than_spaces_inside_its_braces_is_LNK003_saying_so(string source, string shown)
    {
        return WithKnownLinks()
            .Members($$"""string s = "Book {|#0:{{source}}|} today";""")
            .Expect(new DiagnosticResult(Diagnostics.DiagnosticDescriptors.MalformedTriggerLink).WithLocation(0).WithArguments(shown, MalformedReason.OtherWhiteSpace))
            .Verify();
    }

    // Where an entity would end: the look back for its '&' from the string's first character once threw, losing the finding.
    [Fact]
    public Task A_semicolon_that_starts_a_string_before_a_field_is_no_entity() =>
        WithKnownLinks().Members("""string s = ";{|LNK001:{{trigger_link.deadDeadDead}}|}", t = ";{|LNK003:%7B%7Btrigger_link.n4AriwEnFrGh3tu08W0U%7D%7D|}";""").Verify();

    [Fact]
    public Task Malformed_fields_are_reported_without_a_snapshot_too() =>
        WithoutSnapshot().Members("""string s = "Book {|LNK003:{trigger_link.abc}|} {{trigger_link.abc}}";""").Verify();
}
