namespace LinksGenerator.Rules;

/// <summary>
/// A rule's default severity. Mirrors Roslyn's <c>DiagnosticSeverity</c> so that the rules can be compiled into
/// <c>ghl-links</c> (which has no Roslyn) and still print exactly what the build prints.
/// </summary>
internal enum RuleSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
