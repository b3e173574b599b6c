using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Where each self-contained piece of a constant string lands in its folded value: the operands of a concatenation,
/// or the text parts and holes of an interpolation. A field inside one piece is that piece's business (a literal's own
/// check, or the declaration of the constant a name refers to); one that spans pieces is only visible folded.
/// </summary>
internal static class ConstantPieces
{
    /// <summary>
    /// A syntax-only filter run before any semantic work. A field spread over pieces starts with a brace in one piece and
    /// ends with a brace in a later one. So it needs a brace in some piece whose text the syntax shows (a literal or
    /// interpolated text; a <c>nameof</c> has none), or else two pieces whose values only the semantic model knows: the
    /// names that bring both ends (<c>Prefix + "abc" + Suffix</c>, <c>Prefix + nameof(Id) + Suffix</c>).
    /// </summary>
    /// <returns>
    /// <paramref name="node"/>, or the longest start of its <c>+</c> chain that might be constant when the chain as a whole
    /// is built at run time (<c>Prefix + "abc}}" + name</c> is <c>(Prefix + "abc}}") + name</c>, whose left side the
    /// compiler folds); null when no field can be spread over its pieces.
    /// </returns>
    public static ExpressionSyntax? FoldingCandidate(ExpressionSyntax node)
    {
        // Two passes: the cheap look at the text settles almost every concatenation; names are only resolved
        // against the surrounding parameters and locals for the few that remain. A start of the chain has a subset of
        // its pieces: once no field can be spread over them, none can over a shorter start.
        var whole = new Verdict();
        Inspect(node, ref whole, runTimeNames: null);
        if (!whole.Suggestive && whole.Names < 2)
        {
            return null;
        }

        // The longest start without a piece built at run time: found in one walk down the chain, not by dropping one
        // operand at a time (quadratic in a chain of 100,000 pieces with a run-time piece near its beginning).
        ExpressionSyntax? start = whole.RunTime ? LongestStartWithoutRunTime(node, runTimeNames: null) : node;
        start = start is null ? null : LongestStartWithoutRunTime(start, new RunTimeNames(node));
        if (start is null || start == node)
        {
            return start;
        }

        var verdict = new Verdict();
        Inspect(start, ref verdict, runTimeNames: null);
        return verdict.Suggestive || verdict.Names >= 2 ? start : null;
    }

    /// <summary>
    /// <paramref name="node"/> when none of its pieces is built at run time; else the longest start of its <c>+</c> chain
    /// (as <see cref="ChainStart"/> takes them, one operand fewer each time) that has none; null when there is none.
    /// </summary>
    private static ExpressionSyntax? LongestStartWithoutRunTime(ExpressionSyntax node, RunTimeNames? runTimeNames)
    {
        ExpressionSyntax? start = node;
        ExpressionSyntax current = node;
        while (Unparenthesized(current) is BinaryExpressionSyntax chain && chain.IsKind(SyntaxKind.AddExpression))
        {
            var right = new Verdict();
            Inspect(chain.Right, ref right, runTimeNames);
            if (right.RunTime)
            {
                // Every start longer than chain.Left holds this piece; keep looking for one further in.
                start = ChainStart(chain);
            }

            current = chain.Left;
        }

        var first = new Verdict();
        Inspect(current, ref first, runTimeNames);
        return first.RunTime ? null : start;
    }

    /// <summary>
    /// A <c>+</c> chain without its last operand (<c>(Prefix + "abc}}")</c> of <c>Prefix + "abc}}" + name</c>), when that
    /// start has pieces of its own to spread a field over; null otherwise. One piece (<c>"{{trigger_link.x}}" + name</c>)
    /// spreads no field: its own check judges it.
    /// </summary>
    public static ExpressionSyntax? ChainStart(ExpressionSyntax node) =>
        Unparenthesized(node) is BinaryExpressionSyntax chain && chain.IsKind(SyntaxKind.AddExpression)
            && Unparenthesized(chain.Left) is BinaryExpressionSyntax or InterpolatedStringExpressionSyntax
            ? chain.Left
            : null;

