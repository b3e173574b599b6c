using LinksGenerator.Rules;

namespace LinksGenerator.Templates;

/// <summary>
/// One finding in a template: the rule, its default severity, where (offsets and 0-based line/character of both ends),
/// and the message arguments of the rule's message. Plain data: the analyzer turns it into a diagnostic, ghl-links into
/// a line of output.
/// </summary>
internal sealed record TemplateFinding(
    string RuleId,
    RuleSeverity Severity,
    string MessageFormat,
    int Start,
    int Length,
    (int Line, int Character) From,
    (int Line, int Character) To,
    string[] MessageArgs)
{
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, MessageArgs);
}
