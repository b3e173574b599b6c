using System.Collections.Generic;
using LinksGenerator.Configuration;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>The list of templates the package's targets write into the intermediate folder and pass as an AdditionalFile.</summary>
internal static class TemplateList
{
    public const string Path = "/project/obj/Debug/net8.0/" + TemplateFiles.ListFileName;

    /// <summary>The list's full path as the targets pass it to the analyzer, a build property in the compiler's global config.</summary>
    public const string GlobalConfig = "is_global = true\n" + ProjectSettings.TemplateListProperty + " = " + Path + "\n";

    /// <summary>The list file naming <paramref name="templates"/>, one path per line, as MSBuild's WriteLinesToFile writes it.</summary>
    public static (string Path, string Text) File(IEnumerable<string> templates) => (Path, string.Join("\n", templates) + "\n");

    /// <summary>The line that says a template is written for <paramref name="location"/>: a tab, the location, a tab, the path.</summary>
    public static string LocationLine(string location, string template) => "\t" + location + "\t" + template;
}
