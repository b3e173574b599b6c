namespace LinksGenerator.Generator;

/// <summary>Names of the generator's pipeline steps, so the caching tests can look each one up.</summary>
internal static class TrackingNames
{
    public const string LoadedSnapshots = nameof(LoadedSnapshots);
    public const string ChosenSnapshot = nameof(ChosenSnapshot);
    public const string Settings = nameof(Settings);
    public const string SourceOptions = nameof(SourceOptions);
    public const string OwnDeclaration = nameof(OwnDeclaration);
    public const string Model = nameof(Model);
    public const string Clashes = nameof(Clashes);
}
