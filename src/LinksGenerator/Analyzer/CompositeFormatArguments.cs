using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LinksGenerator.Analyzer;

/// <summary>
/// String literals passed as a composite format (<c>string.Format</c>, <c>StringBuilder.AppendFormat</c>,
/// <c>Console.WriteLine(format, …)</c>: parameters marked <c>[StringSyntax("CompositeFormat")]</c>), where <c>{{</c> is an
/// escaped brace: <c>string.Format("{{trigger_link.x}} {0}", name)</c> sends <c>{trigger_link.x}</c>, which HighLevel
/// does not replace. Telling needs the parameter's symbol, so the syntax check picks the few literals that may be one
/// and only those are bound.
/// </summary>
internal static class CompositeFormatArguments
{
    private const string CompositeFormat = "CompositeFormat";

    /// <summary>
    /// Whether the literal is an argument of a call with other arguments (a format and what fills it): only those may be a
    /// composite format. Such literals are judged by the semantic action, with <see cref="IsCompositeFormat"/>.
    /// </summary>
    public static bool MayBeOne(LiteralExpressionSyntax literal) =>
        ArgumentOf(literal) is { Parent: ArgumentListSyntax { Arguments.Count: >= 2, Parent: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax } };

    /// <summary>Whether the literal is passed to a parameter marked <c>[StringSyntax("CompositeFormat")]</c>.</summary>
    public static bool IsCompositeFormat(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        // From the literal up: parentheses make no argument operation of their own.
        IOperation? operation = model.GetOperation(literal, cancellationToken);
        while (operation?.Parent is IParenthesizedOperation or IConversionOperation)
        {
            operation = operation.Parent;
        }

        if (operation?.Parent is not IArgumentOperation { Parameter: { } parameter })
        {
            return false;
        }

        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "StringSyntaxAttribute" }
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is CompositeFormat)
            {
                return true;
            }
        }

        return false;
    }

    private static ArgumentSyntax? ArgumentOf(LiteralExpressionSyntax literal)
    {
        SyntaxNode node = literal;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node.Parent as ArgumentSyntax;
    }
}