    /// <summary>
    /// The operands of <paramref name="node"/>'s <c>+</c> chain past its folded start <paramref name="folded"/> (all of
    /// them when null) that are concatenations of their own, in parentheses: <c>(Open + "abc}}")</c> of
    /// <c>name + (Open + "abc}}")</c>. The folded start holds its operands' fields already.
    /// </summary>
    public static IEnumerable<ExpressionSyntax> ConcatenatedOperandsPast(ExpressionSyntax node, ExpressionSyntax? folded)
    {
        // Compared by full spans: a node's span is found by descending to its first token, as deep as the chain is long.
        ExpressionSyntax current = node;
        while ((folded is null || !folded.FullSpan.Contains(current.FullSpan)) && Unparenthesized(current) is BinaryExpressionSyntax chain && chain.IsKind(SyntaxKind.AddExpression))
        {
            if (Unparenthesized(chain.Right) is BinaryExpressionSyntax operand && operand.IsKind(SyntaxKind.AddExpression))
            {
                yield return operand;
            }

            current = chain.Left;
        }
    }

    /// <summary>Whether a <c>+</c> is an operand of another, in parentheses or not: only the outermost of a chain is a candidate.</summary>
    public static bool IsOperandOfConcatenation(ExpressionSyntax node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node.Parent is BinaryExpressionSyntax parent && parent.IsKind(SyntaxKind.AddExpression);
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>What the operands of a + chain or interpolation say, gathered without allocating (this runs on every concatenation).</summary>
    private struct Verdict
    {
        /// <summary>Some piece is surely computed at run time: no constant, no folding.</summary>
        public bool RunTime;

        /// <summary>Some text the syntax shows has a brace or the marker.</summary>
        public bool Suggestive;

        /// <summary>How many pieces are names: constants whose values (braces, marker and all) only the semantic model knows.</summary>
        public int Names;
    }

    private static void Inspect(ExpressionSyntax expression, ref Verdict verdict, RunTimeNames? runTimeNames)
    {
        // A + chain nests to the left, one level per operand: walked down its left spine in a loop, since a recursion as
        // deep as a 100,000-piece constant overflows the compiler's stack. Only the right operands (a piece each, rarely
        // nested) and what is inside a piece recurse. The verdict does not depend on the order the pieces are seen in.
        ExpressionSyntax current = Unparenthesized(expression);
        while (current is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
        {
            InspectPiece(binary.Right, ref verdict, runTimeNames);
            current = Unparenthesized(binary.Left);
        }

        InspectPiece(current, ref verdict, runTimeNames);
    }

    private static void InspectPiece(ExpressionSyntax expression, ref Verdict verdict, RunTimeNames? runTimeNames)
    {
        switch (Unparenthesized(expression))
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                Inspect(binary, ref verdict, runTimeNames);
                break;
            case InterpolatedStringExpressionSyntax interpolation:
                foreach (InterpolatedStringContentSyntax content in interpolation.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        verdict.Suggestive |= Suggests(text.TextToken.ValueText);
                    }
                    else if (content is InterpolationSyntax hole)
                    {
                        // {X,5} and {X:F2} are formatted at run time: such a string is never a constant.
                        if (hole.AlignmentClause is not null || hole.FormatClause is not null)
                        {
                            verdict.RunTime = true;
                        }
                        else
                        {
                            Inspect(hole.Expression, ref verdict, runTimeNames);
                        }
                    }
                }

                break;
            case LiteralExpressionSyntax literal:
                verdict.Suggestive |= literal.IsKind(SyntaxKind.StringLiteralExpression) && Suggests(literal.Token.ValueText);
                break;
            case CastExpressionSyntax cast:
                // (string)Prefix is still the constant; a cast to anything else the semantic model finds not constant.
                Inspect(cast.Expression, ref verdict, runTimeNames);
                break;
            case ConditionalExpressionSyntax conditional:
                // A constant condition picks a constant branch; which one only the semantic model says, so both count.
                Inspect(conditional.WhenTrue, ref verdict, runTimeNames);
                Inspect(conditional.WhenFalse, ref verdict, runTimeNames);
                break;
            case DefaultExpressionSyntax:
                // default(string) is the constant null, as (string)null is (the literal default is a literal, above).
                break;
            case InvocationExpressionSyntax invocation when IsNameof(invocation):
                // nameof(X) is the constant "X": text the syntax shows, and an identifier never holds a brace.
                break;
            case IdentifierNameSyntax identifier:
                // A parameter or a non-const local: the string is built at run time.
                verdict.RunTime |= runTimeNames is not null && runTimeNames.Contains(identifier.Identifier.ValueText);
                verdict.Names++;
                break;
            case MemberAccessExpressionSyntax:
                verdict.Names++;
                break;
            default:
                verdict.RunTime = true; // A call, an operator, …: not a constant.
                break;
        }
    }

