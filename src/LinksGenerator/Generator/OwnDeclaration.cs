using System.Collections.Generic;
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
/// Anything else (an enum, a class without <c>partial</c>, a <c>file</c> class, which is a type of its own, the
/// hand-written constants class the generator replaces, a namespace of the name, say a folder's) cannot be merged with
/// it: LNK005 at each such declaration, and nothing is generated, so the compiler's errors do not point into a generated
/// file. So too a namespace that would hide a type the project's code uses (<see cref="HiddenTopLevelType"/>, LNK007).
/// Value-equatable: the compilation changes with every edit, this only when the declarations do.
/// </summary>
internal sealed record OwnDeclaration(bool StatesAccessibility, EquatableArray<DiagnosticInfo> Clashes, EquatableArray<OwnMember> Members)
{
    public static OwnDeclaration None { get; } = new(false, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<OwnMember>.Empty);

    /// <summary>
    /// Every type of the name, without type parameters, that the project's own code declares in the namespace: looked up
    /// in the compilation's own assembly only (no referenced assembly is searched), then read from its declarations' syntax.
    /// </summary>
    public static OwnDeclaration Find(Compilation compilation, string? @namespace, CancellationToken cancellationToken)
    {
        // First the names the syntax declares, which need no symbol: the project's own assembly symbol binds every reference
        // (0.16-0.30 s of a 500-file build charged to the generator, docs/benchmarks.md), worth paying only where a type of
        // the name exists at all, which in most projects it does not.
        DiagnosticInfo? hidden = HiddenTopLevelType.Find(compilation, @namespace, cancellationToken);
        OwnDeclaration nothingOwn = hidden is null ? None : None with { Clashes = new EquatableArray<DiagnosticInfo>([hidden]) };
        if (!compilation.ContainsSymbolsWithName(MemberNamer.ClassName, SymbolFilter.Namespace | SymbolFilter.Type, cancellationToken))
        {
            return nothingOwn;
        }

        INamespaceSymbol? container = compilation.Assembly.GlobalNamespace;
        foreach (string segment in @namespace is null ? System.Array.Empty<string>() : @namespace.Split('.'))
        {
            // '@' only escapes a keyword in source: the symbol's name is without it.
            container = container?.GetNamespaceMembers().FirstOrDefault(n => n.Name == segment.TrimStart('@'));
        }

        var types = container?.GetTypeMembers(MemberNamer.ClassName).Where(t => t.Arity == 0).ToList();
        var namespaces = container?.GetNamespaceMembers().Where(n => n.Name == MemberNamer.ClassName).ToList();
        if (container is null || (types!.Count == 0 && namespaces!.Count == 0))
        {
            return nothingOwn;
        }

        bool statesAccessibility = false;
        var clashes = new List<DiagnosticInfo>(hidden is null ? [] : [hidden]);
        var members = new List<OwnMember>();

        // A namespace of the name (App.TriggerLinks, often a folder's) and the class would be two members of one name (CS0101).
        foreach (INamespaceSymbol inner in namespaces!)
        {
            clashes.AddRange(inner.Locations.Where(l => l.IsInSource).Select(l => At(l, inner.ToDisplayString(), "a namespace")));
        }

        foreach (INamedTypeSymbol type in types!)
        {
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                SyntaxNode declaration = reference.GetSyntax(cancellationToken);
                if (declaration is ClassDeclarationSyntax @class && @class.Modifiers.Any(SyntaxKind.PartialKeyword) && !@class.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    statesAccessibility |= @class.Modifiers.Any(m => SyntaxFacts.IsAccessibilityModifier(m.Kind()));
                    members.AddRange(@class.Members.SelectMany(OwnMember.Of));
                    continue;
                }

                clashes.Add(ClashAt(declaration, type.ToDisplayString()));
            }
        }

        // Declarations in the order of their files and places, so equal code gives an equal answer.
        return new OwnDeclaration(
            statesAccessibility,
            new EquatableArray<DiagnosticInfo>(clashes.OrderBy(c => c.FilePath, System.StringComparer.Ordinal).ThenBy(c => c.Span.Start).ToArray()),
            new EquatableArray<OwnMember>(members.OrderBy(m => m.Place.FilePath, System.StringComparer.Ordinal).ThenBy(m => m.Place.Span.Start).ToArray()));
    }

    /// <summary>
    /// LNK005 for the project's own types of the name, then LNK006 for each member of its own part that has the name of a
    /// member generated from <paramref name="catalog"/> (<see cref="GeneratedMembers"/>): either way, nothing is generated.
    /// </summary>
    public EquatableArray<DiagnosticInfo> ClashesWith(LinkCatalog? catalog)
    {
        if (Members.Count == 0)
        {
            return Clashes;
        }

        Dictionary<string, string> generated = GeneratedMembers.Of(catalog);
        var memberClashes = Members.Where(m => generated.ContainsKey(m.Name)).Select(m => m.ClashWith(generated[m.Name])).ToArray();
        return memberClashes.Length == 0 ? Clashes : new EquatableArray<DiagnosticInfo>([.. Clashes, .. memberClashes]);
    }

    private static DiagnosticInfo ClashAt(SyntaxNode declaration, string name)
    {
        string kind = declaration switch
        {
            ClassDeclarationSyntax @class when @class.Modifiers.Any(SyntaxKind.FileKeyword) => "a 'file' class, a type of its own",
            ClassDeclarationSyntax => "a class without 'partial'",
            RecordDeclarationSyntax record when record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => "a record struct",
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
        return At(identifier.GetLocation(), name, kind);
    }

    private static DiagnosticInfo At(Location name, string fullName, string kind) =>
        DiagnosticInfo.At(TriggerLinkRules.OwnTriggerLinksType.Id, name, fullName, kind);
}
