using System.Threading.Tasks;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>
/// A literal passed as a regular expression (a parameter marked <c>[StringSyntax("Regex")]</c>, the Regex class's
/// <c>pattern</c>, a <c>[GeneratedRegex]</c> attribute) is a pattern that finds fields, never text a customer gets: it is
/// not judged. The same text anywhere else is.
/// </summary>
public class RegexPatternTests
{
    [Fact]
    public Task Patterns_given_to_the_Regex_class_are_not_judged() =>
        WithKnownLinks().Members("""
            static readonly System.Text.RegularExpressions.Regex Any = new System.Text.RegularExpressions.Regex(@"\{\{trigger_link\.(\w+)\}\}");
            static readonly System.Text.RegularExpressions.Regex Escaped = new("{{trigger_link\\.(\\w+)}}", System.Text.RegularExpressions.RegexOptions.None);
            static readonly System.Text.RegularExpressions.Regex One = new System.Text.RegularExpressions.Regex(@"{{trigger_link\.gone}}");
            static readonly System.Text.RegularExpressions.Regex TargetTyped = new("{{trigger_link.gone}}");
            bool Has(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"\{\{trigger_link\.[^}]*\}\}");
            string Strip(string text) => System.Text.RegularExpressions.Regex.Replace(text, ("{{trigger_link.gone}}"), "");
            """).Verify();

    [Fact]
    public Task A_GeneratedRegex_pattern_is_not_judged() =>
        WithKnownLinks().Members("""
            [System.Text.RegularExpressions.GeneratedRegex(@"\{\{trigger_link\.([A-Za-z0-9_-]+)\}\}")]
            private static System.Text.RegularExpressions.Regex Field() => null!;
            [System.Text.RegularExpressions.GeneratedRegex(options: System.Text.RegularExpressions.RegexOptions.None, pattern: "{{trigger_link.gone}}")]
            private static System.Text.RegularExpressions.Regex Named() => null!;
            """).Verify();

    [Fact]
    public Task A_parameter_of_its_own_marked_as_a_regex_is_not_judged_and_text_beside_it_is() =>
        WithKnownLinks().Members("""
            static bool Find([System.Diagnostics.CodeAnalysis.StringSyntax("Regex")] string pattern, string text) => text.Contains(pattern);
            bool Check() => Find(@"\{\{trigger_link\.", "Book: {|LNK001:{{trigger_link.gone}}|}");
            string NotAPattern() => System.Text.RegularExpressions.Regex.Escape("{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}");
            """).Verify();

    [Fact]
    public Task A_class_of_its_own_named_Regex_is_not_the_Regex_class() =>
        WithKnownLinks().Members("""
            sealed class Regex { public Regex(string pattern) { } }
            static readonly Regex Own = new Regex("{|LNK001:{{trigger_link.gone}}|}");
            static readonly Regex OwnTargetTyped = new("{|LNK001:{{trigger_link.gone}}|}");
            """).Verify();
}
