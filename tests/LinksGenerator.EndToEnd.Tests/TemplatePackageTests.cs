using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.EndToEnd.Tests.Infrastructure;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests;

/// <summary>
/// Templates through the packed package: a consumer lists its email and SMS files as TriggerLinksTemplate, and
/// `dotnet build` reports every finding at the template's own line and column, failing on an unknown link.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TemplatePackageTests(PackageFeed feed)
{
    public const string Welcome = """
        <html>
        <body>
          <p>Hi {{contact.first_name}},</p>
          <p><a href="{{trigger_link.n4AriwEnFrGh3tu08W0U}}">Book</a></p>
          <p><a href="{{trigger_link.deadDeadDead000000000}}">Old offer</a></p>
          <p><a href="%7B%7Btrigger_link.n4AriwEnFrGh3tu08W0U%7D%7D">Editor-encoded</a></p>
          <p>&#123;&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#125;</p>
        </body>
        </html>
        """;

    public const string Sms = "Hi {{contact.first_name}}: {trigger_link.n4AriwEnFrGh3tu08W0U}\r\nBye {{ trigger_link.n4AriwEnFrGh3tu08W0U }}\r\n";

    [Fact]
    public async Task Dotnet_build_reports_template_findings_at_their_lines_and_fails_on_an_unknown_link()
    {
        ConsumerProject project = Shop("templates", """<TriggerLinksTemplate Include="Templates/**/*" />""");

        ProcessResult build = await project.Build();

        Assert.NotEqual(0, build.ExitCode);
        string output = build.Output.Replace('\\', '/');
        Assert.Contains("Templates/welcome.html(5,15): error LNK001: The trigger link 'deadDeadDead000000000' is not in the snapshot of location ve9EPM428h8vShlRW1KT", output);
        Assert.Contains("Templates/welcome.html(6,15): warning LNK003: '%7B%7Btrigger_link.n4AriwEnFrGh3tu08W0U%7D%7D' is not a valid trigger-link merge field: its braces are percent-encoded", output);
        Assert.Contains("Templates/welcome.html(7,6): warning LNK003: '&#123;&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#125;' is not a valid trigger-link merge field: its braces are HTML entities", output);
        Assert.Contains("Templates/sms.txt(1,28): warning LNK003: '{trigger_link.n4AriwEnFrGh3tu08W0U}' is not a valid trigger-link merge field", output);
        Assert.DoesNotContain("Templates/sms.txt(2,", output);
        Assert.DoesNotContain("LNK002", output);
        Assert.DoesNotContain("AD0001", output);
    }

    [Fact]
    public async Task A_template_also_added_by_hand_is_reported_once_and_the_snapshot_is_never_a_template()
    {
        ConsumerProject project = Shop(
            "templates-twice",
            """<TriggerLinksTemplate Include="Templates/welcome.html;*.json" /><AdditionalFiles Include="Templates/welcome.html" />""");

        ProcessResult build = await project.Build();

        // One finding, once: MSBuild's summary counts what the compiler reported.
        Assert.Contains("welcome.html(5,15): error LNK001", build.Output.Replace('\\', '/'));
        Assert.Contains("    1 Error(s)", build.Output);
        Assert.Contains("TriggerLinks.FirstTag", (await File.ReadAllTextAsync(Path.Combine(project.Directory, "Program.cs"))));
        Assert.DoesNotContain("LNK103", build.Output);
        Assert.DoesNotContain("error CS", build.Output);
    }

    [Fact]
    public async Task Odd_names_a_template_named_like_the_list_and_one_included_twice_are_each_checked_once()
    {
        // The list is split at line feeds only, and found by its full path; the same file under two spellings is one
        // template; a C# file of the project is checked as C# alone.
        ConsumerProject project = Shop(
                "templates-odd-names",
                """<TriggerLinksTemplate Include="Templates/**/*;$(MSBuildThisFileDirectory)/Templates/sms.txt" />""")
            .WithFile("Templates/space.html ", "<a href=\"{{trigger_link.deadDeadDead000000001}}\">x</a>\n")
            .WithFile("Templates/ideographic.html\u3000", "<a href=\"{{trigger_link.deadDeadDead000000002}}\">x</a>\n")
            .WithFile("Templates/line\u2028separator.txt", "<a href=\"{{trigger_link.deadDeadDead000000003}}\">x</a>\n")
            .WithFile("Templates/tab\tname.txt", "<a href=\"{{trigger_link.deadDeadDead000000005}}\">x</a>\n")
            .WithFile("Templates/escape\u001bname.txt", "<a href=\"{{trigger_link.deadDeadDead000000006}}\">x</a>\n")
            .WithFile("Templates/line\nfeed.txt", "<a href=\"{{trigger_link.deadDeadDead000000007}}\">x</a>\n")
            .WithFile("Templates/carriage\r", "<a href=\"{{trigger_link.deadDeadDead000000008}}\">x</a>\n")
            .WithFile("Templates/say \"hi\".html", "<a href=\"{{trigger_link.deadDeadDead000000009}}\">x</a>\n")
            .WithFile("Templates/it's.html", "<a href=\"{{trigger_link.deadDeadDead000000010}}\">x</a>\n")
            .WithFile("Templates/LinksGenerator.Templates.txt", "x {trigger_link.n4AriwEnFrGh3tu08W0U}\n")
            .WithFile("Templates/Texts.cs", "namespace Shop { static class Texts { public const string Dead = \"{{trigger_link.deadDeadDead000000004}}\"; } }\n");

        ProcessResult build = await project.Build();

        string output = build.Output.Replace('\\', '/');
        int once = Occurrences(output, "Templates/welcome.html(5,15): error LNK001");
        Assert.True(once > 0, output);

        // MSBuild prints a file name without its trailing white space: the findings are known by their links instead.
        foreach (string expected in (string[])["'deadDeadDead000000001'", "'deadDeadDead000000002'", "'deadDeadDead000000003'", "'deadDeadDead000000004'", "'deadDeadDead000000010'", "Templates/LinksGenerator.Templates.txt(1,3): warning LNK003", "Templates/sms.txt(1,28): warning LNK003"])
        {
            Assert.True(once == Occurrences(output, expected), expected + " not reported once, as each finding is, in:\n" + output);
        }

        // A tab or another control character in a name: the compiler drops the path itself, silently, as it drops one
        // with '|' (docs/templates.md says so).
        Assert.DoesNotContain("deadDeadDead000000005", output);
        Assert.DoesNotContain("deadDeadDead000000006", output);

        // A line break in a name: not passed, since it would break the compiler's command line and the build with it.
        Assert.DoesNotContain("deadDeadDead000000007", output);
        Assert.DoesNotContain("deadDeadDead000000008", output);

        // A '"' the compiler drops too. None of these passes unsaid: each is a warning naming it.
        Assert.DoesNotContain("deadDeadDead000000009", output);
        foreach (string name in (string[])["say \"hi\".html", "tab\tname.txt"])
        {
            Assert.Contains($"warning LINKSGEN006: The TriggerLinksTemplate {project.Directory.Replace('\\', '/')}/Templates/{name} is not checked by the build: the C# compiler cannot take a file whose name holds", output);
        }
        Assert.DoesNotContain("error CS", output);
        Assert.DoesNotContain("AD0001", output);
    }

    [Fact]
    public async Task Templates_and_a_custom_snapshot_in_folders_with_hash_semicolon_quote_and_space_are_found_and_cost_no_per_file_config()
    {
        // '#' and ';' start a comment in the global config the compiler reads MSBuild properties from, and the compiler
        // splits file lists at ';': templates are listed in a file, and the snapshot's path is passed encoded.
        var project = new ConsumerProject(feed, feed.NewWorkspace("templates-odd-paths"), "C# shop/Shop", "Shop")
            .WithFile("custom links.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithFile("Templates/it's;new/offer.html", "<a href=\"{{trigger_link.deadDeadDead000000000}}\">x</a>\n")
            .WithWorkspaceFile("C# shop/Shared/footer.txt", "ok {{trigger_link.n4AriwEnFrGh3tu08W0U}}\nbad {trigger_link.n4AriwEnFrGh3tu08W0U}\n")
            .WithFile("Program.cs", "namespace Shop { public static class Program { public static void Main() => System.Console.WriteLine(TriggerLinks.FirstTag); } }")
            .WithProject(
                properties: "<RootNamespace>Shop</RootNamespace><TriggerLinksSnapshot>custom links.json</TriggerLinksSnapshot>",
                items: """<TriggerLinksTemplate Include="Templates/**/*.html;../Shared/*.txt" />""");

        ProcessResult build = await project.Build();

        string output = build.Output.Replace('\\', '/');
        Assert.Contains("it's;new/offer.html(1,10): error LNK001: The trigger link 'deadDeadDead000000000' is not in the snapshot", output);
        Assert.Contains("Shared/footer.txt(2,5): warning LNK003", output);
        Assert.DoesNotContain("footer.txt(1,", output);
        Assert.DoesNotContain("LNK103", output); // the snapshot was found, so TriggerLinks.FirstTag compiled
        Assert.DoesNotContain("error CS", output);

        // No section per additional file in the compiler's global config: the compiler would match every file against each.
        string config = Directory.GetFiles(Path.Combine(project.Directory, "obj"), "Shop.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories)[0];
        Assert.DoesNotContain("build_metadata.AdditionalFiles", await File.ReadAllTextAsync(config));
        Assert.DoesNotContain("\n[", await File.ReadAllTextAsync(config));
    }

    [Theory]
    [InlineData("project", """<TriggerLinksTemplate Include="**/*.txt" />""", "")]
    [InlineData("late", """<TriggerLinksTemplate Include="../Shop/**/*.txt" />""", "")] // in Directory.Build.targets, taken by a target
    [InlineData("output-path", """<TriggerLinksTemplate Include="**/*.txt" />""", "<OutputPath>build/</OutputPath>")] // the output elsewhere
    [InlineData("project-as-output", """<TriggerLinksTemplate Include="**/*.txt" />""", "<BaseIntermediateOutputPath>./</BaseIntermediateOutputPath>")] // a folder holding the project is no output to leave out
    public async Task A_wildcard_over_the_project_leaves_bin_and_obj_out_so_a_template_copied_to_the_output_is_reported_once(string declared, string templateItem, string properties)
    {
        const string CopiedToOutput = """<None Update="Templates/*" CopyToOutputDirectory="PreserveNewest" />""";
        ConsumerProject project = Shop($"templates-wildcard-{declared}", declared == "late" ? CopiedToOutput : templateItem + CopiedToOutput);
        if (declared == "late")
        {
            project.WithFile("Directory.Build.targets", $"<Project><ItemGroup>{templateItem}</ItemGroup></Project>");
        }

        File.WriteAllText(project.ProjectPath, File.ReadAllText(project.ProjectPath).Replace("</PropertyGroup>", properties + "</PropertyGroup>", StringComparison.Ordinal));

        // The second build, after the first copied the templates to bin/ and wrote text files to obj/, checks every template.
        (await project.Build()).ShouldSucceed();
        ProcessResult second = (await project.Build("-p:TriggerLinksCheckUnchangedTemplates=true")).ShouldSucceed();

        string output = second.Output.Replace('\\', '/');
        Assert.Contains("Shop/Templates/sms.txt(1,28): warning LNK003", output);
        Assert.DoesNotContain("/net10.0/Templates/sms.txt", output);
        string list = File.ReadAllText(Directory.GetFiles(project.Directory, "LinksGenerator.Templates.txt", SearchOption.AllDirectories).Single(path => !path.Contains("/Templates/", StringComparison.Ordinal)));
        Assert.Equal([Path.Combine(project.Directory, "Templates", "sms.txt")], list.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;

    private ConsumerProject Shop(string name, string templateItems) =>
        new ConsumerProject(feed, feed.NewWorkspace(name), "Shop", "Shop")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithFile("Templates/welcome.html", Welcome)
            .WithFile("Templates/sms.txt", Sms)
            .WithFile("Program.cs", "namespace Shop { public static class Program { public static void Main() => System.Console.WriteLine(TriggerLinks.FirstTag); } }")
            .WithProject(properties: "<RootNamespace>Shop</RootNamespace>", items: templateItems);
}
