using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Code marked <c>[GeneratedCode]</c> inside an ordinary file. The driver skips generated files for us; per-file actions
/// see everything else, so a finding inside such a type or member is dropped here: judged from syntax first, only for the
/// rare findings, never for every string, and then, only for an attribute whose name says it may be the one, by what the
/// compiler binds it to — a project's own attribute that happens to be named <c>GeneratedCode</c>, or an alias of that
/// name for another attribute, marks nothing generated for the compiler, and hides nothing here.
/// </summary>
internal static class GeneratedCodeAttributes
{
    private const string AttributeType = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    public static bool Surround(Location location, Func<SemanticModel> model, CancellationToken cancellationToken)
    {
        if (location.SourceTree is not { } tree)
        {
            return false;
        }

        SyntaxNode? node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        for (; node is not null; node = node.Parent)
        {
            if (node is MemberDeclarationSyntax member && HasGeneratedCode(member.AttributeLists, model, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGeneratedCode(SyntaxList<AttributeListSyntax> lists, Func<SemanticModel> model, CancellationToken cancellationToken)
    {
        foreach (AttributeListSyntax list in lists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                string name = RightmostName(attribute.Name);
                if ((IsGeneratedCodeName(name) || (attribute.Name is IdentifierNameSyntax && IsAliasOfGeneratedCode(attribute, name)))
                    && BindsToGeneratedCode(attribute, model(), cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the compiler takes <paramref name="attribute"/> for the framework's <c>GeneratedCodeAttribute</c>, as its
    /// own generated-code check does (by the attribute's class, even when its arguments are wrong).
    /// </summary>
    private static bool BindsToGeneratedCode(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        SymbolInfo info = model.GetSymbolInfo(attribute, cancellationToken);
        ISymbol? constructor = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        return constructor?.ContainingType is { } type
            && string.Equals(type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), AttributeType, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a using alias where the attribute is (its file, or a namespace around it) makes its simple name the
    /// attribute: <c>using GenAttr = System.CodeDom.Compiler.GeneratedCodeAttribute;</c> and <c>[GenAttr("tool", "1")]</c>,
    /// which the compiler binds to the real attribute and takes for generated code. (A <c>global using</c> alias in another
    /// file is not seen: this stays syntax-only, for the few findings.)
    /// </summary>
    private static bool IsAliasOfGeneratedCode(AttributeSyntax attribute, string name)
    {
        for (SyntaxNode? node = attribute.Parent; node is not null; node = node.Parent)
        {
            SyntaxList<UsingDirectiveSyntax> usings = node switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax space => space.Usings,
                _ => default,
            };
            foreach (UsingDirectiveSyntax directive in usings)
            {
                // [X] binds to an alias named X or XAttribute, as it would to a type.
                if (directive.Alias?.Name.Identifier.ValueText is { } alias && (alias == name || alias == name + "Attribute")
                    && directive.Name is { } target && IsGeneratedCodeName(RightmostName(target)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsGeneratedCodeName(string name) => name is "GeneratedCode" or "GeneratedCodeAttribute";

    private static string RightmostName(NameSyntax name) =>
        name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
        : name is AliasQualifiedNameSyntax alias ? alias.Name.Identifier.ValueText
        : name is SimpleNameSyntax simple ? simple.Identifier.ValueText
        : "";
}
