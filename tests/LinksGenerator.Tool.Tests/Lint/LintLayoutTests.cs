using System.IO;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using static LinksGenerator.Tool.Tests.Lint.LintTemplates;
using static LinksGenerator.Tool.Tests.Lint.LintTests;

namespace LinksGenerator.Tool.Tests.Lint;

/// <summary>
/// Repository layouts where lint must find what the build finds: linked folders (entered, as MSBuild's globs enter
/// them, each real folder once) and snapshots below a project's folder (no project's, so a template like any other).
/// </summary>
public class LintLayoutTests
{
    [Fact]
    public async Task A_linked_folder_is_searched_like_any_other_by_a_folder_and_by_a_glob()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("shared/welcome.html", Welcome);
        Directory.CreateDirectory(Path.Combine(folder.Path, "Templates"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "Templates", "linked"), Path.Combine(folder.Path, "shared"));

        ToolRun byFolder = await LintAsync(folder, "Templates");
        ToolRun byGlob = await LintAsync(folder, "Templates/**/*.html");

        string[] expected = [.. WelcomeLines("Templates/linked/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"];
        Assert.Equal(expected, Ghl.Lines(byFolder.Stdout));
        Assert.Equal(expected, Ghl.Lines(byGlob.Stdout));
    }

    [Fact]
    public async Task A_link_back_up_the_tree_is_followed_once_not_round_and_round()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/welcome.html", Welcome);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "Templates", "up"), folder.Path);

        ToolRun byFolder = await LintAsync(folder, "Templates");
        ToolRun byGlob = await LintAsync(folder, "Templates/**/*.html");

        Assert.Equal(1, byFolder.ExitCode);
        Assert.Equal([.. WelcomeLines("Templates/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(byFolder.Stdout));
        Assert.Equal(1, byGlob.ExitCode);
        Assert.Equal([.. WelcomeLines("Templates/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(byGlob.Stdout));
    }

    [Fact]
    public async Task A_snapshot_below_a_project_folder_is_no_projects_snapshot_but_a_template_as_in_the_build()
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        folder.Write("App/links.snapshot.json", OneLocationSnapshot);
        folder.Write("App/Templates/nested/welcome.html", Welcome);
        folder.Write("App/Templates/nested/links.snapshot.json", "{ \"locationId\": \"Nest\", \"links\": [{ \"id\": \"nest1\", \"name\": \"Nest\", \"fieldKey\": \"{{trigger_link.nest1}}\" }] }\n");

        ToolRun run = await InProcessTool.Instance.RunAsync(Path.Combine(folder.Path, "App"), Ghl.Environment(), ["lint", "Templates"]);

        Assert.Equal(1, run.ExitCode);
        string[] lines = Ghl.Lines(run.Stdout);
        Assert.Equal(
            [
                "Templates/nested/links.snapshot.json(1,81): error LNK001: The trigger link 'nest1' is not in the snapshot of location ve9EPM428h8vShlRW1KT: the customer would get a dead link" + HelpLinks + "LNK001.md)",
                .. WelcomeLines("Templates/nested/welcome.html"),
                "3 errors and 1 warning in 2 of 2 template files",
            ],
            lines);
    }
}
