using System.Linq;
using System.Threading;
using LinksGenerator.Diagnostics;
using LinksGenerator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Generator;

/// <summary>
/// A namespace the project never declares, whose first name is a type its code uses at the top level: a project named
/// Reminder with top-level statements and <c>record Reminder</c>, or one named Console that calls
/// <c>Console.WriteLine</c>. The generated <c>namespace Reminder</c> would be the first thing that name finds there, and
/// the project's own code would stop compiling (CS0101, CS0234) with errors that never mention the package: LNK007, and
/// nothing is generated.
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
        // That is nearly every project, and this lookup in the compiler's declarations costs nothing.
        if (compilation.ContainsSymbolsWithName(first, SymbolFilter.Namespace, cancellationToken))
        {
            return null;
        }

        // What the name means at the top of a file's code, after its usings and with the global ones: the file of the
        // top-level statements if any.
        var files = compilation.SyntaxTrees.Select(t => t.GetRoot(cancellationToken)).OfType<CompilationUnitSyntax>().Where(r => r.Members.Count > 0).ToList();
        CompilationUnitSyntax? file = files.FirstOrDefault(r => r.Members.Any(m => m is GlobalStatementSyntax)) ?? files.FirstOrDefault();
        if (file is null)
        {
            return null;
        }

        SemanticModel model = compilation.GetSemanticModel(file.SyntaxTree);
        if (model.LookupNamespacesAndTypes(file.Members[0].SpanStart, name: first).FirstOrDefault() is not INamedTypeSymbol type)
        {
            return null;
        }

        // A type of the global namespace and a namespace of one name cannot both be declared (CS0101), used or not; a type
        // a using brings in is hidden only where code names it: the first such place is where the diagnostic points.
        Location? at = type.ContainingNamespace.IsGlobalNamespace ? type.Locations.FirstOrDefault(l => l.IsInSource) : null;
        at ??= FirstUse(compilation, first, cancellationToken);
        if (at is null)
        {
            return null;
        }

        FileLinePositionSpan lines = at.GetLineSpan();
        return new DiagnosticInfo(
            TriggerLinkRules.NamespaceHidesType.Id, lines.Path, at.SourceSpan, lines.Span, new Collections.EquatableArray<string>([@namespace, type.ToDisplayString(), first]));
    }

    /// <summary>The first simple name <paramref name="name"/> in the code that is not a member's name after a dot.</summary>
    private static Location? FirstUse(Compilation compilation, string name, CancellationToken cancellationToken)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            // Most files do not hold the name at all: their text says so without a walk of their tokens.
            if (!tree.GetText(cancellationToken).ToString().Contains(name))
            {
                continue;
            }

            foreach (IdentifierNameSyntax identifier in tree.GetRoot(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                bool afterDot = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier
                    || identifier.Parent is QualifiedNameSyntax qualified && qualified.Right == identifier;
                if (!afterDot && identifier.Identifier.ValueText == name)
                {
                    return identifier.GetLocation();
                }
            }
        }

        return null;
    }
}
