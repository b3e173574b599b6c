using System.Linq;
using System.Threading;
using LinksGenerator.Diagnostics;
using LinksGenerator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Generator;

/// <summary>
/// A namespace the project never declares, whose first name is a type its code uses: a project named Reminder with
/// <c>record Reminder</c> in the global namespace, or one named Console whose top-level statements call
/// <c>Console.WriteLine</c>. The generated <c>namespace Reminder</c> would be the first thing that name finds, and the
/// project's own code would stop compiling (CS0101, CS0234; CS0576 for a file's alias of that name, such as
/// <c>using Reminder = System.Text.StringBuilder;</c>) with errors that never mention the package: LNK007, and
/// nothing is generated. Asked of the compiler's declarations and of the code outside any namespace only (top-level
/// statements, types of the global namespace): a semantic lookup over a project's files, on every compilation, would cost
/// a large build a tenth of a second (docs/benchmarks.md), and a project with a namespace of that name is never asked.
/// </summary>
internal static class HiddenTopLevelType
{
    public static DiagnosticInfo? Find(Compilation compilation, string? @namespace, CancellationToken cancellationToken)
    {
        if (@namespace is null)
        {
            return null;
        }

        // '@' only escapes a keyword in source: the namespace's name is without it.
        string first = @namespace.Split('.')[0].TrimStart('@');

        // A project that declares the namespace itself already has it wherever the name is looked up: nothing changes.
        if (compilation.ContainsSymbolsWithName(first, SymbolFilter.Namespace, cancellationToken))
        {
            return null;
        }

        // A type of the global namespace and a namespace of one name cannot both be declared (CS0101), used or not.
        if (compilation.ContainsSymbolsWithName(first, SymbolFilter.Type, cancellationToken)
            && compilation.GetSymbolsWithName(first, SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>()
                .FirstOrDefault(t => t.ContainingType is null && t.ContainingNamespace.IsGlobalNamespace && t.Locations.Any(l => l.IsInSource)) is { } declared)
        {
            return Report(@namespace, declared, first, declared.Locations.First(l => l.IsInSource));
        }

        // An alias of that name a file declares outside any namespace (a global using alias too) meets a namespace of the
        // global namespace wherever code names it (CS0576): read off the files' using directives and names, no binding.
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root
                && root.Usings.FirstOrDefault(u => u.Alias?.Name.Identifier.ValueText == first) is { Alias: { } alias } directive
                && (directive.GlobalKeyword.IsKind(SyntaxKind.None) ? FirstUse(root, first) is not null : compilation.SyntaxTrees.Any(t => FirstUse((CompilationUnitSyntax)t.GetRoot(cancellationToken), first) is not null)))
            {
                return DiagnosticInfo.At(TriggerLinkRules.NamespaceHidesType.Id, alias.Name.GetLocation(), @namespace, AliasTarget(directive), first);
            }
        }

        // A type a using brings in is hidden where code outside any namespace names it (top-level statements, a type of
        // the global namespace): the first such place. Files with namespaces only are not looked through.
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root
                && (root.AttributeLists.Count > 0 || root.Members.Any(m => m is not BaseNamespaceDeclarationSyntax))
                && HiddenUse(compilation, tree, root, first, cancellationToken) is var (use, type))
            {
                return Report(@namespace, type, first, use.GetLocation());
            }
        }

        return null;
    }

    /// <summary>
    /// The first place outside any namespace where <paramref name="root"/> names <paramref name="first"/> and the name
    /// finds a type from the top of the file (a using's, the global namespace's), which a namespace of the global
    /// namespace would come before; not one a member, local or nested type of that name takes first (<c>Console</c> a
    /// property of the class the code is in), which the namespace would not change.
    /// </summary>
    private static (IdentifierNameSyntax Use, INamedTypeSymbol Type)? HiddenUse(Compilation compilation, SyntaxTree tree, CompilationUnitSyntax root, string first, CancellationToken cancellationToken)
    {
        SemanticModel? model = null;
        foreach (SyntaxNode member in root.AttributeLists.Concat<SyntaxNode>(root.Members.Where(m => m is not BaseNamespaceDeclarationSyntax)))
        {
            foreach (IdentifierNameSyntax use in Uses(member, first))
            {
                // nameof(Console) takes the namespace as it took the type, and still says "Console"; nameof(Console.Out) would not compile.
                if (IsWholeNameofArgument(use))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                model ??= compilation.GetSemanticModel(tree);
                if (model.LookupSymbols(use.SpanStart, name: first).FirstOrDefault() is INamedTypeSymbol { ContainingType: null } type)
                {
                    return (use, type);
                }
            }
        }

        return null;
    }

    private static bool IsWholeNameofArgument(IdentifierNameSyntax use) =>
        use.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } && Analyzer.ConstantPieces.IsNameof(invocation);

    /// <summary>What an alias names, as written (without <c>global::</c>): <c>System.Text.StringBuilder</c>.</summary>
    private static string AliasTarget(UsingDirectiveSyntax directive)
    {
        const string Global = "global::";
        string target = directive.NamespaceOrType.ToString();
        return target.StartsWith(Global, System.StringComparison.Ordinal) ? target.Substring(Global.Length) : target;
    }

    private static DiagnosticInfo Report(string @namespace, INamedTypeSymbol type, string first, Location at) =>
        DiagnosticInfo.At(TriggerLinkRules.NamespaceHidesType.Id, at, @namespace, type.ToDisplayString(), first);

    /// <summary>The first simple name <paramref name="name"/> in the file that is not a member's name after a dot (nor an alias's own name).</summary>
    private static IdentifierNameSyntax? FirstUse(CompilationUnitSyntax root, string name) => Uses(root, name).FirstOrDefault();

    /// <summary>
    /// The simple names <paramref name="name"/> in <paramref name="node"/> that are not a member's name after a dot (nor an
    /// alias's own name): in code, in documentation comments' <c>cref</c>s (parsed only where the project generates its
    /// documentation, the one build that binds them), and an attribute's short name (<c>[Obsolete]</c> for a namespace
    /// named ObsoleteAttribute: the compiler looks the name up with the suffix too).
    /// </summary>
    private static System.Collections.Generic.IEnumerable<IdentifierNameSyntax> Uses(SyntaxNode node, string name) =>
        node.DescendantNodes(descendIntoTrivia: true).OfType<IdentifierNameSyntax>().Where(identifier =>
            (identifier.Identifier.ValueText == name || IsShortAttributeName(identifier, name))
            && !(identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier)
            && !(identifier.Parent is QualifiedNameSyntax qualified && qualified.Right == identifier)
            && !(identifier.Parent is NameMemberCrefSyntax { Parent: QualifiedCrefSyntax } member && member.Name == identifier) // cref="System.Exception"
            && identifier.Parent is not NameEqualsSyntax);

    private static bool IsShortAttributeName(IdentifierNameSyntax identifier, string name)
    {
        const string Suffix = "Attribute";
        string shortName = identifier.Identifier.ValueText;
        return identifier.Parent is AttributeSyntax attribute && attribute.Name == identifier
            && name.Length == shortName.Length + Suffix.Length && name.StartsWith(shortName, System.StringComparison.Ordinal) && name.EndsWith(Suffix, System.StringComparison.Ordinal);
    }
}
