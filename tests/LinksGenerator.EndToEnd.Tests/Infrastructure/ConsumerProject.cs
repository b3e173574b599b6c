using System.IO;
using System.Threading.Tasks;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests.Infrastructure;

/// <summary>A throwaway project a user might have written, referencing the packed package through PackageReference.</summary>
public sealed class ConsumerProject
{
    private readonly PackageFeed _feed;

    public ConsumerProject(PackageFeed feed, string workspace, string relativeDirectory, string name = "Consumer")
    {
        _feed = feed;
        Workspace = workspace;
        Directory = Path.Combine(workspace, relativeDirectory);
        Name = name;
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Workspace { get; }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    /// <summary>Writes the project file: <paramref name="properties"/> and <paramref name="items"/> are raw MSBuild XML.</summary>
    public ConsumerProject WithProject(string targetFramework = "net10.0", string outputType = "Exe", string properties = "", string items = "", bool referencePackage = true)
    {
        // As 'dotnet add package' writes it (the package is a development dependency).
        string reference = referencePackage ? $"""<PackageReference Include="LinksGenerator" Version="{_feed.Version}" PrivateAssets="all" />""" : "";
        File.WriteAllText(ProjectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>disable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {reference}
                {items}
              </ItemGroup>
            </Project>
            """);
        return this;
    }

    public ConsumerProject WithFile(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Writes a file relative to the workspace (e.g. a snapshot in a folder above the project).</summary>
    public ConsumerProject WithWorkspaceFile(string relativePath, string content)
    {
        string path = Path.Combine(Workspace, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public Task<ProcessResult> Build(params string[] extraArguments) =>
        ProcessRunner.Dotnet(Directory, _feed.Environment, ["build", ProjectPath, "-v:normal", "-nodeReuse:false", .. extraArguments]);

    /// <summary>Runs the built program (after <see cref="Build"/>).</summary>
    public Task<ProcessResult> RunBuilt() =>
        ProcessRunner.Dotnet(Directory, _feed.Environment, "run", "--no-build", "--project", ProjectPath);
}
