using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Code marked <c>[GeneratedCode]</c> inside an ordinary file. The driver skips generated files for us; per-file actions
/// see everything else, so a finding inside such a type or member is dropped here: judged from syntax first, only for the
/// rare findings, never for every string, and then, only for an attribute whose name says it may be the one, by what the
/// compiler binds it to — a project's own attribute that happens to be named <c>GeneratedCode</c>, or an alias of that
/// name for another attribute, marks nothing generated for the compiler, and hides nothing here.
/// </summary>
internal sealed class GeneratedCodeAttributes(SyntaxTree tree, Func<SemanticModel> model, CancellationToken cancellationToken)
{
    private const string AttributeType = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    /// <summary>
    /// The file's type and member declarations with an attribute whose name says it may be the one, in document order,
    /// each with the index of the nearest such declaration around it (-1 for none). Gathered at the first finding, once:
    /// climbing from every finding to the top of the file was quadratic in a <c>+</c> chain thousands of pieces deep.
    /// </summary>
    private List<(MemberDeclarationSyntax Member, int Parent)>? _marked;

    /// <summary>Whether the compiler takes each of <see cref="_marked"/> for generated code, once asked.</summary>
    private readonly Dictionary<int, bool> _bound = [];

    public bool Surround(Location location)
    {
        if (location.SourceTree != tree)
        {
            return false;
        }

        TextSpan span = location.SourceSpan;
        _marked ??= Marked(tree.GetRoot(cancellationToken));

        // The declarations around the finding are the last one that starts before it and those around that one: any
        // declaration holding the finding starts before it, so it holds that last one too.
        for (int index = SortedStarts.LastAtOrBefore(_marked, marked => marked.Member.SpanStart, span.Start); index >= 0; index = _marked[index].Parent)
        {
            if (_marked[index].Member.Span.Contains(span) && IsGenerated(index))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsGenerated(int index)
    {
        if (!_bound.TryGetValue(index, out bool generated))
        {
            _bound[index] = generated = HasGeneratedCode(_marked![index].Member.AttributeLists, model, cancellationToken);
        }

        return generated;
    }

    /// <summary>
    /// Declarations only nest in the compilation unit, namespaces and types (a local function is a statement, and has no
    /// members of its own), so these are all of them: method bodies are not looked into.
    /// </summary>
    private static List<(MemberDeclarationSyntax Member, int Parent)> Marked(SyntaxNode root)
    {
        var marked = new List<(MemberDeclarationSyntax, int)>();
        var pending = new Stack<(MemberDeclarationSyntax Member, int Parent)>();
        Push(pending, root is CompilationUnitSyntax unit ? unit.Members : default, parent: -1);
        while (pending.Count > 0)
        {
            var (member, parent) = pending.Pop();
            if (MayBeMarked(member.AttributeLists))
            {
                marked.Add((member, parent));
                parent = marked.Count - 1;
            }

            switch (member)
            {
                case BaseNamespaceDeclarationSyntax space:
                    Push(pending, space.Members, parent);
                    break;
                case TypeDeclarationSyntax type:
                    Push(pending, type.Members, parent);
                    break;
                case EnumDeclarationSyntax enumeration:
                    Push(pending, enumeration.Members, parent);
                    break;
            }
        }

        return marked;
    }

    /// <summary>Pushed last first, so that they are popped, and gathered, in document order.</summary>
    private static void Push<TMember>(Stack<(MemberDeclarationSyntax, int)> pending, IReadOnlyList<TMember> members, int parent)
        where TMember : MemberDeclarationSyntax
    {
        for (int index = members.Count - 1; index >= 0; index--)
        {
            pending.Push((members[index], parent));
        }
    }

    private static bool MayBeMarked(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (AttributeListSyntax list in lists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                if (IsNamedLikeIt(attribute))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The syntax-only half of the check: the attribute's name, or an alias for it, says it may be the one.</summary>
    private static bool IsNamedLikeIt(AttributeSyntax attribute)
    {
        string name = RightmostName(attribute.Name);
        return IsGeneratedCodeName(name) || (attribute.Name is IdentifierNameSyntax && IsAliasOfGeneratedCode(attribute, name));
    }

    private static bool HasGeneratedCode(SyntaxList<AttributeListSyntax> lists, Func<SemanticModel> model, CancellationToken cancellationToken)
    {
        foreach (AttributeListSyntax list in lists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                if (IsNamedLikeIt(attribute) && BindsToGeneratedCode(attribute, model(), cancellationToken))
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
