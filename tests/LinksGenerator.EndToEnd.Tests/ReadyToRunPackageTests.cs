using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LinksGenerator.EndToEnd.Tests.Infrastructure;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests;

/// <summary>
/// The precompiled (ReadyToRun) copy of the analyzer that the package carries for linux-x64 (docs/benchmarks.md,
/// "Precompiled code"): the IL of analyzers/dotnet/cs, without AggressiveOptimization, with native code added, which
/// command-line builds on linux-x64 load, and which design-time builds and TriggerLinksReadyToRun=false leave alone,
/// with the same findings.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class ReadyToRunPackageTests(PackageFeed feed)
{
    private const string Messages = "namespace Shop { public static class Messages { public const string Dead = \"Book: {{trigger_link.deletedLink000000000}}\"; } }";

    private const string IlFolder = "analyzers/dotnet/cs";

    private const string ReadyToRunFolder = "r2r/linux-x64";

    /// <summary>Where a command-line build on this machine loads our assemblies from: the precompiled copy only where it was compiled for.</summary>
    private static string CommandLineFolder =>
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64 && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal) ? ReadyToRunFolder : IlFolder;

    [Fact]
    public void The_precompiled_analyzer_is_the_same_code_with_native_code_and_the_code_fixes_sit_beside_it_unchanged()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath("LinksGenerator"));
        byte[] il = Entry(package, $"{IlFolder}/LinksGenerator.dll");
        byte[] precompiled = Entry(package, $"{ReadyToRunFolder}/LinksGenerator.dll");

        Assert.False(HasNativeCode(il));
        Assert.True(HasNativeCode(precompiled));
        Assert.Equal(FullName(il), FullName(precompiled));
        Assert.Equal(Entry(package, $"{IlFolder}/LinksGenerator.CodeFixes.dll"), Entry(package, $"{ReadyToRunFolder}/LinksGenerator.CodeFixes.dll"));
    }

    [Fact]
    public void The_precompiled_analyzer_has_the_IL_of_the_plain_one_method_for_method_without_AggressiveOptimization()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath("LinksGenerator"));
        MethodIl[] plain = Methods(Entry(package, $"{IlFolder}/LinksGenerator.dll"));
        MethodIl[] precompiled = Methods(Entry(package, $"{ReadyToRunFolder}/LinksGenerator.dll"));

        // The plain copy keeps the flag on its per-link loops (the JIT optimizes them at once); crossgen2 would leave
        // such methods to the JIT, so the precompiled copy is built without it, and differs in nothing else.
        Assert.Contains(plain, m => m.ImplAttributes.HasFlag(MethodImplAttributes.AggressiveOptimization));
        Assert.DoesNotContain(precompiled, m => m.ImplAttributes.HasFlag(MethodImplAttributes.AggressiveOptimization));
        Assert.Equal(plain.Select(m => m with { ImplAttributes = m.ImplAttributes & ~MethodImplAttributes.AggressiveOptimization }), precompiled);
    }

    [Fact]
    public async Task A_command_line_build_loads_both_assemblies_from_the_precompiled_copy_on_linux_x64_and_reports_as_before()
    {
        ConsumerProject project = Shop("r2r-default");

        ProcessResult build = await project.Build();

        Assert.Contains("Messages.cs(1,83): error LNK001: The trigger link 'deletedLink000000000' is not in the snapshot", build.Output);
        Assert.Equal([$"{CommandLineFolder}/LinksGenerator.CodeFixes.dll", $"{CommandLineFolder}/LinksGenerator.dll"], OurAnalyzers(build.Output));
    }

    [Fact]
    public async Task TriggerLinksReadyToRun_false_loads_the_IL_assemblies_with_the_same_findings()
    {
        ConsumerProject project = Shop("r2r-off");

        ProcessResult build = await project.Build("-p:TriggerLinksReadyToRun=false");

        Assert.Contains("Messages.cs(1,83): error LNK001: The trigger link 'deletedLink000000000' is not in the snapshot", build.Output);
        Assert.Equal([$"{IlFolder}/LinksGenerator.CodeFixes.dll", $"{IlFolder}/LinksGenerator.dll"], OurAnalyzers(build.Output));
    }

    [Fact]
    public async Task A_design_time_build_gives_the_IDE_the_IL_assemblies()
    {
        ConsumerProject project = Shop("r2r-design-time");

        // What an IDE asks of a project: the compile's inputs, up to the compiler's command line, without compiling.
        ProcessResult build = (await project.Build("-t:Compile", "-v:detailed", "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true")).ShouldSucceed();

        Assert.Equal([$"{IlFolder}/LinksGenerator.CodeFixes.dll", $"{IlFolder}/LinksGenerator.dll"], OurAnalyzers(build.Output));
    }

    private ConsumerProject Shop(string name) =>
        new ConsumerProject(feed, feed.NewWorkspace(name), "Shop", "Shop")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(outputType: "Library")
            .WithFile("Messages.cs", Messages);

    /// <summary>Our assemblies on the compiler's command line, as paths within the package (distinct, sorted).</summary>
    private static string[] OurAnalyzers(string buildOutput)
    {
        string[] found = [.. AnalyzerArgument().Matches(buildOutput).Select(m => m.Groups["path"].Value.Replace('\\', '/')).Distinct().Order(StringComparer.Ordinal)];
        Assert.NotEmpty(found);
        return found;
    }

    [GeneratedRegex(@"/analyzer:\S*?/linksgenerator/[^/]+/(?<path>[^ ]+?LinksGenerator(\.CodeFixes)?\.dll)", RegexOptions.IgnoreCase)]
    private static partial Regex AnalyzerArgument();

    private static byte[] Entry(ZipArchive package, string path)
    {
        ZipArchiveEntry entry = package.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"the package has no {path}");
        using Stream stream = entry.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>A ReadyToRun image: the CLI header points at native code compiled ahead of time.</summary>
    private static bool HasNativeCode(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static string FullName(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        return reader.GetMetadataReader().GetAssemblyDefinition().GetAssemblyName().FullName;
    }

    /// <summary>Every method of the assembly, in metadata order: its type and name, its implementation flags and its IL.</summary>
    private static MethodIl[] Methods(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        MetadataReader metadata = reader.GetMetadataReader();
        return [.. metadata.MethodDefinitions.Select(handle =>
        {
            MethodDefinition method = metadata.GetMethodDefinition(handle);
            TypeDefinition type = metadata.GetTypeDefinition(method.GetDeclaringType());
            string il = method.RelativeVirtualAddress == 0 ? "" : Convert.ToHexString(reader.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!);
            return new MethodIl($"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}::{metadata.GetString(method.Name)}", method.ImplAttributes, il);
        })];
    }

    private sealed record MethodIl(string Name, MethodImplAttributes ImplAttributes, string Il);
}
