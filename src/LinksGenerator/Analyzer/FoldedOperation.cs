using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LinksGenerator.Analyzer;

/// <summary>
/// A folding candidate as the compiler bound it: its operation tree, when the semantic model gives one, and its constant
/// value. A chain is bound once, and its starts and pieces are read from that tree: asking the semantic model about each
/// of them walks up from it through every level of the chain above, quadratic in a chain thousands of pieces long.
/// </summary>
internal readonly struct FoldedOperation(IOperation? operation, Optional<object?> constant)
{
    /// <summary>The candidate's operation; null where the semantic model gives none (the constant is asked for directly then).</summary>
    public IOperation? Operation { get; } = operation;

    public Optional<object?> Constant { get; } = constant;

    public static FoldedOperation Of(ExpressionSyntax node, SemanticModel model, CancellationToken cancellationToken)
    {
        IOperation? operation = model.GetOperation(node, cancellationToken);
        return operation is not null
            ? new FoldedOperation(operation, operation.ConstantValue)
            : new FoldedOperation(null, model.GetConstantValue(node, cancellationToken));
    }

    /// <summary>
    /// The chain without its last operand (<paramref name="start"/>, found by <see cref="ConstantPieces.ChainStart"/>): the
    /// left operand of this operation when that is the same expression, else bound on its own.
    /// </summary>
    public FoldedOperation Start(ExpressionSyntax start, SemanticModel model, CancellationToken cancellationToken) =>
        Operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, LeftOperand: { } left } && IsSyntaxOf(left, start)
            ? new FoldedOperation(left, left.ConstantValue)
            : Of(start, model, cancellationToken);

    /// <summary>
    /// The leaves of a <c>+</c> chain's operation, left to right (those of its operands' own chains too, as
    /// <see cref="ConstantPieces"/> takes the pieces); null for an operation that is not a <c>+</c>.
    /// </summary>
    public static List<IOperation>? Leaves(IOperation? operation)
    {
        if (!IsAdd(operation))
        {
            return null;
        }

        var leaves = new List<IOperation>();
        var stack = new Stack<IOperation>();
        stack.Push(operation!);
        while (stack.Count > 0)
        {
            IOperation current = stack.Pop();
            if (IsAdd(current))
            {
                var binary = (IBinaryOperation)current;
                stack.Push(binary.RightOperand);
                stack.Push(binary.LeftOperand);
            }
            else
            {
                leaves.Add(current);
            }
        }

        return leaves;
    }

    /// <summary>Whether <paramref name="operation"/> is <paramref name="expression"/>'s: C# has no operation for parentheses.</summary>
    public static bool IsSyntaxOf(IOperation operation, ExpressionSyntax expression)
    {
        for (ExpressionSyntax current = expression; ; current = ((ParenthesizedExpressionSyntax)current).Expression)
        {
            if (operation.Syntax == current)
            {
                return true;
            }

            if (current is not ParenthesizedExpressionSyntax)
            {
                return false;
            }
        }
    }

    private static bool IsAdd(IOperation? operation) => operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add };
}
