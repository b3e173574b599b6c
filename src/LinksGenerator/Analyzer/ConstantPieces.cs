using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Analyzer
{
    /// <summary>
    /// Where each self-contained piece of a constant string lands in its folded value: the operands of a concatenation,
    /// or the text parts and holes of an interpolation. A field inside one piece is that piece's business (a literal's own
    /// check, or the declaration of the constant a name refers to); one that spans pieces is only visible folded.
    /// </summary>
    internal static class ConstantPieces
    {
        public static bool IsNameOrLiteral(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax;

        /// <summary>
        /// A syntax-only filter run before any semantic work: a field spread over pieces needs a brace or the marker in some
        /// literal piece, unless every piece is a name (<c>Prefix + Suffix</c>), whose values only the semantic model knows.
        /// </summary>
        public static bool MightSpanAField(ExpressionSyntax node)
        {
            bool allNames = true;
            if (node is InterpolatedStringExpressionSyntax interpolation)
            {
                foreach (InterpolatedStringContentSyntax content in interpolation.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        allNames = false;
                        if (Suggests(text.TextToken.ValueText))
                        {
                            return true;
                        }
                    }
                }

                return allNames;
            }

            foreach (ExpressionSyntax operand in Operands(node))
            {
                switch (operand)
                {
                    case LiteralExpressionSyntax literal:
                        allNames = false;
                        if (literal.IsKind(SyntaxKind.StringLiteralExpression) && Suggests(literal.Token.ValueText))
                        {
                            return true;
                        }

                        break;
                    case InterpolatedStringExpressionSyntax interpolated:
                        allNames = false;
                        if (MightSpanAField(interpolated))
                        {
                            return true;
                        }

                        break;
                    case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                        break;
                    default:
                        return false; // A call, an operator, …: not a constant.
                }
            }

            return allNames;
        }

        private static bool Suggests(string value) =>
            value.IndexOf('{') >= 0 || value.IndexOf('}') >= 0 || value.IndexOf(LinksGenerator.Snapshot.MergeField.Marker, System.StringComparison.Ordinal) >= 0;

        /// <summary>The value ranges of the pieces, or null if some piece has no constant string value.</summary>
        public static List<(int Start, int End)>? Of(ExpressionSyntax node, SemanticModel model, CancellationToken cancellationToken)
        {
            var pieces = new List<(int, int)>();
            int offset = 0;
            if (node is InterpolatedStringExpressionSyntax interpolation)
            {
                foreach (InterpolatedStringContentSyntax content in interpolation.Contents)
                {
                    ExpressionSyntax? part = content is InterpolationSyntax hole ? hole.Expression : null;
                    string? value = part is null
                        ? TextValue((InterpolatedStringTextSyntax)content, interpolation)
                        : ConstantString(part, model, cancellationToken);
                    if (value is null)
                    {
                        return null;
                    }

                    pieces.Add((offset, offset + value.Length));
                    offset += value.Length;
                }

                return pieces;
            }

            foreach (ExpressionSyntax operand in Operands(node))
            {
                string? value = ConstantString(operand, model, cancellationToken);
                if (value is null)
                {
                    return null;
                }

                pieces.Add((offset, offset + value.Length));
                offset += value.Length;
            }

            return pieces;
        }

        private static string? TextValue(InterpolatedStringTextSyntax text, InterpolatedStringExpressionSyntax interpolation)
        {
            foreach (var (part, piece) in StringPieceDecoder.FromInterpolation(interpolation))
            {
                if (part == text)
                {
                    return piece.Value;
                }
            }

            return null;
        }

        private static string? ConstantString(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        {
            Optional<object?> constant = model.GetConstantValue(expression, cancellationToken);
            return constant.HasValue ? constant.Value as string ?? (constant.Value is null ? "" : null) : null;
        }

        /// <summary>The leaves of a chain of <c>+</c>, left to right, looking through parentheses.</summary>
        private static IEnumerable<ExpressionSyntax> Operands(ExpressionSyntax node)
        {
            var stack = new Stack<ExpressionSyntax>();
            stack.Push(node);
            while (stack.Count > 0)
            {
                ExpressionSyntax current = stack.Pop();
                while (current is ParenthesizedExpressionSyntax parenthesized)
                {
                    current = parenthesized.Expression;
                }

                if (current is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
                {
                    stack.Push(binary.Right);
                    stack.Push(binary.Left);
                }
                else
                {
                    yield return current;
                }
            }
        }
    }
}
