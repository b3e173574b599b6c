using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LinksGenerator.Benchmarks.ReadingAnalyzer;

/// <summary>
/// Reads every AdditionalFile the way any analyzer must (<see cref="AdditionalText.GetText"/>: the compiler opens the
/// file, decodes it and computes its checksum) and checks nothing. Built beside LinksGenerator's template check, it
/// tells the compiler's share of that check's cost from ours.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadEveryAdditionalFileAnalyzer : DiagnosticAnalyzer
{
    // A command-line build skips analyzers whose rules are all off, hidden or info (nothing of theirs would be printed),
    // so this rule is a warning, like LinksGenerator's template rules; it is reported only for a file the compiler could
    // not read, which the benchmark never has.
    private static readonly DiagnosticDescriptor Unreadable = new(
        "READ001", "Additional file not readable", "The compiler could not read '{0}'", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unreadable);

    public override void Initialize(AnalysisContext context)
    {
        // Like LinksGenerator's analyzer: concurrent, generated code analyzed as well (it has no effect on additional files).
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterAdditionalFileAction(static context =>
        {
            if (context.AdditionalFile.GetText(context.CancellationToken) is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Unreadable, Location.None, context.AdditionalFile.Path));
            }
        });
    }
}
