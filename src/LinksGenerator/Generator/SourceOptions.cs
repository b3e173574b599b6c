namespace LinksGenerator.Generator;

/// <summary>
/// What the consuming project's compiler accepts, where the generated code has a choice: nullable annotations (C# 8)
/// and <c>[NotNullWhen]</c> (netstandard2.1 / .NET Core 3.0 and later); and whether the class states <c>public</c>,
/// which it leaves to the project's own part when that states an accessibility (<see cref="OwnDeclaration"/>).
/// Value-equatable, so it caches.
/// </summary>
internal sealed record SourceOptions(bool NullableAnnotations, bool NotNullWhenAttribute, bool StatesPublic = true)
{
    /// <summary>C# 7.3 on netstandard2.0: what every project compiles.</summary>
    public static SourceOptions Lowest { get; } = new(false, false);
}
