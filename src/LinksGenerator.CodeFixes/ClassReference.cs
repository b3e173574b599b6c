using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.CodeFixes;

/// <summary>
/// How code at a position names a generated <c>TriggerLinks</c> class: <c>TriggerLinks</c> where that simple name means
/// the class there (its namespace is imported or encloses the code, and nothing closer — a type, a member, a local, a
/// parameter — has the name); otherwise <c>Ns.TriggerLinks</c>, or <c>global::Ns.TriggerLinks</c> when even the first
/// part of the namespace means something else there. Every symbol counts, not only types: in <c>TriggerLinks.X</c> a
/// property or local called <c>TriggerLinks</c> wins, and the code would no longer compile or, worse, read the local.
/// </summary>
internal static class ClassReference
{
    /// <summary>The class, whose fully qualified name is <paramref name="qualified"/> (<c>global::Ns.TriggerLinks</c>), as code at <paramref name="position"/> names it.</summary>
    public static string At(SemanticModel model, int position, string qualified)
    {
        string withoutGlobal = qualified.Substring("global::".Length);
        int lastDot = withoutGlobal.LastIndexOf('.');
        string className = withoutGlobal.Substring(lastDot + 1);
        if (Means(model, position, className, symbol => symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == qualified))
        {
            return className;
        }

        int firstDot = withoutGlobal.IndexOf('.');
        return firstDot > 0 && Means(model, position, withoutGlobal.Substring(0, firstDot), symbol => symbol is INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true })
            ? withoutGlobal
            : qualified;
    }

    /// <summary>Whether the simple name <paramref name="name"/>, written at <paramref name="position"/>, binds to one symbol that <paramref name="expected"/> accepts.</summary>
    public static bool Means(SemanticModel model, int position, string name, System.Func<ISymbol, bool> expected)
    {
        // '@' only escapes a keyword in source (@class.@int): the symbol's name is without it.
        ImmutableArray<ISymbol> visible = model.LookupSymbols(position, name: name.TrimStart('@'));
        return visible.Length == 1 && expected(visible[0]);
    }
}
