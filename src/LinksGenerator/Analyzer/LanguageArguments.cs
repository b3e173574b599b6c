using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LinksGenerator.Analyzer;

/// <summary>What a string literal passed as an argument is, by the <c>[StringSyntax]</c> of the parameter it goes to.</summary>
internal enum ArgumentLanguage
{
    /// <summary>Text like any other: judged as it is.</summary>
    Text,

    /// <summary>
    /// A composite format (<c>string.Format</c>, <c>StringBuilder.AppendFormat</c>, <c>Console.WriteLine(format, …)</c>),
    /// where <c>{{</c> is an escaped brace: <c>string.Format("{{trigger_link.x}} {0}", name)</c> sends
    /// <c>{trigger_link.x}</c>, which HighLevel does not replace. Judged by the text the format makes.
    /// </summary>
    CompositeFormat,

    /// <summary>
    /// A regular expression (<c>new Regex(…)</c>, <c>Regex.IsMatch(s, …)</c>, <c>[GeneratedRegex(…)]</c>): a pattern that
    /// finds fields in text (<c>\{\{trigger_link\.(\w+)\}\}</c>), never text a customer gets. Not judged.
    /// </summary>
    Regex,
}

/// <summary>
/// String literals whose parameter says they are written in another language than text (<see cref="ArgumentLanguage"/>).
/// Telling needs the parameter's symbol, so a syntax check picks the few literals that may be such an argument and only
/// those are bound.
/// </summary>
internal static class LanguageArguments
{
    private const string CompositeFormat = "CompositeFormat";
    private const string Regex = "Regex";

    /// <summary>
    /// Whether the literal may be such an argument: an argument of a call with other arguments (a format and what fills
    /// it, a text and a pattern), the one argument of a call named <c>Format</c> or <c>Parse</c>
    /// (<c>CompositeFormat.Parse</c>) or of <c>new Regex(…)</c> or a target-typed <c>new(…)</c>, or an argument of a
    /// <c>[GeneratedRegex]</c> attribute. (A method of one parameter marked as a regex is not told by its name, so such a
    /// call is judged as text: binding every one-argument call would cost every build.)
    /// Such literals are judged by the semantic action, with <see cref="LanguageOf"/>; other single arguments
    /// (<c>Send("…")</c>, the common case) are never bound. Only string literals: a <c>"…"u8</c> literal is neither.
    /// This one test decides which action judges a literal, so the syntax action and the semantic one never both do.
    /// </summary>
    public static bool MayBeOne(LiteralExpressionSyntax literal)
    {
        if (!literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return false;
        }

        SyntaxNode argument = Unparenthesized(literal).Parent!;
        return argument switch
        {
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } arguments } =>
                arguments.Arguments.Count >= 2 || CalledName(invocation.Expression) is "Format" or "Parse",
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } arguments } =>
                arguments.Arguments.Count >= 2 || creation is ImplicitObjectCreationExpressionSyntax || creation is ObjectCreationExpressionSyntax { Type: var type } && CalledName(type) is Regex,
            AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } } =>
                CalledName(attribute.Name) is "GeneratedRegex" or "GeneratedRegexAttribute",
            _ => false,
        };
    }

    /// <summary>The language of the parameter the literal is passed to; <see cref="ArgumentLanguage.Text"/> when it says none.</summary>
    public static ArgumentLanguage LanguageOf(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        IParameterSymbol? parameter = ParameterOf(literal, model, cancellationToken);
        if (parameter is null)
        {
            return ArgumentLanguage.Text;
        }

        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "StringSyntaxAttribute" } && attribute.ConstructorArguments.Length > 0)
            {
                switch (attribute.ConstructorArguments[0].Value)
                {
                    case CompositeFormat:
                        return ArgumentLanguage.CompositeFormat;
                    case Regex:
                        return ArgumentLanguage.Regex;
                }
            }
        }

        // Before .NET 7 the framework marks no parameter: the Regex class's 'pattern' is one all the same, and so is the
        // 'format' of its formatting methods ('detailMessageFormat' in Debug.Assert). Told on every target, so a project
        // that targets netstandard2.0 and net8.0 judges a format alike in both (else one target would offer LNK002's fix
        // where the other warns LNK003).
        return parameter switch
        {
            { Name: "pattern", ContainingType: { Name: Regex } type } when IsIn(type, "RegularExpressions", "Text") => ArgumentLanguage.Regex,
            { Name: "format" or "detailMessageFormat", Type.SpecialType: SpecialType.System_String } when FormatsOlderFrameworksLeaveUnmarked(parameter.ContainingType) => ArgumentLanguage.CompositeFormat,
            _ => ArgumentLanguage.Text,
        };
    }

    /// <summary>
    /// The framework types whose <c>format</c> parameter is a composite format (string.Format, StringBuilder.AppendFormat,
    /// Console and TextWriter's Write and WriteLine, Debug and Trace's formatting methods, FormattableStringFactory.Create),
    /// TextWriter's descendants (StreamWriter, StringWriter) included.
    /// </summary>
    private static bool FormatsOlderFrameworksLeaveUnmarked(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            bool known = current.Name switch
            {
                "String" or "Console" or "FormattableString" => IsIn(current),
                "StringBuilder" => IsIn(current, "Text"),
                "TextWriter" => IsIn(current, "IO"),
                "Debug" or "Trace" or "TraceSource" => IsIn(current, "Diagnostics"),
                "FormattableStringFactory" => IsIn(current, "CompilerServices", "Runtime"),
                _ => false,
            };
            if (known)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is declared in System.<paramref name="namespaces"/> (innermost first), not nested.</summary>
    private static bool IsIn(INamedTypeSymbol type, params string[] namespaces)
    {
        if (type.ContainingType is not null)
        {
            return false;
        }

        INamespaceSymbol? current = type.ContainingNamespace;
        foreach (string name in namespaces)
        {
            if (current is null || current.Name != name)
            {
                return false;
            }

            current = current.ContainingNamespace;
        }

        return current is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
    }

    private static IParameterSymbol? ParameterOf(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        if (Unparenthesized(literal).Parent is AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } list } attributeArgument)
        {
            // An attribute's arguments make no operations: matched to the constructor's parameters by name or position.
            if (attributeArgument.NameEquals is not null || model.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol constructor)
            {
                return null;
            }

            if (attributeArgument.NameColon is { } nameColon)
            {
                foreach (IParameterSymbol named in constructor.Parameters)
                {
                    if (named.Name == nameColon.Name.Identifier.ValueText)
                    {
                        return named;
                    }
                }

                return null;
            }

            int index = list.Arguments.IndexOf(attributeArgument);
            return index < constructor.Parameters.Length ? constructor.Parameters[index] : null;
        }

        // From the literal up: parentheses and conversions make no argument operation of their own.
        IOperation? operation = model.GetOperation(literal, cancellationToken);
        while (operation?.Parent is IParenthesizedOperation or IConversionOperation)
        {
            operation = operation.Parent;
        }

        return (operation?.Parent as IArgumentOperation)?.Parameter;
    }

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private static SyntaxNode Unparenthesized(LiteralExpressionSyntax literal)
    {
        SyntaxNode node = literal;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node;
    }
}
