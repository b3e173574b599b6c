using System.Linq;
using System.Threading;
using LinksGenerator.Catalog;
using LinksGenerator.Collections;
using LinksGenerator.Diagnostics;
using LinksGenerator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Generator;

/// <summary>
/// What the project's own code declares under the generated class's name (docs/generated-code.md, "Your own part of
/// TriggerLinks"). A <c>partial class</c> is a part of the generated class: when it states the accessibility
/// (<c>internal static partial class TriggerLinks { }</c>), the generated part states none and takes the project's.
/// Anything else (an enum, a class without <c>partial</c>, a hand-written constants class the generator replaces) cannot
/// be merged with it: LNK105 at that declaration, and nothing is generated, so the compiler's errors do not point into
/// a generated file. Value-equatable: the compilation changes with every edit, this only when the declaration does.
/// </summary>
internal sealed record OwnDeclaration(bool StatesAccessibility, DiagnosticInfo? Clash)
{
    public static OwnDeclaration None { get; } = new(false, null);

    /// <summary>
    /// Looks the name up among the project's own types only (<see cref="IAssemblySymbol.GetTypeByMetadataName"/> of the
    /// compilation's assembly): no referenced assembly is searched, and the syntax of the declarations found is all it reads.
    /// </summary>
    public static OwnDeclaration Find(Compilation compilation, string? @namespace, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? type = compilation.Assembly.GetTypeByMetadataName(MetadataName(@namespace));
        if (type is null)
        {
            return None;
        }

        bool statesAccessibility = false;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax(cancellationToken);
            if (declaration is ClassDeclarationSyntax @class && @class.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                statesAccessibility |= @class.Modifiers.Any(m => SyntaxFacts.IsAccessibilityModifier(m.Kind()));
                continue;
            }

            return new OwnDeclaration(false, ClashAt(declaration, type.ToDisplayString()));
        }

        return new OwnDeclaration(statesAccessibility, null);
    }

    private static DiagnosticInfo ClashAt(SyntaxNode declaration, string name)
    {
        string kind = declaration switch
        {
            ClassDeclarationSyntax => "a class without 'partial'",
            RecordDeclarationSyntax => "a record",
            StructDeclarationSyntax => "a struct",
            InterfaceDeclarationSyntax => "an interface",
            EnumDeclarationSyntax => "an enum",
            DelegateDeclarationSyntax => "a delegate",
            _ => "another kind of type",
        };
        SyntaxToken identifier = declaration switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier,
            DelegateDeclarationSyntax @delegate => @delegate.Identifier,
            _ => declaration.GetFirstToken(),
        };
        FileLinePositionSpan lines = identifier.GetLocation().GetLineSpan();
        return new DiagnosticInfo(TriggerLinkRules.OwnTriggerLinksType.Id, lines.Path, identifier.Span, lines.Span, new EquatableArray<string>([name, kind]));
    }

    /// <summary>The class's metadata name: the namespace's segments without the '@' that escapes a keyword in source.</summary>
    private static string MetadataName(string? @namespace) =>
        @namespace is null
            ? MemberNamer.ClassName
            : string.Join(".", @namespace.Split('.').Select(segment => segment.TrimStart('@'))) + "." + MemberNamer.ClassName;
}
