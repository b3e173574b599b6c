using System;
using System.Linq;
using System.Threading;
using LinksGenerator.Catalog;
using LinksGenerator.Generator;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Whether the generator generated <c>TriggerLinks</c> in this compilation. Not when the project's own code declares a
/// type, namespace or member the class cannot stand beside (LNK005–LNK007), nor when the project's C# is older than the
/// class needs (LNK009): LNK002 names a constant only where there is one, since with none the member it names would bind
/// to the project's own class, or to nothing, and its fix would write code that does not compile. Decided once per
/// compilation, when the first known field is found, so code that hard-codes none pays nothing.
/// </summary>
internal sealed class GeneratedClass(Compilation compilation, string? @namespace, LinkCatalog? catalog, CancellationToken cancellationToken)
{
    /// <summary>Where the compiler puts the generated file: a folder of the generator's type name, then the file's hint name.</summary>
    private static readonly string GeneratedFileEnd = typeof(TriggerLinksGenerator).FullName + "/" + TriggerLinksSourceWriter.HintName;

    private readonly Lazy<bool> _exists = new(
        () => compilation.SyntaxTrees.Any(IsGeneratedFile) || WouldGenerate(compilation, @namespace, catalog, cancellationToken),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public bool Exists => _exists.Value;

    /// <summary>The generated file, which the analyzers' compilation holds once the generator has run.</summary>
    public static bool IsGeneratedFile(SyntaxTree tree) =>
        tree.FilePath.Replace('\\', '/').EndsWith(GeneratedFileEnd, StringComparison.Ordinal);

    /// <summary>
    /// Without the generated file, the compilation is the one the generator saw (a host that runs analyzers alone, or a
    /// build that generated nothing): its own rules tell. With the file, they cannot: its members would count as the
    /// project's own.
    /// </summary>
    private static bool WouldGenerate(Compilation compilation, string? @namespace, LinkCatalog? catalog, CancellationToken cancellationToken) =>
        SourceOptions.OlderThanMinimum(compilation.SyntaxTrees.First().Options) is null
        && OwnDeclaration.Find(compilation, @namespace, cancellationToken).ClashesWith(catalog).Count == 0;
}