    /// <summary>
    /// Whether a call is <c>nameof(…)</c>, the constant string of a name. A method the user named <c>nameof</c> would make
    /// it a call, which the semantic model then finds not constant: taking it for nameof never rules out a real constant
    /// (nor, for LNK007, a use of a type: such a call would not compile with a type for its argument either).
    /// </summary>
    public static bool IsNameof(InvocationExpressionSyntax invocation) =>
        invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && invocation.ArgumentList.Arguments.Count == 1;

    private static bool Suggests(string value) =>
        value.IndexOf('{') >= 0 || value.IndexOf('}') >= 0 || value.IndexOf(LinksGenerator.Snapshot.MergeField.Marker, System.StringComparison.Ordinal) >= 0;

    /// <summary>The value ranges of the pieces, or null if some piece has no constant string value.</summary>
    /// <param name="node">A concatenation or an interpolation whose folded value is constant.</param>
    /// <param name="operation">
    /// <paramref name="node"/>'s operation when the caller has it: a piece's value is read from its leaf there, not asked
    /// of the semantic model (<see cref="FoldedOperation"/>).
    /// </param>
    /// <param name="model">Asked for the pieces the operation does not give.</param>
    /// <param name="cancellationToken">The analysis' own.</param>
    public static List<(int Start, int End)>? Of(ExpressionSyntax node, IOperation? operation, SemanticModel model, CancellationToken cancellationToken)
    {
        var pieces = new List<(int, int)>();
        int offset = 0;
        if (node is InterpolatedStringExpressionSyntax interpolation)
        {
            // Text parts decoded once, in order, and matched to the contents as they come.
            var texts = StringPieceDecoder.FromInterpolation(interpolation);
            int nextText = 0;
            foreach (InterpolatedStringContentSyntax content in interpolation.Contents)
            {
                ExpressionSyntax? part = content is InterpolationSyntax hole ? hole.Expression : null;
                string? value = part is null
                    ? texts[nextText++].Piece.Value
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

        List<IOperation>? leaves = FoldedOperation.Leaves(operation);
        int index = 0;
        foreach (ExpressionSyntax operand in Operands(node))
        {
            IOperation? leaf = leaves is not null && index < leaves.Count && FoldedOperation.IsSyntaxOf(leaves[index], operand) ? leaves[index] : null;
            index++;
            string? value = leaf is not null ? StringOf(leaf.ConstantValue) : ConstantString(operand, model, cancellationToken);
            if (value is null)
            {
                return null;
            }

            pieces.Add((offset, offset + value.Length));
            offset += value.Length;
        }

        return pieces;
    }

    /// <summary>
    /// Whether one piece of <see cref="Of"/> holds the range from <paramref name="start"/> to <paramref name="end"/>. The
    /// pieces tile the value in order, so the only piece that can is the last one starting at or before
    /// <paramref name="start"/>: found by a binary search, as a chain of thousands of pieces can hold as many fields.
    /// </summary>
    public static bool OneHolds(List<(int Start, int End)> pieces, int start, int end)
    {
        int found = SortedStarts.LastAtOrBefore(pieces, piece => piece.Start, start);
        return found >= 0 && end <= pieces[found].End;
    }

    private static string? ConstantString(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        // A literal's value is its token's: asking the semantic model walks up from the piece to the declaration, as far
        // as the piece is deep in the chain, which made a 100,000-piece constant take minutes.
        if (expression.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return ((LiteralExpressionSyntax)expression).Token.ValueText;
        }

        return StringOf(model.GetConstantValue(expression, cancellationToken));
    }

    /// <summary>A constant's text in a concatenation: null counts as empty; anything else than a string is no text.</summary>
    private static string? StringOf(Optional<object?> constant) =>
        constant.HasValue ? constant.Value as string ?? (constant.Value is null ? "" : null) : null;

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
