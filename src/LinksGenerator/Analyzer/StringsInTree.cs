using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LinksGenerator.Analyzer;

/// <summary>
/// The per-file action for string literals and interpolated text: one ordinal search of the file's text for
/// "trigger_link" decides whether there is anything to judge (in almost every file there is not), and only the strings
/// at those positions are decoded. No per-node callbacks, and no semantic model unless a finding sits in a declaration
/// marked with an attribute named <c>GeneratedCode</c> (<see cref="GeneratedCodeAttributes"/>).
/// </summary>
internal sealed class StringsInTree(StringAnalysis analysis, Compilation compilation)
{
    public void Analyze(SyntaxTreeAnalysisContext context)
    {
        // Generated files first: their text (TriggerLinks itself, 4 MB for 10,000 links) is not always held as one string,
        // and would be copied just to be skipped.
        if (GeneratedFiles.IsGenerated(context.Tree, context.Options, context.CancellationToken))
        {
            return;
        }

        string content = TextSearch.Content(context.Tree.GetText(context.CancellationToken));

        var positions = new List<int>();
        TextSearch.AddMarkerPlaces(content, positions);

        if (positions.Count == 0)
        {
            return;
        }

        SyntaxTree tree = context.Tree;
        SemanticModel? model = null;
        var sink = new DiagnosticSink(tree, context.ReportDiagnostic, () => model ??= compilation.GetSemanticModel(tree), context.CancellationToken);
        var tokens = new TokenCursor(context.Tree.GetRoot(context.CancellationToken));
        var judged = new HashSet<SyntaxNode>();
        positions.Sort();
        foreach (int position in positions)
        {
            SyntaxToken token = tokens.At(position);
            if (token.Parent is LiteralExpressionSyntax literal && (literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression)))
            {
                // A literal that may be a composite format or a regex is the semantic action's (FoldingCandidates) to judge.
                if (judged.Add(literal) && !LanguageArguments.MayBeOne(literal))
                {
                    analysis.AnalyzeLiteral(literal, sink);
                }
            }
            else if (token.IsKind(SyntaxKind.InterpolatedStringTextToken) && token.Parent?.Parent is InterpolatedStringExpressionSyntax interpolation)
            {
                if (judged.Add(interpolation))
                {
                    analysis.AnalyzeInterpolationText(interpolation, sink);
                }
            }
        }
    }
}
