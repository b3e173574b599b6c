using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Diagnostics;

/// <summary>
/// A diagnostic as plain, value-equatable data, so it can travel through the incremental pipeline (a
/// <see cref="Diagnostic"/> or <see cref="Location"/> would break caching). <see cref="FilePath"/> null means no location.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string? FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo WithoutLocation(string id, params string[] args) =>
        new(id, null, default, default, new EquatableArray<string>(args));

    /// <summary>A diagnostic at <paramref name="location"/> in source, kept as its path and spans.</summary>
    public static DiagnosticInfo At(string id, Location location, params string[] args)
    {
        FileLinePositionSpan lines = location.GetLineSpan();
        return new(id, lines.Path, location.SourceSpan, lines.Span, new EquatableArray<string>(args));
    }

    /// <summary>A diagnostic on a file as a whole (its first character), for problems with no better place.</summary>
    public static DiagnosticInfo AtFile(string id, string path, params string[] args) =>
        new(id, path, default, default, new EquatableArray<string>(args));

    public Diagnostic ToDiagnostic() => Create(FilePath is null ? Location.None : Location.Create(FilePath, Span, LineSpan));

    /// <summary>
    /// The diagnostic at its place in the compilation's syntax tree of that path: only there do the .editorconfig
    /// sections that match the file and its <c>#pragma warning disable</c> apply to it (a location by path alone is a
    /// file outside the compilation, which only global options reach). Where no one tree has that path and the span
    /// (files without paths, as a host may make), it stays a location by path: a location outside its tree would be an
    /// exception in the compiler.
    /// </summary>
    public Diagnostic ToDiagnostic(IEnumerable<SyntaxTree> compilationTrees)
    {
        SyntaxTree? found = null;
        foreach (SyntaxTree tree in compilationTrees)
        {
            if (FilePath is not null && tree.FilePath == FilePath)
            {
                if (found is not null)
                {
                    return ToDiagnostic();
                }

                found = tree;
            }
        }

        return found is not null && Span.End <= found.Length ? Create(Location.Create(found, Span)) : ToDiagnostic();
    }

    private Diagnostic Create(Location location) => Diagnostic.Create(DiagnosticDescriptors.ById[Id], location, MessageArgs.Cast<object>().ToArray());
}
