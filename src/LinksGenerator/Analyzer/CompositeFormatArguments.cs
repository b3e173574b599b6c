using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
    /// Whether the literal is an argument of a call with other arguments (a format and what fills it), or the one argument
    /// of a call named <c>Format</c> or <c>Parse</c> (<c>CompositeFormat.Parse</c>): only those may be a composite format.
    /// Such literals are judged by the semantic action, with <see cref="IsCompositeFormat"/>; other single arguments
    /// (<c>Send("…")</c>, the common case) are never bound. Only string literals: a <c>"…"u8</c> literal is no format.
    /// This one test decides which action judges a literal, so the syntax action and the semantic one never both do.
    /// </summary>
    public static bool MayBeOne(LiteralExpressionSyntax literal) =>
        literal.IsKind(SyntaxKind.StringLiteralExpression)
        && ArgumentOf(literal) is { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax } arguments }
        && (arguments.Arguments.Count >= 2 || (arguments.Parent is InvocationExpressionSyntax invocation && CalledName(invocation) is "Format" or "Parse"));

    private static string? CalledName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

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
