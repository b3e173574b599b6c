using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace LinksGenerator.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs the LinksGenerator package once per test run into a temporary folder feed, with a version no earlier run used
/// (the NuGet cache keys on id and version, so a reused version could serve a stale build), and gives consumers an
/// isolated package cache. Shared by every test in <see cref="PackageCollection"/>.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    public string Version { get; } = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + System.Environment.ProcessId;

    public string Root { get; } = Directory.CreateTempSubdirectory("linksgenerator-e2e-").FullName;

    public string FeedDirectory => Path.Combine(Root, "feed");

    public string PackagesDirectory => Path.Combine(Root, "packages");

    public string PackagePath => Path.Combine(FeedDirectory, $"LinksGenerator.{Version}.nupkg");

    /// <summary>The environment every consumer command runs with: the isolated package cache.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDirectory };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
        string project = Path.Combine(RepositoryPaths.Root, "src", "LinksGenerator.Package", "LinksGenerator.Package.csproj");
        (await DotnetCli.Run(RepositoryPaths.Root, new Dictionary<string, string>(), "pack", project, "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}"))
            .ShouldSucceed();
        Assert.True(File.Exists(PackagePath), $"{PackagePath} was not produced");
    }

    /// <summary>A new, empty folder for one consumer, with a NuGet.config that sees the feed (and nuget.org for the SDK's own packages).</summary>
    public string NewWorkspace(string name)
    {
        string workspace = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(workspace);
        File.WriteAllText(Path.Combine(workspace, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return workspace;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS later.
        }

        return Task.CompletedTask;
    }
}

/// <summary>Every test that consumes the packed package shares one pack, and runs one at a time (they are whole builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed LinksGenerator package";
}
