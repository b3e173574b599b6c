using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LinksGenerator.CodeFixes;

/// <summary>
/// Where the program sees the source text of an expression, not only its value: an argument a method captures with
/// <c>[CallerArgumentExpression]</c> (<c>Expr("{{trigger_link.x}}")</c> prints the text as written), and a lambda made
/// into an expression tree (the tree shows a literal as a constant, a member as a member access). Rewriting code there
/// changes what the program shows, so the fixes are not offered; the diagnostics stay. Asked by the code fixes only,
/// never by the analyzer.
/// </summary>
internal static class CapturedSource
{
    private const string CallerArgumentExpression = "System.Runtime.CompilerServices.CallerArgumentExpressionAttribute";

    public static bool Shows(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        // The operations above the node: the arguments it is part of, and the lambdas around it (a query clause's too,
        // which have no syntax of their own).
        IOperation? operation = null;
        for (SyntaxNode? syntax = node; syntax is not null && operation is null; syntax = syntax.Parent)
        {
            operation = model.GetOperation(syntax, cancellationToken);
        }

        for (; operation is not null; operation = operation.Parent)
        {
            if (operation is IArgumentOperation argument && IsCapturedAsText(argument))
            {
                return true;
            }

            // A lambda made into a tree is the operand of a conversion to Expression<T>, not of a delegate creation.
            if (operation is IAnonymousFunctionOperation && IsExpressionTree(operation.Parent?.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another parameter of the called method takes this argument's text: one left out, so the compiler fills it in.</summary>
    private static bool IsCapturedAsText(IArgumentOperation argument)
    {
        if (argument.Parameter is not { } parameter || argument.Parent is not { } call)
        {
            return false;
        }

        return call.ChildOperations.OfType<IArgumentOperation>().Any(other =>
            other.ArgumentKind == ArgumentKind.DefaultValue
            && other.Parameter is { } capturing
            && capturing.GetAttributes().Any(attribute =>
                attribute.AttributeClass?.ToDisplayString() == CallerArgumentExpression
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value as string == parameter.Name));
    }

    /// <summary><c>Expression&lt;TDelegate&gt;</c>, or any <c>LambdaExpression</c> a lambda can be converted to.</summary>
    private static bool IsExpressionTree(ITypeSymbol? type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "LambdaExpression", ContainingNamespace: { Name: "Expressions", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }
        }

        return false;
    }
}
