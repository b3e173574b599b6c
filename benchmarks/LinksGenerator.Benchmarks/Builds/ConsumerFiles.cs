using System.IO;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>Writes the throwaway consumer projects the whole-build benchmarks compile.</summary>
public static class ConsumerFiles
{
    public static string WriteProject(string directory, string name, string? packageVersion, string extraProperties = "", string extraItems = "")
    {
        Directory.CreateDirectory(directory);
        string reference = packageVersion is null ? "" : $"""<PackageReference Include="LinksGenerator" Version="{packageVersion}" PrivateAssets="all" />""";
        string path = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(path, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <Nullable>enable</Nullable>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
              {extraItems}
            </Project>
            """);
        return path;
    }
}
