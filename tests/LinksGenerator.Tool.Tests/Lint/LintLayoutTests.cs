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
    public async Task Links_that_lead_to_no_file_are_left_out_of_a_search_and_named_as_such_when_given()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/welcome.html", Welcome);
        // The lock file an editor (Emacs) leaves beside a template being edited, and a link that loops on itself.
        File.CreateSymbolicLink(Path.Combine(folder.Path, "Templates", ".#welcome.html"), "user@host.12345:1764600000");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "Templates", "self.html"), "self.html");

        ToolRun byFolder = await LintAsync(folder, "Templates");
        ToolRun byGlob = await LintAsync(folder, "Templates/**/*.html");
        ToolRun named = await LintAsync(folder, "Templates/.#welcome.html");

        string[] expected = [.. WelcomeLines("Templates/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"];
        Assert.Equal(1, byFolder.ExitCode);
        Assert.Equal(expected, Ghl.Lines(byFolder.Stdout));
        Assert.Equal(1, byGlob.ExitCode);
        Assert.Equal(expected, Ghl.Lines(byGlob.Stdout));
        Assert.Equal(2, named.ExitCode);
        Assert.Equal(
            "error: \"Templates/.#welcome.html\" is a symbolic link to \"user@host.12345:1764600000\" that leads to no file (its target is missing, or the links loop): " +
            "fix the link, or leave it out of the PATHs",
            Ghl.Lines(named.Stderr)[^1]);
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

    [Theory]
    [InlineData("Templates/?.txt")]
    [InlineData("Templates/s?s.txt")]
    [InlineData("Templates/**/?.txt")]
    [InlineData("T?mplates/*.txt")]
    public async Task A_question_mark_in_a_glob_is_one_character_of_a_name(string glob)
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/a.txt", Sms);
        folder.Write("Templates/sms.txt", Sms);
        folder.Write("Templates/sxxs.txt", Sms);
        folder.Write("Templates/ab.txt", Sms);

        ToolRun run = await LintAsync(folder, glob);

        string matched = glob.Contains("s?s", System.StringComparison.Ordinal) ? "sms" : glob.StartsWith("T?", System.StringComparison.Ordinal) ? "" : "a";
        string[] expected = matched.Length == 0
            ? [$"Templates/a.txt(1,17): {SingleBraces}", $"Templates/ab.txt(1,17): {SingleBraces}", $"Templates/sms.txt(1,17): {SingleBraces}", $"Templates/sxxs.txt(1,17): {SingleBraces}", "4 warnings in 4 of 4 template files"]
            : [$"Templates/{matched}.txt(1,17): {SingleBraces}", "1 warning in 1 of 1 template file"];
        Assert.Equal(expected, Ghl.Lines(run.Stdout));
    }

    [Theory]
    [InlineData("Templates\\sms.txt")]
    [InlineData("Templates\\**\\*.txt")]
    [InlineData("Templates\\")]
    public async Task A_backslash_separates_folders_as_in_an_msbuild_item(string path)
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/sms.txt", Sms);

        ToolRun run = await LintAsync(folder, path);

        Assert.Equal([$"Templates/sms.txt(1,17): {SingleBraces}", "1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task A_line_break_or_control_character_in_a_file_name_is_escaped_so_each_finding_stays_one_line()
    {
        if (System.OperatingSystem.IsWindows())
        {
            return; // Windows allows neither in a file name.
        }

        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/a\nb\u001b.txt", Sms);

        ToolRun run = await LintAsync(folder, "Templates");

        Assert.Equal([$"Templates/a\\nb\\u001b.txt(1,17): {SingleBraces}", "1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task A_backslash_in_a_file_name_is_printed_as_the_name_holds_it_not_as_a_folder()
    {
        if (System.OperatingSystem.IsWindows())
        {
            return; // On Windows it separates folders, and no name holds one.
        }

        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/back\\slash.txt", Sms);

        ToolRun run = await LintAsync(folder, "Templates");

        Assert.Equal([$"Templates/back\\slash.txt(1,17): {SingleBraces}", "1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
    }

    // A file's name with the byte 0xFF, and a folder's with a multi-byte sequence cut off: left out, the check would pass
    // with a template unchecked (or fail as an unexpected failure); the folder and a glob both name it instead.
    [Theory]
    [InlineData("""printf '%s' "$1" > "Templates/bad$(printf '\377').html" """, "Templates/*.html", "Templates/bad\uFFFD.html")]
    [InlineData("""d="Templates/dir$(printf '\303(')" && mkdir "$d" && printf '%s' "$1" > "$d/in.txt" """, "Templates/**/*.txt", "Templates/dir\uFFFD(")]
    public async Task A_file_or_folder_whose_name_is_not_UTF8_is_named_as_unopenable_not_skipped(string script, string glob, string shown)
    {
        if (System.OperatingSystem.IsWindows())
        {
            return; // Windows names are UTF-16: every one can be opened.
        }

        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/clean.txt", Clean);
        Shell(folder, script, Sms);

        foreach (string path in new[] { "Templates", glob })
        {
            ToolRun run = await LintAsync(folder, path);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Stdout);
            Assert.StartsWith("error: \"", run.Stderr, System.StringComparison.Ordinal);
            Assert.Contains(shown + "\" cannot be opened: its name is not valid UTF-8", run.Stderr, System.StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Runs <paramref name="script"/> in the folder with <paramref name="argument"/> as $1: .NET writes every name as
    /// UTF-8, so names holding other bytes (0xFF, a cut-off sequence) are made by the shell's printf.
    /// </summary>
    private static void Shell(TempFolder folder, string script, string argument)
    {
        using var shell = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", script, "sh", argument]) { WorkingDirectory = folder.Path, UseShellExecute = false })!;
        shell.WaitForExit();
        Assert.Equal(0, shell.ExitCode);
    }
}
