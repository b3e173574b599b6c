using System.IO;
using System.Threading.Tasks;
using LinksGenerator.EndToEnd.Tests.Infrastructure;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests;

/// <summary>
/// The analyzer and code fix as users meet them: through the packed package, in `dotnet build` output with file and
/// line, configured by .editorconfig, and fixed in bulk by `dotnet format`.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AnalyzerPackageTests(PackageFeed feed)
{
    private const string Messages = """
        namespace Shop
        {
            public static class Messages
            {
                public const string Dead = "Book: {{trigger_link.deletedLink000000000}}";
                public const string Slip = "Book: {trigger_link.n4AriwEnFrGh3tu08W0U} now";
                public const string Known = "Book: {{trigger_link.n4AriwEnFrGh3tu08W0U}} now";
                public static string Interpolated(string name) => $"Hi {name}: {{{{trigger_link.n4AriwEnFrGh3tu08W0U}}}}";
            }
        }
        """;

    [Fact]
    public async Task Dotnet_build_reports_each_rule_at_its_line_and_an_unknown_link_fails_the_build()
    {
        ConsumerProject project = Shop("build").WithFile("Messages.cs", Messages);

        ProcessResult build = await project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Messages.cs(5,43): error LNK001: The trigger link 'deletedLink000000000' is not in the snapshot of location ve9EPM428h8vShlRW1KT", build.Output);
        Assert.Contains("Messages.cs(6,43): warning LNK003: '{trigger_link.n4AriwEnFrGh3tu08W0U}' is not a valid trigger-link merge field", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
    }

    [Fact]
    public async Task Editorconfig_severities_apply_in_the_build()
    {
        ConsumerProject project = Shop("editorconfig")
            .WithFile("Messages.cs", Messages)
            .WithFile(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.LNK001.severity = warning\ndotnet_diagnostic.LNK003.severity = error\ndotnet_diagnostic.LNK002.severity = warning\n");

        ProcessResult build = await project.Build();

        Assert.Contains("Messages.cs(5,43): warning LNK001", build.Output);
        Assert.Contains("Messages.cs(6,43): error LNK003", build.Output);
        Assert.Contains("Messages.cs(7,44): warning LNK002: Use TriggerLinks.FirstTag instead of the hard-coded merge field", build.Output);
    }

    [Fact]
    public async Task An_info_finding_is_left_out_of_the_build_output_and_written_to_the_SARIF_log()
    {
        // What the README's "Configuration" tells users who look for LNK002 on the command line.
        ConsumerProject project = Shop("sarif")
            .WithFile("Messages.cs", Messages.Replace("        public const string Dead = \"Book: {{trigger_link.deletedLink000000000}}\";\n", ""))
            .WithFile("Program.cs", "public static class Program { public static void Main() { } }");

        ProcessResult build = (await project.Build("-p:ErrorLog=build.sarif")).ShouldSucceed();

        Assert.DoesNotContain("LNK002", build.Output);
        string sarif = File.ReadAllText(Path.Combine(project.Directory, "build.sarif"));
        Assert.Matches("\"ruleId\": \"LNK002\",\\s*\"level\": \"note\"", sarif);
    }

    [Fact]
    public async Task Dotnet_format_applies_the_LNK002_fix_and_the_values_stay_the_same()
    {
        const string Program = """
            public static class Program
            {
                public static void Main()
                {
                    System.Console.WriteLine("[" + Shop.Messages.Known + "]");
                    System.Console.WriteLine("[" + Shop.Messages.Interpolated("Ann") + "]");
                }
            }
            """;
        ConsumerProject project = Shop("format")
            .WithFile("Messages.cs", Messages.Replace("        public const string Dead = \"Book: {{trigger_link.deletedLink000000000}}\";\n", "").Replace("        public const string Slip = \"Book: {trigger_link.n4AriwEnFrGh3tu08W0U} now\";\n", ""))
            .WithFile("Program.cs", Program);
        (await project.Build()).ShouldSucceed();
        string before = (await project.RunBuilt()).ShouldSucceed().Output;

        (await ProcessRunner.Dotnet(project.Directory, feed.Environment, "format", "analyzers", project.ProjectPath, "--diagnostics", "LNK002", "--severity", "info", "--no-restore")).ShouldSucceed();

        string fixedSource = File.ReadAllText(Path.Combine(project.Directory, "Messages.cs"));
        Assert.Contains("public const string Known = \"Book: \" + TriggerLinks.FirstTag + \" now\";", fixedSource);
        Assert.Contains("$\"Hi {name}: {TriggerLinks.FirstTag}\"", fixedSource);
        (await project.Build()).ShouldSucceed();
        Assert.Equal(before, (await project.RunBuilt()).ShouldSucceed().Output);
    }

    [Fact]
    public async Task Beside_the_hand_written_class_the_package_replaces_no_constant_is_suggested_and_dotnet_format_changes_nothing()
    {
        // LNK005: nothing is generated, so TriggerLinks.FirstTag would be the hand-written class's own member.
        const string HandWritten = """
            namespace Shop
            {
                public static class TriggerLinks
                {
                    public const string FirstTag = "{{trigger_link.n4AriwEnFrGh3tu08W0U}}";
                    public const string Booking = "{{trigger_link.U8JZpDE0iGXlD6gNCFba}}";
                }
            }
            """;
        ConsumerProject project = Shop("handwritten")
            .WithFile("TriggerLinks.cs", HandWritten)
            .WithFile(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.LNK002.severity = warning\n");

        ProcessResult build = await project.Build();

        Assert.Contains("TriggerLinks.cs(3,25): error LNK005: 'Shop.TriggerLinks' is declared here as a class without 'partial'", build.Output);
        Assert.DoesNotContain("LNK002", build.Output);
        await ProcessRunner.Dotnet(project.Directory, feed.Environment, "format", "analyzers", project.ProjectPath, "--diagnostics", "LNK002", "--severity", "info", "--no-restore");
        Assert.Equal(HandWritten, File.ReadAllText(Path.Combine(project.Directory, "TriggerLinks.cs")));
    }

    [Fact]
    public async Task A_rule_on_the_projects_own_code_is_silenced_by_its_editorconfig_section_or_a_pragma()
    {
        // LNK005 comes from the generator, not the analyzer: still the file's own settings reach it, as they reach any rule.
        ConsumerProject project = Shop("own-type-silenced")
            .WithFile("Own.cs", "namespace Shop\n{\n#pragma warning disable LNK005\n    internal static class TriggerLinks { }\n#pragma warning restore LNK005\n}\n")
            .WithFile("Program.cs", "public static class Program { public static void Main() { } }");

        (await project.Build()).ShouldSucceed();

        project.WithFile("Own.cs", "namespace Shop\n{\n    internal static class TriggerLinks { }\n}\n")
            .WithFile(".editorconfig", "root = true\n[Own.cs]\ndotnet_diagnostic.LNK005.severity = none\n");
        ProcessResult build = (await project.Build()).ShouldSucceed();

        Assert.DoesNotContain("LNK005", build.Output);
    }

    private ConsumerProject Shop(string name) =>
        new ConsumerProject(feed, feed.NewWorkspace(name), "Shop", "Shop")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithProject(properties: "<RootNamespace>Shop</RootNamespace>");
}
