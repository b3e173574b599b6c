using System.Collections.Generic;
using LinksGenerator.Collections;
using LinksGenerator.Diagnostics;
using LinksGenerator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Generator;

/// <summary>
/// A member the project's own part of the class declares, and where its name stands (<see cref="Place"/>, the LNK006
/// without its words) should the part generated from the snapshot have a member of that name too. Value-equatable, no
/// syntax kept.
/// </summary>
internal sealed record OwnMember(string Name, DiagnosticInfo Place)
{
    /// <summary>The members <paramref name="member"/> declares by name: several for <c>public const string A = "", B = "";</c>, none for a constructor.</summary>
    public static IEnumerable<OwnMember> Of(MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case BaseFieldDeclarationSyntax field:
                foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                {
                    yield return At(variable.Identifier);
                }

                break;
            case PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } property:
                yield return At(property.Identifier);
                break;
            case EventDeclarationSyntax { ExplicitInterfaceSpecifier: null } @event:
                yield return At(@event.Identifier);
                break;
            case MethodDeclarationSyntax { ExplicitInterfaceSpecifier: null } method:
                yield return At(method.Identifier);
                break;
            case BaseTypeDeclarationSyntax type:
                yield return At(type.Identifier);
                break;
            case DelegateDeclarationSyntax @delegate:
                yield return At(@delegate.Identifier);
                break;
        }
    }

    /// <summary>LNK006 at this member's name: the generated part would have <paramref name="generated"/> of that name.</summary>
    public DiagnosticInfo ClashWith(string generated) => Place with { MessageArgs = new EquatableArray<string>([Name, generated]) };

    private static OwnMember At(SyntaxToken identifier) =>
        new(identifier.ValueText, DiagnosticInfo.At(TriggerLinkRules.OwnMemberClash.Id, identifier.GetLocation()));
}
