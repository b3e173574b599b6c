using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Generator;

/// <summary>
/// What the consuming project's compiler accepts, where the generated code has a choice: nullable annotations (C# 8)
/// and <c>[NotNullWhen]</c> (netstandard2.1 / .NET Core 3.0 and later); and whether the class states <c>public</c>,
/// which it leaves to the project's own part when that states an accessibility (<see cref="OwnDeclaration"/>).
/// <paramref name="OlderLanguage"/> is the project's C# version when it is older than <see cref="MinimumLanguage"/>
/// (LNK009: nothing is generated), else null. Value-equatable, so it caches.
/// </summary>
internal sealed record SourceOptions(bool NullableAnnotations, bool NotNullWhenAttribute, bool StatesPublic = true, string? OlderLanguage = null)
{
    /// <summary>
    /// The oldest C# the generated class compiles with: it uses expression-bodied members and getter-only
    /// auto-properties (C# 6), nothing newer unless the project has it.
    /// </summary>
    public const LanguageVersion MinimumLanguage = LanguageVersion.CSharp6;

    /// <summary>C# 7.3 on netstandard2.0: what every project compiles.</summary>
    public static SourceOptions Lowest { get; } = new(false, false);

    /// <summary>The project's C# version when the generated class cannot compile with it (display form, "5"), else null.</summary>
    public static string? OlderThanMinimum(ParseOptions options) =>
        options is CSharpParseOptions { LanguageVersion: var version } && version < MinimumLanguage ? version.ToDisplayString() : null;
}
