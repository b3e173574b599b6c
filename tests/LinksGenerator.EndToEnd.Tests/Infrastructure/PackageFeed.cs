using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The LinksGenerator package, packed once per test run into a temporary folder feed (see <see cref="LocalPackageFeed"/>),
/// shared by every test in <see cref="PackageCollection"/>.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    private readonly LocalPackageFeed _feed = new("e2e");

    public string Version => _feed.Version;

    public IReadOnlyDictionary<string, string> Environment => _feed.Environment;

    public string NewWorkspace(string name) => _feed.NewWorkspace(name);

    /// <summary>The packed .nupkg of <paramref name="packageId"/>.</summary>
    public string PackagePath(string packageId) => _feed.PackagePath(packageId);

    public async Task InitializeAsync()
    {
        await _feed.Pack(Path.Combine("src", "LinksGenerator.Package", "LinksGenerator.Package.csproj"));
        Assert.True(File.Exists(_feed.PackagePath("LinksGenerator")), "the LinksGenerator package was not produced");
    }

    public Task DisposeAsync()
    {
        _feed.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Every test that consumes the packed package shares one pack, and runs one at a time (they are whole builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed LinksGenerator package";
}
