using System;
using System.Collections.Generic;
using System.IO;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// Files a folder's search leaves out because they are never templates: source code (C# strings are checked by the
/// analyzer with C#'s own rules, where <c>"{{trigger_link." + id + "}}"</c> is built at run time, not a broken field),
/// project and solution files, the tools' own configuration (<c>dotnet-tools.json</c>, <c>.editorconfig</c>…), and binary
/// assets that sit beside email templates (images, fonts, archives, documents),
/// which the compiler would refuse as binary. A file named as a PATH or matched by a glob is checked whatever it is:
/// only the folder search, which takes everything, needs telling.
/// </summary>
internal static class NeverTemplates
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        // Code, checked as code by the build.
        ".cs", ".csx", ".vb", ".fs", ".fsi", ".fsx",

        // Projects and solutions, and the settings of the tools that build and check them.
        ".csproj", ".vbproj", ".fsproj", ".proj", ".props", ".targets", ".sln", ".slnx", ".user",
        ".globalconfig", ".ruleset", ".runsettings", ".nuspec", ".rsp", ".DotSettings",

        // Binary assets and build output.
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp", ".tif", ".tiff", ".avif",
        ".woff", ".woff2", ".ttf", ".otf", ".eot",
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
        ".zip", ".gz", ".tgz", ".7z", ".nupkg", ".snupkg",
        ".mp3", ".mp4", ".wav", ".mov", ".webm",
        ".dll", ".exe", ".pdb", ".so", ".dylib",
    };

    /// <summary>The tools' own files a repository's root holds, which no message is written in.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "dotnet-tools.json", "global.json", "packages.lock.json", "nuget.config", "launchSettings.json", "stylecop.json", "omnisharp.json",
        ".editorconfig", ".gitattributes", ".gitignore", ".gitmodules", ".mailmap", ".dockerignore", ".npmrc", ".DS_Store",

        // Where secrets live: never read to look for links (.env.local and the like too).
        ".env",
    };

    /// <summary>Whether a folder's search leaves <paramref name="path"/> out.</summary>
    public static bool Contains(string path) =>
        Extensions.Contains(Path.GetExtension(path)) || Names.Contains(Path.GetFileName(path)) || Path.GetFileName(path).StartsWith(".env.", StringComparison.OrdinalIgnoreCase);
}
