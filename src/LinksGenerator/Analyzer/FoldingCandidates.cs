using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LinksGenerator.Analyzer;

/// <summary>
/// The per-file action for what needs the semantic model: constants folded from pieces (<c>Prefix + "abc}}"</c>,
/// <c>$"{{{{trigger_link.{Id}}}}}"</c>), and literals that may be a composite format or a regex (<see cref="LanguageArguments"/>).
/// A field can only span pieces where one of them holds the marker: a string the file spells it in, or the name of a
/// constant that holds it (<see cref="FoldingNames"/>). Only the concatenations and interpolations around those places
/// are candidates, and only the few a syntax check cannot rule out are bound. (The word "trigger_link" itself split over
/// two pieces is not looked for.)
/// </summary>
internal sealed class FoldingCandidates(StringAnalysis analysis, FoldingNames names)
{
    public void Analyze(SemanticModelAnalysisContext context)
    {
        SyntaxTree tree = context.SemanticModel.SyntaxTree;
        if (GeneratedFiles.IsGenerated(tree, context.Options, context.CancellationToken))
        {
            return; // Before the text is taken, as in StringsInTree.
        }

        string content = TextSearch.Content(tree.GetText(context.CancellationToken));

        var positions = new List<int>();
        // A field spread over pieces has the marker in one of them: spelled in this file's text (or in escapes), or
        // brought by the name of a constant that holds it. The chain around each such place is the only candidate.
        TextSearch.AddMarkerPlaces(content, positions);

        foreach (string name in names.Get(context.SemanticModel.Compilation, context.CancellationToken))
        {
            TextSearch.AddWordOccurrences(content, name, positions);
        }

        if (positions.Count == 0)
        {
            return;
        }

        var sink = new DiagnosticSink(tree, context.ReportDiagnostic, () => context.SemanticModel, context.CancellationToken);
        var tokens = new TokenCursor(tree.GetRoot(context.CancellationToken));
        var candidates = new HashSet<ExpressionSyntax>();
        var climbed = new HashSet<SyntaxNode>();
        var languageArguments = new HashSet<LiteralExpressionSyntax>();
        positions.Sort();
        foreach (int position in positions)
        {
            SyntaxToken token = tokens.At(position);

            // The marker or an escape only matters inside string text; a name only as a name (not in a string or comment).
            if (IsStringText(token) || token.IsKind(SyntaxKind.IdentifierToken))
            {
                AddCandidates(token, candidates, climbed);
            }

            if (token.Parent is LiteralExpressionSyntax literal && LanguageArguments.MayBeOne(literal) && languageArguments.Add(literal))
            {
                analysis.AnalyzeLanguageArgument(literal, context.SemanticModel, sink);
            }
        }

        foreach (ExpressionSyntax candidate in candidates)
        {
            analysis.AnalyzeFoldingCandidate(candidate, context.SemanticModel, sink);
        }
    }

    private static bool IsStringText(SyntaxToken token) =>
        token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
        || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
        || token.IsKind(SyntaxKind.Utf8StringLiteralToken) || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken)
        || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken);

    /// <summary>
    /// The interpolations with holes around a token, and each outermost <c>+</c> chain it is part of: a chain inside a
    /// piece of another (<c>name + (flag ? Open + "abc}}" : "")</c>) is folded on its own, as the piece's business.
    /// A climb stops at a node an earlier one passed (<paramref name="climbed"/>): what is above it is done, and climbing
    /// it again from every piece of a chain thousands deep would be quadratic.
    /// </summary>
    private static void AddCandidates(SyntaxToken token, HashSet<ExpressionSyntax> candidates, HashSet<SyntaxNode> climbed)
    {
        for (SyntaxNode? node = token.Parent; node is ExpressionSyntax or InterpolationSyntax or InterpolatedStringContentSyntax or InterpolationAlignmentClauseSyntax or InterpolationFormatClauseSyntax; node = node.Parent)
        {
            if (!climbed.Add(node))
            {
                break;
            }

            if (node is InterpolatedStringExpressionSyntax interpolation)
            {
                candidates.Add(interpolation);
            }
            else if (node is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression) && !ConstantPieces.IsOperandOfConcatenation(binary))
            {
                candidates.Add(binary);
            }
        }
    }
}
