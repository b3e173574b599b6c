using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Code marked <c>[GeneratedCode]</c> inside an ordinary file. The driver skips generated files for us; per-file actions
/// see everything else, so a finding inside such a type or member is dropped here (judged from syntax, only for the rare
/// findings, never for every string).
/// </summary>
internal static class GeneratedCodeAttributes
{
    public static bool Surround(Location location, CancellationToken cancellationToken)
    {
        if (location.SourceTree is not { } tree)
        {
            return false;
        }

        SyntaxNode? node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        for (; node is not null; node = node.Parent)
        {
            if (node is MemberDeclarationSyntax member && HasGeneratedCode(member.AttributeLists))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGeneratedCode(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (AttributeListSyntax list in lists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                string name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
                    : attribute.Name is AliasQualifiedNameSyntax alias ? alias.Name.Identifier.ValueText
                    : attribute.Name is SimpleNameSyntax simple ? simple.Identifier.ValueText
                    : "";
                if (name is "GeneratedCode" or "GeneratedCodeAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
