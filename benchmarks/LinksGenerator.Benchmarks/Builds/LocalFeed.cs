using System;
using System.Collections.Generic;
using System.IO;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>
/// Packs this repository's packages into a temporary folder feed with a fresh version (so no NuGet cache serves an old
/// build) and an isolated package cache: benchmarks consume exactly the code in the working tree, like a user would.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    public LocalFeed()
    {
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
    }

    public string Version { get; } = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");

    public string Root { get; } = Directory.CreateTempSubdirectory("linksgenerator-bench-").FullName;

    public string FeedDirectory => Path.Combine(Root, "feed");

    public string PackagesDirectory => Path.Combine(Root, "packages");

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDirectory };

    public void Pack(string projectRelativePath) =>
        Shell.Dotnet(RepositoryPaths.Root, null, "pack", Path.Combine(RepositoryPaths.Root, projectRelativePath), "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}")
            .EnsureSuccess("dotnet pack " + projectRelativePath);

    /// <summary>A new folder whose NuGet.config sees the feed (and nuget.org for the SDK's own packages).</summary>
    public string NewWorkspace(string name)
    {
        string workspace = Path.Combine(Root, name);
        Directory.CreateDirectory(workspace);
        File.WriteAllText(Path.Combine(workspace, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="bench" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return workspace;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // The compiler server may still hold an analyzer; the OS cleans temp folders eventually.
        }
    }
}
