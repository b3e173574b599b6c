using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace LinksGenerator.Testing;

/// <summary>
/// Packs this repository's packages into a temporary folder feed, with a version no earlier run used (the NuGet cache
/// keys on id and version, so a reused version could serve a stale build), and gives consumers an isolated package
/// cache: tests and benchmarks consume exactly the code in the working tree, the way users consume a release.
/// </summary>
public sealed class LocalPackageFeed : IDisposable
{
    public LocalPackageFeed(string purpose)
    {
        Version = $"0.1.0-{purpose}.{DateTime.UtcNow:yyyyMMddHHmmss}.{System.Environment.ProcessId}";
        Root = Directory.CreateTempSubdirectory($"linksgenerator-{purpose}-").FullName;
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
    }

    public string Version { get; }

    public string Root { get; }

    public string FeedDirectory => Path.Combine(Root, "feed");

    public string PackagesDirectory => Path.Combine(Root, "packages");

    /// <summary>The environment every consumer command runs with: the isolated package cache.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDirectory };

    /// <summary>Packs a project of this repository (path relative to its root) into the feed, in Release.</summary>
    public async Task Pack(string project)
    {
        (await ProcessRunner.Dotnet(RepositoryPaths.Root, null, "pack", Path.Combine(RepositoryPaths.Root, project), "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}", "-p:ContinuousIntegrationBuild=true"))
            .EnsureSuccess("dotnet pack " + project);
    }

    public string PackagePath(string packageId) => Path.Combine(FeedDirectory, $"{packageId}.{Version}.nupkg");

    /// <summary>A new, empty folder whose NuGet.config sees the feed (and nuget.org for the SDK's own packages).</summary>
    public string NewWorkspace(string name)
    {
        string workspace = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(workspace);
        File.WriteAllText(Path.Combine(workspace, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{FeedDirectory}" />
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
            // The compiler server may still hold an analyzer from the feed; the OS cleans temp folders later.
        }
    }
}
