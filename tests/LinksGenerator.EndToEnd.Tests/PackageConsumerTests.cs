using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LinksGenerator.EndToEnd.Tests.Infrastructure;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests;

/// <summary>
/// The packed LinksGenerator package, consumed through PackageReference by projects it has never seen: constants equal
/// to the field keys, the MSBuild wiring as docs/snapshot-format.md describes it, and diagnostics instead of crashes.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task The_nearest_snapshot_above_the_project_becomes_constants_equal_to_the_field_keys()
    {
        string workspace = feed.NewWorkspace("nearest");
        string snapshot = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json"));
        var project = new ConsumerProject(feed, workspace, Path.Combine("src", "Shop"), "Shop")
            .WithWorkspaceFile("links.snapshot.json", snapshot)
            .WithProject()
            .WithFile("Program.cs", ConstantsProgram.Source)
            .WithFile("Uses.cs", "namespace Shop { static class Uses { public const string Sms = \"Book: \" + TriggerLinks.FirstTag; } }");

        ProcessResult build = (await project.Build()).ShouldSucceed();
        var (typeName, constants) = ConstantsProgram.Parse((await project.RunBuilt()).ShouldSucceed().Output);

        Assert.DoesNotContain("LNK1", build.Output);
        Assert.Equal("Shop.TriggerLinks", typeName);
        Assert.Equal("{{trigger_link.n4AriwEnFrGh3tu08W0U}}", constants["FirstTag"]);
        Assert.Equal("ve9EPM428h8vShlRW1KT", constants["LocationId"]);
        Assert.Equal(FieldKeys(snapshot).Order(), constants.Where(c => c.Key != "LocationId").Select(c => c.Value).Order());
    }

    [Fact]
    public async Task A_hostile_snapshot_still_gives_one_constant_per_link_and_no_compiler_crash()
    {
        string[] hostile =
        [
            "x\n} public static class Injected { public const string Y = \"",
            "x */ public class Injected { } /*",
            "</summary><remarks>injected</remarks>",
            "\"; public class Injected { } //",
            "C:\\temp\\\"quoted\"\\",
            "right\u202Eto-left \u2028 line",
            "#error injected",
            "class",
            "2024 sale",
            "",
        ];
        var links = hostile.Select((text, i) => new { id = $"id{i}", name = text, redirectTo = text, fieldKey = i % 3 == 0 ? text : $"{{{{trigger_link.id{i}}}}}" }).ToList();
        links.Add(new { id = "id1", name = "duplicate id", redirectTo = "x", fieldKey = "{{trigger_link.id1}}" });
        string snapshot = JsonSerializer.Serialize(new { schemaVersion = 1, locationId = "loc\"\n", links });
        var project = new ConsumerProject(feed, feed.NewWorkspace("hostile"), "App")
            .WithFile("links.snapshot.json", snapshot)
            .WithProject(properties: "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>")
            .WithFile("Program.cs", ConstantsProgram.Source);

        ProcessResult build = (await project.Build()).ShouldSucceed();
        var (_, constants) = ConstantsProgram.Parse((await project.RunBuilt()).ShouldSucceed().Output);

        Assert.DoesNotContain("CS8785", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.Contains("warning LNK101", build.Output);

        // A locationId that is no id makes no LocationId (docs/rules/LNK101.md): said, not emitted.
        Assert.Contains("is not a HighLevel location id", build.Output);
        Assert.DoesNotContain("LocationId", constants.Keys);
        Assert.Equal(links.Take(hostile.Length).Select(l => l.fieldKey).Order(), constants.Values.Order());
    }

    [Fact]
    public async Task A_malformed_snapshot_fails_the_build_with_LNK100_at_the_line_and_column()
    {
        var project = new ConsumerProject(feed, feed.NewWorkspace("malformed"), "App")
            .WithFile("links.snapshot.json", "{\n  \"schemaVersion\": 1,\n  \"links\": [\n    {\"id\": \"a\",}\n  ]\n}\n")
            .WithProject()
            .WithFile("Program.cs", "public static class Program { public static void Main() { } }");

        ProcessResult build = await project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("links.snapshot.json(4,16): error LNK100: The trigger-link snapshot cannot be read: a trailing comma before '}' is not allowed in JSON", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
    }

    [Fact]
    public async Task A_hand_written_TriggerLinks_is_LNK005_at_its_name_and_an_internal_part_of_it_makes_the_class_internal()
    {
        // The constants class a project had before the package: the build names it, rather than CS0260 about a part the user never wrote.
        var project = new ConsumerProject(feed, feed.NewWorkspace("own-class"), "App", "App")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject()
            .WithFile("TriggerLinks.cs", "namespace App\n{\n    public static class TriggerLinks { public const string FirstTag = \"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\"; }\n}\n")
            .WithFile("Program.cs", "namespace App { public static class Program { public static void Main() => System.Console.WriteLine(typeof(TriggerLinks).IsPublic + \" \" + TriggerLinks.All.Count); } }");

        ProcessResult clash = await project.Build();

        Assert.NotEqual(0, clash.ExitCode);
        Assert.Contains($"{Path.Combine(project.Directory, "TriggerLinks.cs")}(3,25): error LNK005: 'App.TriggerLinks' is declared here as a class without 'partial'", clash.Output);
        Assert.DoesNotContain("CS0260", clash.Output);
        Assert.DoesNotContain("CS0101", clash.Output);

        project.WithFile("TriggerLinks.cs", "namespace App\n{\n    internal static partial class TriggerLinks { }\n}\n");
        (await project.Build()).ShouldSucceed();
        Assert.Equal("False 12", (await project.RunBuilt()).ShouldSucceed().Output.Trim());
    }

    [Fact]
    public async Task A_console_project_named_Console_is_told_to_choose_a_namespace_rather_than_broken()
    {
        // 'dotnet new console' in a folder named Console: the generated namespace Console would hide System.Console.
        const string Usings = "<ImplicitUsings>enable</ImplicitUsings>";
        var project = new ConsumerProject(feed, feed.NewWorkspace("console"), "Console", "Console")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(properties: Usings)
            .WithFile("Program.cs", "Console.WriteLine(\"Hello, World!\");\n");

        ProcessResult hidden = await project.Build();

        Assert.NotEqual(0, hidden.ExitCode);
        Assert.Contains($"{Path.Combine(project.Directory, "Program.cs")}(1,1): error LNK007: TriggerLinks would be generated in the namespace 'Console'", hidden.Output);
        Assert.Contains("such as ConsoleLinks", hidden.Output);
        Assert.DoesNotContain("CS0234", hidden.Output);

        project.WithProject(properties: Usings + "<TriggerLinksNamespace>ConsoleLinks</TriggerLinksNamespace>")
            .WithFile("Program.cs", "Console.WriteLine(ConsoleLinks.TriggerLinks.FirstTag);\n");
        (await project.Build()).ShouldSucceed();
        Assert.Equal("{{trigger_link.n4AriwEnFrGh3tu08W0U}}", (await project.RunBuilt()).ShouldSucceed().Output.Trim());
    }

    [Fact]
    public async Task A_project_named_TriggerLinks_is_warned_that_its_namespace_hides_the_class()
    {
        // 'dotnet new console' in a folder named TriggerLinks, and the quickstart's line: the namespace TriggerLinks is found first.
        var project = new ConsumerProject(feed, feed.NewWorkspace("named-like-class"), "TriggerLinks", "TriggerLinks")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject()
            .WithFile("Program.cs", "using TriggerLinks;\nSystem.Console.WriteLine(TriggerLinks.FirstTag);\n");

        ProcessResult hidden = await project.Build();

        Assert.NotEqual(0, hidden.ExitCode);
        Assert.Contains("warning LNK008: TriggerLinks is generated in the namespace 'TriggerLinks', which has a part named TriggerLinks", hidden.Output);
        Assert.Contains("such as Messaging", hidden.Output);
        Assert.Contains("error CS0234", hidden.Output);

        project.WithProject(properties: "<TriggerLinksNamespace>Messaging</TriggerLinksNamespace>")
            .WithFile("Program.cs", "using Messaging;\nSystem.Console.WriteLine(TriggerLinks.FirstTag);\n");
        ProcessResult fixedBuild = (await project.Build()).ShouldSucceed();
        Assert.DoesNotContain("LNK008", fixedBuild.Output);
        Assert.Equal("{{trigger_link.n4AriwEnFrGh3tu08W0U}}", (await project.RunBuilt()).ShouldSucceed().Output.Trim());
    }

    [Fact]
    public async Task Without_a_snapshot_the_build_warns_LNK103()
    {
        var project = new ConsumerProject(feed, feed.NewWorkspace("missing"), "App")
            .WithProject()
            .WithFile("Program.cs", "public static class Program { public static void Main() { System.Console.WriteLine(Consumer.TriggerLinks.All.Count); } }");

        ProcessResult build = (await project.Build()).ShouldSucceed();

        Assert.Contains("warning LNK103: No links.snapshot.json was found in", build.Output);
        Assert.Contains("0", (await project.RunBuilt()).ShouldSucceed().Output);
    }

    [Fact]
    public async Task A_snapshot_property_naming_a_folder_is_LNK103_not_a_compiler_error()
    {
        var project = new ConsumerProject(feed, feed.NewWorkspace("folder-snapshot"), "App")
            .WithFile(Path.Combine("config", "readme.txt"), "the snapshot was meant to go here")
            .WithProject(properties: "<TriggerLinksSnapshot>config</TriggerLinksSnapshot>")
            .WithFile("Program.cs", "public static class Program { public static void Main() { System.Console.WriteLine(Consumer.TriggerLinks.All.Count); } }");

        ProcessResult build = (await project.Build()).ShouldSucceed();

        Assert.Contains("warning LNK103:", build.Output);
        Assert.Contains("(TriggerLinksSnapshot) does not exist or is a folder", build.Output);
        Assert.DoesNotContain("CS1504", build.Output);
    }

    [Fact]
    public async Task A_snapshot_path_set_in_Directory_Build_targets_is_too_late_and_the_build_says_so_but_a_namespace_is_not()
    {
        string workspace = feed.NewWorkspace("too-late");
        ConsumerProject project = SettingLate(
            workspace,
            "<TriggerLinksSnapshot>config/links.json</TriggerLinksSnapshot><TriggerLinksNamespace>Late.Links</TriggerLinksNamespace>",
            "public static class Program { public static void Main() { System.Console.WriteLine(Late.Links.TriggerLinks.FirstTag); } }");

        ProcessResult build = (await project.Build()).ShouldSucceed();

        // At the Directory.Build.targets the SDK imported, the usual place of such a value, not in the package's own targets.
        string late = Path.Combine(workspace, "Directory.Build.targets");
        Assert.Contains($"{late} : warning LINKSGEN003: TriggerLinksSnapshot is set to 'config/links.json' after the LinksGenerator package read it (in a .targets file such as Directory.Build.targets), so this build does not use it: set it in the project file or in Directory.Build.props.", build.Output);
        Assert.DoesNotContain("TriggerLinksNamespace is set", build.Output);
    }

    [Fact]
    public async Task A_RootNamespace_set_in_Directory_Build_targets_is_the_generated_class_s_namespace()
    {
        // A common way to give every project of a repository its company prefix; the SDK reads it that late too.
        ConsumerProject project = SettingLate(
            feed.NewWorkspace("late-root-namespace"),
            "<RootNamespace>Acme.$(MSBuildProjectName)</RootNamespace>",
            "namespace Acme.Consumer { public static class Program { public static void Main() { System.Console.WriteLine(TriggerLinks.FirstTag); } } }");

        ProcessResult build = (await project.Build()).ShouldSucceed();

        Assert.DoesNotContain("LINKSGEN003", build.Output);
        Assert.Equal("{{trigger_link.n4AriwEnFrGh3tu08W0U}}", (await project.RunBuilt()).ShouldSucceed().Output.Trim());
    }

    /// <summary>A project with the repository's snapshot, whose workspace's Directory.Build.targets sets <paramref name="properties"/>.</summary>
    private ConsumerProject SettingLate(string workspace, string properties, string program) =>
        new ConsumerProject(feed, workspace, "App")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithWorkspaceFile("Directory.Build.targets", $"<Project>\n  <PropertyGroup>\n    {properties}\n  </PropertyGroup>\n</Project>\n")
            .WithProject()
            .WithFile("Program.cs", program);

    [Fact]
    public async Task Snapshot_path_and_namespace_are_configurable_and_a_hand_added_snapshot_is_not_duplicated()
    {
        string snapshot = JsonSerializer.Serialize(new { links = new[] { new { id = "abc", name = "Configured Link", fieldKey = "{{trigger_link.abc}}", locationId = "L1" } } });
        var project = new ConsumerProject(feed, feed.NewWorkspace("configured"), "App")
            .WithFile(Path.Combine("config", "ghl.json"), snapshot)
            .WithFile("links.snapshot.json", "this nearer default must be ignored")
            .WithProject(
                properties: "<TriggerLinksSnapshot>config/ghl.json</TriggerLinksSnapshot><TriggerLinksNamespace>Custom.Links#2</TriggerLinksNamespace>",
                items: """<AdditionalFiles Include="config/ghl.json" /><AdditionalFiles Include="$(MSBuildProjectDirectory)/config/ghl.json" />""")
            .WithFile("Program.cs", ConstantsProgram.Source);

        ProcessResult build = (await project.Build()).ShouldSucceed();
        var (typeName, constants) = ConstantsProgram.Parse((await project.RunBuilt()).ShouldSucceed().Output);

        Assert.DoesNotContain("LNK1", build.Output);
        Assert.Equal("Custom.Links_2.TriggerLinks", typeName); // not cut at the '#' on its way to the compiler
        Assert.Equal("{{trigger_link.abc}}", constants["ConfiguredLink"]);
        Assert.Equal("L1", constants["LocationId"]);
        ProcessResult items = (await ProcessRunner.Dotnet(project.Directory, feed.Environment, "msbuild", project.ProjectPath, "-getItem:AdditionalFiles")).ShouldSucceed();
        using JsonDocument json = JsonDocument.Parse(items.Output[items.Output.IndexOf('{', System.StringComparison.Ordinal)..]);
        Assert.Single(
            json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray(),
            item => item.GetProperty("FullPath").GetString()!.Replace('\\', '/').EndsWith("/config/ghl.json", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_links_snapshot_listed_by_hand_is_named_as_not_read()
    {
        // One above the project (the build reads the nearest), and another listed as AdditionalFiles, the way analyzers'
        // files are usually given: that one would be ignored in silence.
        string workspace = feed.NewWorkspace("other-snapshot");
        File.WriteAllText(Path.Combine(workspace, "links.snapshot.json"), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")));
        var project = new ConsumerProject(feed, workspace, "App", "App")
            .WithFile(Path.Combine("shared", "links.snapshot.json"), "{\"links\": []}")
            .WithProject(items: """<AdditionalFiles Include="shared/links.snapshot.json" />""")
            .WithFile("Program.cs", "public static class Program { public static void Main() { } }");

        ProcessResult build = (await project.Build()).ShouldSucceed();

        Assert.Contains(
            $"{project.ProjectPath} : warning LINKSGEN005: AdditionalFiles lists {Path.Combine(project.Directory, "shared", "links.snapshot.json")}, which this build does not read: the trigger-link snapshot it reads is {Path.Combine(workspace, "links.snapshot.json")}",
            build.Output);

        // Named by TriggerLinksSnapshot, it is the one read, and nothing is said.
        ProcessResult configured = (await project.WithProject(properties: "<TriggerLinksSnapshot>shared/links.snapshot.json</TriggerLinksSnapshot>", items: """<AdditionalFiles Include="shared/links.snapshot.json" />""").Build()).ShouldSucceed();
        Assert.DoesNotContain("LINKSGEN005", configured.Output);
    }

    [Fact]
    public async Task A_snapshot_added_by_hand_in_Directory_Build_targets_or_by_a_target_reaches_the_compiler_once()
    {
        string workspace = feed.NewWorkspace("hand-added-late");
        var project = new ConsumerProject(feed, workspace, "App")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithWorkspaceFile("Directory.Build.targets", """
                <Project>
                  <ItemGroup><AdditionalFiles Include="$(MSBuildProjectDirectory)/links.snapshot.json" /></ItemGroup>
                  <Target Name="AddSnapshotAgain" BeforeTargets="BeforeBuild">
                    <ItemGroup><AdditionalFiles Include="links.snapshot.json" /></ItemGroup>
                  </Target>
                </Project>
                """)
            .WithProject()
            .WithFile("Program.cs", ConstantsProgram.Source);

        // The items as the build left them, after every target ran.
        ProcessResult build = (await ProcessRunner.Dotnet(project.Directory, feed.Environment, "msbuild", project.ProjectPath, "-restore", "-t:Build", "-getItem:AdditionalFiles", "-nodeReuse:false")).ShouldSucceed();
        using JsonDocument json = JsonDocument.Parse(build.Output[build.Output.IndexOf('{', System.StringComparison.Ordinal)..]);
        Assert.Single(
            json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray(),
            item => item.GetProperty("FullPath").GetString()!.Replace('\\', '/').EndsWith("/App/links.snapshot.json", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_snapshot_path_given_on_the_command_line_is_relative_to_the_project_too()
    {
        string snapshot = JsonSerializer.Serialize(new { links = new[] { new { id = "abc", name = "Command Line Link", fieldKey = "{{trigger_link.abc}}", locationId = "L1" } } });
        var project = new ConsumerProject(feed, feed.NewWorkspace("command-line-path"), "App")
            .WithWorkspaceFile(Path.Combine("team config", "ghl.json"), snapshot)
            .WithProject()
            .WithFile("Program.cs", ConstantsProgram.Source);

        // A -p: property is global: the package's wiring cannot rewrite it into a full path, so it resolves it apart.
        ProcessResult build = (await project.Build("-p:TriggerLinksSnapshot=../team config/ghl.json")).ShouldSucceed();
        var (_, constants) = ConstantsProgram.Parse((await project.RunBuilt()).ShouldSucceed().Output);

        Assert.DoesNotContain("LNK1", build.Output);
        Assert.Equal("{{trigger_link.abc}}", constants["CommandLineLink"]);
    }

    [Fact]
    public async Task A_snapshot_path_and_a_namespace_written_on_lines_of_their_own_are_read_without_the_white_space_around_them()
    {
        string snapshot = JsonSerializer.Serialize(new { links = new[] { new { id = "abc", name = "Spaced Link", fieldKey = "{{trigger_link.abc}}", locationId = "L1" } } });
        var project = new ConsumerProject(feed, feed.NewWorkspace("spaced-path"), "App")
            .WithFile(Path.Combine("config", "links.json"), snapshot)
            .WithProject(properties: "<TriggerLinksSnapshot>\n      config/links.json\n    </TriggerLinksSnapshot>\n    <TriggerLinksNamespace>\n      Acme.\n      Messaging\n    </TriggerLinksNamespace>")
            .WithFile("Program.cs", ConstantsProgram.Source);

        ProcessResult build = (await project.Build()).ShouldSucceed();
        var (typeName, constants) = ConstantsProgram.Parse((await project.RunBuilt()).ShouldSucceed().Output);

        Assert.DoesNotContain("LNK1", build.Output);
        Assert.Equal("Acme.Messaging.TriggerLinks", typeName);
        Assert.Equal("{{trigger_link.abc}}", constants["SpacedLink"]);
    }

    [Fact]
    public async Task A_visual_basic_project_is_told_that_the_package_works_in_csharp_only()
    {
        var project = new ConsumerProject(feed, feed.NewWorkspace("visual-basic"), "Lib", "Lib")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithFile("Templates/sms.txt", "Book {{trigger_link.deadDeadDead000000000}}\n")
            .WithFile("Messages.vb", "Public Module Messages\n    Public Const Sms As String = \"{{trigger_link.deadDeadDead000000000}}\"\nEnd Module\n")
            .WithFile("Lib.vbproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="LinksGenerator" Version="{feed.Version}" PrivateAssets="all" />
                    <TriggerLinksTemplate Include="Templates/**/*" />
                  </ItemGroup>
                </Project>
                """);

        ProcessResult build = (await ProcessRunner.Dotnet(project.Directory, feed.Environment, "build", Path.Combine(project.Directory, "Lib.vbproj"), "-nodeReuse:false")).ShouldSucceed();

        Assert.Contains($"{Path.Combine(project.Directory, "Lib.vbproj")} : warning LINKSGEN001: LinksGenerator works in C# projects only: this VB project gets no TriggerLinks class", build.Output);
        Assert.Contains("Remove the LinksGenerator package reference from Lib.vbproj", build.Output);
        Assert.DoesNotContain("LNK", build.Output.Replace("LinksGenerator", "", System.StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.Combine(project.Directory, "obj"), "LinksGenerator.Templates.*", SearchOption.AllDirectories));

        // A solution that adds the package to every project (a shared Directory.Build.props) can silence it by its code.
        ProcessResult silenced = (await ProcessRunner.Dotnet(project.Directory, feed.Environment, "build", Path.Combine(project.Directory, "Lib.vbproj"), "-nodeReuse:false", "-p:NoWarn=LINKSGEN001")).ShouldSucceed();
        Assert.DoesNotContain("LINKSGEN001", silenced.Output);
    }

    [Fact]
    public async Task A_global_package_reference_of_central_package_management_is_named_where_it_is_written()
    {
        // GlobalPackageReference reaches each project as a PackageReference that NuGet's own targets define: the warning
        // names Directory.Packages.props, where the reference is written, not the SDK's NuGet.targets.
        string workspace = feed.NewWorkspace("central");
        var project = new ConsumerProject(feed, workspace, "Lib", "Lib")
            .WithWorkspaceFile("Directory.Packages.props", $"""
                <Project>
                  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
                  <ItemGroup><GlobalPackageReference Include="LinksGenerator" Version="{feed.Version}" /></ItemGroup>
                </Project>
                """)
            .WithFile("Messages.vb", "Public Module Messages\nEnd Module\n")
            .WithFile("Lib.vbproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """);

        ProcessResult build = (await ProcessRunner.Dotnet(project.Directory, feed.Environment, "build", Path.Combine(project.Directory, "Lib.vbproj"), "-nodeReuse:false")).ShouldSucceed();

        Assert.Contains($"{Path.Combine(workspace, "Directory.Packages.props")} : warning LINKSGEN001: LinksGenerator works in C# projects only", build.Output);
        // Removing the reference would take the package from every C# project as well: the advice limits it to them instead.
        Assert.DoesNotContain("Remove the LinksGenerator package reference", build.Output);
        const string Condition = "Condition=\"'$(MSBuildProjectExtension)' == '.csproj'\"";
        Assert.Contains($"The reference is the GlobalPackageReference in Directory.Packages.props, which every project gets: limit it to C# projects with {Condition} on it", build.Output);

        // Followed, the advice quiets this project and leaves the package to the C# ones.
        project.WithWorkspaceFile("Directory.Packages.props", $"""
            <Project>
              <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
              <ItemGroup><GlobalPackageReference Include="LinksGenerator" Version="{feed.Version}" {Condition} /></ItemGroup>
            </Project>
            """);
        ProcessResult quiet = (await ProcessRunner.Dotnet(project.Directory, feed.Environment, "build", Path.Combine(project.Directory, "Lib.vbproj"), "-nodeReuse:false")).ShouldSucceed();
        Assert.DoesNotContain("LINKSGEN001", quiet.Output);
        var csharp = new ConsumerProject(feed, workspace, "App", "App")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(referencePackage: false)
            .WithFile("Program.cs", "public static class Program { public static void Main() { System.Console.WriteLine(App.TriggerLinks.FirstTag); } }");
        (await csharp.Build()).ShouldSucceed();
    }

    [Fact]
    public async Task A_netstandard2_0_library_with_its_default_language_version_compiles_the_generated_code()
    {
        var project = new ConsumerProject(feed, feed.NewWorkspace("netstandard"), "Lib", "Lib")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(targetFramework: "netstandard2.0", outputType: "Library", properties: "<GenerateDocumentationFile>true</GenerateDocumentationFile><TreatWarningsAsErrors>true</TreatWarningsAsErrors>")
            .WithFile("Messages.cs", "namespace Lib { /// <summary>Texts.</summary>\npublic static class Messages { /// <summary>Reminder.</summary>\npublic const string Reminder = \"Confirm: \" + TriggerLinks.FirstTag; } }");

        (await project.Build()).ShouldSucceed();
    }

    [Fact]
    public async Task A_project_on_CSharp_5_is_told_to_raise_its_language_version_and_compiles_on_CSharp_6()
    {
        const string Properties = "<GenerateDocumentationFile>true</GenerateDocumentationFile><LangVersion>{0}</LangVersion>";
        var project = new ConsumerProject(feed, feed.NewWorkspace("csharp5"), "Lib", "Lib")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(targetFramework: "netstandard2.0", outputType: "Library", properties: string.Format(CultureInfo.InvariantCulture, Properties, 5))
            .WithFile("Messages.cs", "namespace Lib { /// <summary>Texts.</summary>\npublic static class Messages { /// <summary>Reminder.</summary>\npublic const string Reminder = \"Confirm: \" + TriggerLinks.FirstTag; } }");

        ProcessResult old = await project.Build();

        Assert.NotEqual(0, old.ExitCode);
        Assert.Contains("error LNK009: The project compiles C# 5, and the TriggerLinks class generated from the snapshot needs C# 6 or later", old.Output);
        Assert.DoesNotContain("CS8026", old.Output);

        project.WithProject(targetFramework: "netstandard2.0", outputType: "Library", properties: string.Format(CultureInfo.InvariantCulture, Properties, 6) + "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        (await project.Build()).ShouldSucceed();
    }

    [Fact]
    public async Task Installed_with_dotnet_add_package_it_is_private_and_does_not_flow_to_consumers_of_a_library()
    {
        string workspace = feed.NewWorkspace("transitive");
        var library = new ConsumerProject(feed, workspace, "Lib", "Lib")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(outputType: "Library", referencePackage: false);
        (await ProcessRunner.Dotnet(library.Directory, feed.Environment, "add", library.ProjectPath, "package", "LinksGenerator", "--version", feed.Version)).ShouldSucceed();
        var app = new ConsumerProject(feed, workspace, "App", "App")
            .WithProject(referencePackage: false, items: """<ProjectReference Include="../Lib/Lib.csproj" />""")
            .WithFile("Program.cs", "public static class Program { public static void Main() { System.Console.WriteLine(Lib.TriggerLinks.FirstTag); } }");

        ProcessResult build = (await app.Build()).ShouldSucceed();

        // developmentDependency makes NuGet write PrivateAssets=all on install, so the app sees Lib's constants but not the package.
        Assert.Matches("<PrivateAssets>all</PrivateAssets>", File.ReadAllText(library.ProjectPath));
        Assert.DoesNotContain("LNK103", build.Output);
        Assert.Contains("{{trigger_link.n4AriwEnFrGh3tu08W0U}}", (await app.RunBuilt()).ShouldSucceed().Output);
        Assert.DoesNotContain("\"LinksGenerator/", File.ReadAllText(Path.Combine(app.Directory, "obj", "project.assets.json")));
    }

    [Fact]
    public async Task A_reference_without_PrivateAssets_is_warned_where_it_is_written_and_named_where_the_package_arrives()
    {
        string workspace = feed.NewWorkspace("not-private");
        string notPrivate = $"""<PackageReference Include="LinksGenerator" Version="{feed.Version}" />""";
        var library = new ConsumerProject(feed, workspace, "Lib", "Lib")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(outputType: "Library", referencePackage: false, items: notPrivate);
        var app = new ConsumerProject(feed, workspace, "App", "App")
            .WithFile("Program.vb", "Module Program\n    Sub Main()\n    End Sub\nEnd Module\n")
            .WithFile("App.vbproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><ProjectReference Include="../Lib/Lib.csproj" /></ItemGroup>
                </Project>
                """);

        ProcessResult libraryBuild = (await library.Build()).ShouldSucceed();
        // At the file that writes the reference, so an IDE or a CI annotation opens it, not the package's own targets.
        Assert.Contains($"{library.ProjectPath} : warning LINKSGEN002: Lib.csproj references LinksGenerator without PrivateAssets=\"all\", so the package flows to every project", libraryBuild.Output);
        Assert.Contains("Add PrivateAssets=\"all\" to that PackageReference (<PackageReference Include=\"LinksGenerator\" … PrivateAssets=\"all\" />, its version or VersionOverride as it is)", libraryBuild.Output);

        // The package flowed to the app, which never asked for it; the warning there says where it came from.
        ProcessResult appBuild = (await ProcessRunner.Dotnet(app.Directory, feed.Environment, "build", Path.Combine(app.Directory, "App.vbproj"), "-nodeReuse:false")).ShouldSucceed();
        Assert.Contains($"{Path.Combine(app.Directory, "App.vbproj")} : warning LINKSGEN001: LinksGenerator works in C# projects only", appBuild.Output);
        Assert.Contains("App.vbproj does not reference the package: it comes through a project or package this one references", appBuild.Output);
        Assert.DoesNotContain("Remove the LinksGenerator package reference from App.vbproj", appBuild.Output);

        // Written as 'dotnet add package' writes it, the reference is quiet; so is an application's, which nothing references.
        ProcessResult privateBuild = (await library.WithProject(outputType: "Library").Build()).ShouldSucceed();
        Assert.DoesNotContain("LINKSGEN002", privateBuild.Output);
        ProcessResult applicationBuild = (await library.WithProject(referencePackage: false, items: notPrivate)
            .WithFile("Program.cs", "public static class Program { public static void Main() { } }").Build()).ShouldSucceed();
        Assert.DoesNotContain("LINKSGEN002", applicationBuild.Output);
    }

    [Fact]
    public async Task A_project_the_package_reached_through_an_application_is_told_so_at_its_project_file()
    {
        // A test project referencing an application whose reference lacks PrivateAssets: the application is not warned
        // (nothing is meant to reference it), so the test project, which gets an empty TriggerLinks of its own, is.
        string workspace = feed.NewWorkspace("through-app");
        string notPrivate = $"""<PackageReference Include="LinksGenerator" Version="{feed.Version}" />""";
        var app = new ConsumerProject(feed, workspace, "App", "App")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(referencePackage: false, items: notPrivate, properties: "<RootNamespace>Shop</RootNamespace>")
            .WithFile("Program.cs", "namespace Shop { public static class Program { public static string Message() => \"Book: \" + TriggerLinks.FirstTag; public static void Main() { } } }");
        var tests = new ConsumerProject(feed, workspace, "Tests", "Tests")
            .WithProject(outputType: "Library", referencePackage: false, items: """<ProjectReference Include="../App/App.csproj" />""", properties: "<RootNamespace>Shop.Tests</RootNamespace>")
            .WithFile("T.cs", "namespace Shop.Tests { public static class T { public static string Message() => Shop.Program.Message(); } }");

        ProcessResult appBuild = (await app.Build()).ShouldSucceed();
        ProcessResult testsBuild = (await tests.Build()).ShouldSucceed();

        Assert.DoesNotContain("LINKSGEN004", appBuild.Output);
        Assert.Contains($"{tests.ProjectPath} : warning LINKSGEN004: Tests.csproj does not reference LinksGenerator: the package came through a project or package this one references, whose own reference lacks PrivateAssets=\"all\"", testsBuild.Output);

        // With PrivateAssets="all" on the application's reference the package stays there, and so does the warning.
        app.WithProject(properties: "<RootNamespace>Shop</RootNamespace>");
        ProcessResult fixedBuild = (await tests.Build()).ShouldSucceed();
        Assert.DoesNotContain("LINKSGEN004", fixedBuild.Output);
        Assert.DoesNotContain("LNK103", fixedBuild.Output);
    }

    [Fact]
    public async Task A_reference_written_or_made_private_in_Directory_Build_targets_counts_as_the_projects_own()
    {
        // Directory.Build.targets is imported after the package's targets: what it writes must still be seen as written.
        string shared = feed.NewWorkspace("reference-in-targets");
        File.WriteAllText(Path.Combine(shared, "Directory.Build.targets"), $"""
            <Project>
              <ItemGroup>
                <PackageReference Include="LinksGenerator" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        var app = new ConsumerProject(feed, shared, "App", "App")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(referencePackage: false, properties: "<RootNamespace>Shop</RootNamespace>")
            .WithFile("Program.cs", "namespace Shop { public static class Program { public static void Main() => System.Console.WriteLine(TriggerLinks.FirstTag); } }");
        var basic = new ConsumerProject(feed, shared, "Basic", "Basic")
            .WithFile("Program.vb", "Module Program\n    Sub Main()\n    End Sub\nEnd Module\n")
            .WithFile("Basic.vbproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """);

        ProcessResult appBuild = (await app.Build()).ShouldSucceed();
        Assert.DoesNotContain("LINKSGEN", appBuild.Output);
        ProcessResult basicBuild = (await ProcessRunner.Dotnet(basic.Directory, feed.Environment, "build", Path.Combine(basic.Directory, "Basic.vbproj"), "-nodeReuse:false")).ShouldSucceed();
        Assert.Contains($"{Path.Combine(shared, "Directory.Build.targets")} : warning LINKSGEN001: LinksGenerator works in C# projects only", basicBuild.Output);
        Assert.Contains("Remove the LinksGenerator package reference from Directory.Build.targets", basicBuild.Output);
        Assert.DoesNotContain("does not reference the package", basicBuild.Output);

        // A library's reference made private by an Update there: nothing flows, so nothing is said.
        string updated = feed.NewWorkspace("private-by-update");
        File.WriteAllText(Path.Combine(updated, "Directory.Build.targets"), """
            <Project>
              <ItemGroup>
                <PackageReference Update="LinksGenerator" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        var library = new ConsumerProject(feed, updated, "Lib", "Lib")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(outputType: "Library", referencePackage: false, items: $"""<PackageReference Include="LinksGenerator" Version="{feed.Version}" />""");
        Assert.DoesNotContain("LINKSGEN002", (await library.Build()).ShouldSucceed().Output);
    }

    private static IEnumerable<string> FieldKeys(string snapshot) =>
        JsonDocument.Parse(snapshot).RootElement.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("fieldKey").GetString()!);
}
