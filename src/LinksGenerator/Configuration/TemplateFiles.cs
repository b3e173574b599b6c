using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LinksGenerator.Configuration;

/// <summary>
/// Which AdditionalFiles are templates: the ones the package's MSBuild wiring added from <c>TriggerLinksTemplate</c>
/// items (buildTransitive/LinksGenerator.targets marks them). Other additional files are none of our business.
/// </summary>
internal static class TemplateFiles
{
    /// <summary>Item metadata set by buildTransitive/LinksGenerator.targets and made visible to the compiler.</summary>
    public const string MarkerMetadata = "build_metadata.AdditionalFiles.TriggerLinksTemplate";

    public static bool IsTemplate(AnalyzerConfigOptions options) =>
        options.TryGetValue(MarkerMetadata, out string? marker) && string.Equals(marker, "true", StringComparison.OrdinalIgnoreCase);
}
