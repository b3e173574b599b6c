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

    public Diagnostic ToDiagnostic()
    {
        Location location = FilePath is null ? Location.None : Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(DiagnosticDescriptors.ById[Id], location, MessageArgs.Cast<object>().ToArray());
    }
}
