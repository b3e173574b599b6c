using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Installed;

/// <summary>
/// Packs src/LinksGenerator.Tool into a folder feed with a version no cache has seen, and installs that package with
/// <c>dotnet tool install --tool-path</c> from the feed alone, into an isolated NuGet folder: what runs is the package,
/// exactly as users get it. It also restores the package from a tool manifest, as a repository carries it (the README's
/// quickstart), where it runs as <c>dotnet ghl-links</c>.
/// </summary>
public sealed class InstalledToolFixture : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(8);

    private readonly TempFolder _root = new();

    /// <summary>Unique per run, so the NuGet cache can never hand back an older build.</summary>
    public string Version { get; } = "0.1.0-test.t" + Guid.NewGuid().ToString("N")[..16];

    public string ExecutablePath { get; private set; } = "";

    public string PackagePath { get; private set; } = "";

    /// <summary>A folder whose <c>dotnet-tools.json</c> names the package: <c>dotnet ghl-links</c> runs in it and below.</summary>
    public string ManifestFolder => _root.File("repository");

    /// <summary>What <c>dotnet ghl-links</c> needs to find the package that <c>dotnet tool restore</c> put in the NuGet folder.</summary>
    public IReadOnlyDictionary<string, string?> ManifestEnvironment => new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _root.File("nuget-packages") };

    public async Task InitializeAsync()
    {
        string repository = RepositoryRoot();
        string feed = _root.File("feed");
        string tools = _root.File("tools");

        // Its own artifacts folder: another test run (or the end-to-end tests packing the solution) may build the same
        // project at the same time, and must not share obj/ and bin/ with this one.
        await Run(repository, new Dictionary<string, string?>(),
            "pack", Path.Combine(repository, "src", "LinksGenerator.Tool", "LinksGenerator.Tool.csproj"),
            "-c", "Release", "-o", feed, "--artifacts-path", _root.File("artifacts"), "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true", "--nologo");
        PackagePath = Path.Combine(feed, $"LinksGenerator.Tool.{Version}.nupkg");

        // No package source but the feed: nothing is fetched from anywhere else, and nothing else can answer.
        _root.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        await Run(_root.Path, ManifestEnvironment,
            "tool", "install", "LinksGenerator.Tool", "--tool-path", tools, "--add-source", feed, "--version", Version, "--configfile", _root.File("nuget.config"));
        _root.Write("repository/dotnet-tools.json", $$"""{ "version": 1, "isRoot": true, "tools": { "linksgenerator.tool": { "version": "{{Version}}", "commands": ["ghl-links"] } } }""");
        await Run(ManifestFolder, ManifestEnvironment, "tool", "restore", "--add-source", feed, "--configfile", _root.File("nuget.config"));

        ExecutablePath = Path.Combine(tools, OperatingSystem.IsWindows() ? "ghl-links.exe" : "ghl-links");
        Assert.True(File.Exists(ExecutablePath), $"dotnet tool install left no {ExecutablePath}");
    }

    public Task DisposeAsync()
    {
        _root.Dispose();
        return Task.CompletedTask;
    }

    private static async Task Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(ChildProcess.Dotnet, args, workingDirectory, environment, CommandTimeout);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', args)} exited {exitCode}\n{stdout}\n{stderr}");
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LinksGenerator.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no LinksGenerator.sln above {AppContext.BaseDirectory}");
    }
}
