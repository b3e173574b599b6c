using LinksGenerator.Catalog;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LinksGenerator.Configuration;

/// <summary>
/// The MSBuild properties the package makes visible to the compiler (buildTransitive/LinksGenerator.props), read once
/// per options snapshot. Value-equatable, so a pipeline step that depends on them is cached until they change.
/// </summary>
internal sealed record ProjectSettings(string? Namespace, string? ConfiguredSnapshot, string? ProjectDirectory)
{
    public const string NamespaceProperty = "build_property._TriggerLinksNamespaceForCompiler";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    /// <summary><c>TriggerLinksSnapshot</c> as a full path, encoded against the config's comment characters (<see cref="PathProperty"/>).</summary>
    public const string SnapshotProperty = "build_property._TriggerLinksSnapshotForCompiler";

    /// <summary>The full path of the template list the targets write (<see cref="TemplateFiles"/>), encoded the same way.</summary>
    public const string TemplateListProperty = "build_property._TriggerLinksTemplateListForCompiler";

    /// <summary><c>MSBuildProjectDirectory</c>, encoded the same way.</summary>
    public const string ProjectDirectoryProperty = "build_property._TriggerLinksProjectDirectoryForCompiler";

    /// <summary>How code outside the generated file names the class, whatever namespace or usings it has.</summary>
    public string QualifiedClassName => Namespace is null
        ? "global::" + MemberNamer.ClassName
        : "global::" + Namespace + "." + MemberNamer.ClassName;

    public static ProjectSettings From(AnalyzerConfigOptions globalOptions)
    {
        string? requested = ReadEncoded(globalOptions, NamespaceProperty) ?? Read(globalOptions, RootNamespaceProperty);
        return new ProjectSettings(
            CSharpNames.Namespace(requested),
            ConfiguredSnapshotOf(globalOptions),
            ReadEncoded(globalOptions, ProjectDirectoryProperty));
    }

    /// <summary>The <c>TriggerLinksSnapshot</c> property, or null when the project sets none and none was found.</summary>
    public static string? ConfiguredSnapshotOf(AnalyzerConfigOptions globalOptions) => ReadEncoded(globalOptions, SnapshotProperty);

    /// <summary>The template list's full path, or null when nothing passes one (an analyzer run without the package's targets).</summary>
    public static string? TemplateListOf(AnalyzerConfigOptions globalOptions) => ReadEncoded(globalOptions, TemplateListProperty);

    private static string? ReadEncoded(AnalyzerConfigOptions options, string key) => Read(options, key) is { } value ? PathProperty.Decode(value) : null;

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
