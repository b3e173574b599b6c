using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Where an analysis of one syntax tree reports to, whichever action (tree or semantic model) runs it. <paramref name="model"/>
/// gives the tree's semantic model, asked for only to confirm that an attribute named <c>GeneratedCode</c> around a finding
/// is the real one (<see cref="GeneratedCodeAttributes"/>).
/// </summary>
internal readonly struct DiagnosticSink(SyntaxTree tree, Action<Diagnostic> report, Func<SemanticModel> model, CancellationToken cancellationToken)
{
    private readonly GeneratedCodeAttributes _generatedCode = new(tree, model, cancellationToken);

    public SyntaxTree Tree { get; } = tree;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public void Report(Diagnostic diagnostic)
    {
        // Code generated inside an ordinary file ([GeneratedCode] types) is skipped, as the driver skips generated files.
        if (!_generatedCode.Surround(diagnostic.Location))
        {
            report(diagnostic);
        }
    }
}
