using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Tool.Lint;
using LinksGenerator.Tool.Tests.Infrastructure;
using static LinksGenerator.Tool.Tests.Lint.LintTemplates;

namespace LinksGenerator.Tool.Tests.Lint;

/// <summary>
/// <c>ghl-links lint</c> in-process against template files in a temporary folder: which files it reads, what it prints
/// (exactly), how it decodes them, and how it exits.
/// </summary>
public class LintTests
{
    [Fact]
    public async Task Findings_are_printed_as_msbuild_prints_them_and_an_error_exits_1()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/welcome.html", Welcome);
        folder.Write("Templates/sms.txt", Sms);
        folder.Write("Templates/clean.txt", Clean);

        ToolRun run = await LintAsync(folder, "Templates");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [$"Templates/sms.txt(1,17): {SingleBraces}", .. WelcomeLines("Templates/welcome.html"), "2 errors and 2 warnings in 2 of 3 template files"],
            Ghl.Lines(run.Stdout));
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task A_path_starting_with_at_is_a_file_not_a_response_file()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("@promo.txt", Sms);
        folder.Write("promo.txt", "Summer sale GITHUB_TOKEN=ghp_notyours\n"); // read as a response file, its words would be PATHs, quoted

        ToolRun run = await LintAsync(folder, "@promo.txt");

        Assert.Equal([$"@promo.txt(1,17): {SingleBraces}", "1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task The_snapshot_is_never_a_template_even_when_a_path_takes_it_in()
    {
        using TempFolder folder = WithSnapshot(); // its deleted link's fieldKey would be LNK004 if it were checked
        folder.Write("exported.json", "{\"body\": \"{{trigger_link.zz9QpLmN0bVcXa1sDfGh}}\"}\n");
        folder.Write("clean.txt", Clean);

        ToolRun everything = await LintAsync(folder, ".");
        ToolRun json = await LintAsync(folder, "**/*.json");

        string[] exported = [$"exported.json(1,11): {Deleted}"];
        Assert.Equal([.. exported, "1 error in 1 of 2 template files"], Ghl.Lines(everything.Stdout));
        Assert.Equal([.. exported, "1 error in 1 of 1 template file"], Ghl.Lines(json.Stdout));
    }

    [Theory]
    [InlineData("links.snapshot.json")]
    [InlineData(".")]
    [InlineData("*.json")]
    public async Task Paths_that_yield_only_the_snapshot_are_exit_2_not_a_pass(string path)
    {
        using TempFolder folder = WithSnapshot();

        ToolRun run = await LintAsync(folder, path);

        // "No trigger-link problems in 0 template files" would pass a CI step that checks nothing.
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal(
            $"error: no template file to check: \"{path}\" matched only the snapshot, links.snapshot.json, which is never a template. Pass the templates or their folder, such as 'ghl-links lint Templates'",
            Assert.Single(Ghl.Lines(run.Stderr)));
    }

    [Fact]
    public async Task Clean_templates_exit_0_with_one_line()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("a.txt", Clean);
        folder.Write("b.md", "no fields at all\n");

        ToolRun run = await LintAsync(folder, "a.txt", "b.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No trigger-link problems in 2 template files\n", run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Warnings_alone_exit_0_unless_they_are_errors()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("sms.txt", Sms);

        ToolRun warned = await LintAsync(folder, "sms.txt");
        ToolRun failed = await LintAsync(folder, "--warnings-as-errors", "sms.txt");

        Assert.Equal(0, warned.ExitCode);
        Assert.Equal([$"sms.txt(1,17): {SingleBraces}", "1 warning in 1 of 1 template file"], Ghl.Lines(warned.Stdout));
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal([$"sms.txt(1,17): {SingleBraces.Replace("warning LNK003", "error LNK003", StringComparison.Ordinal)}", "1 error in 1 of 1 template file"], Ghl.Lines(failed.Stdout));
    }

    [Fact]
    public async Task A_folder_is_searched_recursively_without_git_packages_and_a_projects_build_output()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        folder.Write("App/Templates/email/deep/welcome.html", Welcome);
        foreach (string skipped in new[] { ".git", "node_modules" })
        {
            folder.Write($"App/Templates/{skipped}/copy.html", Welcome);
            folder.Write($"App/Templates/email/{skipped}/copy.html", Welcome);
        }

        foreach (string output in new[] { "bin", "obj" })
        {
            folder.Write($"App/{output}/Debug/net10.0/Templates/copy.html", Welcome); // the build's, beside the project file
            folder.Write($"App/Templates/{output}/promo.html", Welcome); // a folder of the user's own with that name, which the build checks
        }

        ToolRun run = await LintAsync(folder, "App");
        ToolRun glob = await LintAsync(folder, "App/**/*.html");

        string[] expected =
        [
            .. WelcomeLines("App/Templates/bin/promo.html"), .. WelcomeLines("App/Templates/email/deep/welcome.html"), .. WelcomeLines("App/Templates/obj/promo.html"),
            "6 errors and 3 warnings in 3 of 3 template files",
        ];
        Assert.Equal(expected, Ghl.Lines(run.Stdout));
        Assert.Equal(expected, Ghl.Lines(glob.Stdout));
    }

    [Fact]
    public async Task A_folder_search_leaves_out_the_sdks_artifacts_output_but_not_a_folder_of_the_users_own_with_that_name()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("Directory.Build.props", "<Project><PropertyGroup><UseArtifactsOutput>true</UseArtifactsOutput></PropertyGroup></Project>\n");
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        folder.Write("App/Templates/welcome.html", Welcome);
        folder.Write("artifacts/bin/App/debug/Templates/welcome.html", Welcome); // the build's copy, beside Directory.Build.props
        folder.WriteBytes("artifacts/obj/App/debug/App.assets.cache", [0x50, 0x4B, 0, 0, 0x01, 0x02]);
        folder.Write("App/Templates/artifacts/promo.html", Welcome); // beside neither: the user's own, which the build checks
        folder.Write("Mail/artifacts/release-notes.html", Welcome); // beside neither a project file nor Directory.Build.props: the user's own

        ToolRun run = await LintAsync(folder, ".");
        ToolRun named = await LintAsync(folder, "artifacts/bin");

        Assert.Equal(
            [.. WelcomeLines("App/Templates/artifacts/promo.html"), .. WelcomeLines("App/Templates/welcome.html"), .. WelcomeLines("Mail/artifacts/release-notes.html"), "6 errors and 3 warnings in 3 of 3 template files"],
            Ghl.Lines(run.Stdout));
        Assert.Equal([.. WelcomeLines("artifacts/bin/App/debug/Templates/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(named.Stdout));
    }

    [Fact]
    public async Task A_folder_search_leaves_out_code_projects_and_binary_assets_but_a_named_one_is_checked()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("App/Templates/welcome.html", Welcome);
        folder.Write("App/Program.cs", "string Url(string id) => \"{{trigger_link.\" + id + \"}}\";\n");
        folder.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><!-- {{trigger_link. --></Project>\n");
        folder.WriteBytes("App/Templates/logo.PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        folder.Write("App/dotnet-tools.json", "{\"version\": 1, \"isRoot\": true, \"tools\": {}}\n");
        folder.Write("App/.editorconfig", "root = true\n");
        folder.Write("App/links.globalconfig", "is_global = true\n# {{trigger_link.notalink}}\n");
        folder.Write("App/.env.local", "GREETING={{trigger_link.notalink}}\n");
        folder.Write("App/Properties/launchSettings.json", "{\"profiles\": {}}\n");

        ToolRun asFolder = await LintAsync(folder, "App");
        ToolRun named = await LintAsync(folder, "App/Program.cs");

        Assert.Equal([.. WelcomeLines("App/Templates/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(asFolder.Stdout));
        Assert.Equal(0, named.ExitCode);
        Assert.Contains("App/Program.cs(1,27): warning LNK003", named.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skipped_folder_named_on_purpose_is_checked()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("bin/welcome.html", Welcome);

        ToolRun asFolder = await LintAsync(folder, "bin");
        ToolRun asGlob = await LintAsync(folder, "bin/*.html");

        Assert.Equal([.. WelcomeLines("bin/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(asFolder.Stdout));
        Assert.Equal(asFolder.Stdout, asGlob.Stdout);
    }

    [Fact]
    public async Task Globs_match_relative_to_the_current_folder()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/a/one.html", Welcome);
        folder.Write("Templates/b/two.html", Welcome);
        folder.Write("Templates/b/three.txt", Sms);
        folder.Write("Templates/Templates.csproj", "<Project />\n");
        folder.Write("Templates/obj/four.html", Welcome); // the build's output beside the project file
        folder.Write("Other/five.html", Welcome);

        ToolRun html = await LintAsync(folder, "Templates/**/*.html");
        ToolRun top = await LintAsync(folder, "Templates/b/*");

        Assert.Equal([.. WelcomeLines("Templates/a/one.html"), .. WelcomeLines("Templates/b/two.html"), "4 errors and 2 warnings in 2 of 2 template files"], Ghl.Lines(html.Stdout));
        Assert.Equal(
            [$"Templates/b/three.txt(1,17): {SingleBraces}", .. WelcomeLines("Templates/b/two.html"), "2 errors and 2 warnings in 2 of 2 template files"],
            Ghl.Lines(top.Stdout));
    }

    [Fact]
    public async Task Several_paths_are_checked_once_each_in_path_order()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("z/welcome.html", Welcome);
        folder.Write("a/sms.txt", Sms);

        ToolRun run = await LintAsync(folder, "z/welcome.html", "a", "z", "**/*.html", "./z/../z/welcome.html");

        Assert.Equal(
            [$"a/sms.txt(1,17): {SingleBraces}", .. WelcomeLines("z/welcome.html"), "2 errors and 2 warnings in 2 of 2 template files"],
            Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task A_file_outside_the_current_folder_is_shown_with_its_full_path()
    {
        using TempFolder outside = new();
        using TempFolder folder = WithSnapshot();
        outside.Write("welcome.html", Welcome);

        ToolRun run = await LintAsync(folder, outside.File("welcome.html"));

        Assert.Equal([.. WelcomeLines(outside.File("welcome.html")), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task Every_path_that_matches_nothing_is_named_and_exits_2()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/welcome.html", Welcome);
        folder.WriteBytes("Empty/node_modules/x.html", LintTemplates.Utf8(Welcome));
        folder.Write("Snippets/offer.cs", Sms);
        folder.Write("Snippets/global.json", "{}");

        ToolRun run = await LintAsync(folder, "Templates", "missing.html", "Templates/**/*.liquid", "Empty", "Snippets");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal(
            [
                $"error: no template file matches \"missing.html\": there is no such file or folder (relative paths and globs start in {folder.Path})",
                $"error: no template file matches \"Templates/**/*.liquid\": the glob matches no file (relative paths and globs start in {folder.Path})",
                $"error: no template file matches \"Empty\": the folder holds no files (outside .git, node_modules, the bin and obj beside a project file, and the SDK's artifacts output) (relative paths and globs start in {folder.Path})",

                // Files of the kinds a folder's search leaves out are no empty folder: the message says how to check them.
                "error: no template file matches \"Snippets\": the folder's 2 files are all of the kinds a folder's search leaves out (code, project and tool configuration, binary assets: " +
                    $"\"global.json\"); to check such files, name them as PATHs or with a glob (\"Snippets/**/*.json\") (relative paths and globs start in {folder.Path})",
            ],
            Ghl.Lines(run.Stderr));
    }

    [Fact]
    public async Task A_path_that_never_ends_is_exit_2_not_read_until_memory_runs_out()
    {
        using TempFolder folder = WithSnapshot();

        ToolRun run = await LintAsync(folder, "/dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: /dev/zero is larger than 256 MiB, which no template is: leave it out of the PATHs"], Ghl.Lines(run.Stderr));
    }

    [Fact]
    public async Task Without_snapshot_option_the_nearest_snapshot_above_is_used_as_the_build_finds_it()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("App/Templates/welcome.html", Welcome);
        folder.Write("App/Templates/sms.txt", Sms);

        ToolRun fromProject = await InProcessTool.Instance.RunAsync(Path.Combine(folder.Path, "App"), Ghl.Environment(), ["lint", "Templates"]);

        Assert.Equal(1, fromProject.ExitCode);
        Assert.Equal(
            [$"Templates/sms.txt(1,17): {SingleBraces}", .. WelcomeLines("Templates/welcome.html"), "2 errors and 2 warnings in 2 of 2 template files"],
            Ghl.Lines(fromProject.Stdout));
        Assert.Empty(fromProject.Stderr);
    }

    [Fact]
    public async Task Run_from_the_repository_root_each_template_is_checked_against_its_own_projects_snapshot()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", AgencySnapshot); // another snapshot higher up, of other locations
        folder.Write("App/links.snapshot.json", OneLocationSnapshot);
        folder.Write("App/Templates/welcome.html", Welcome);
        folder.Write("Agency/Templates/book.txt", "Book: {{trigger_link.UptownLink0000000001}}"); // known to the root's only

        ToolRun oneProject = await LintAsync(folder, "App/Templates");
        ToolRun everything = await LintAsync(folder, ".");

        Assert.Equal(1, oneProject.ExitCode);
        Assert.Equal([.. WelcomeLines("App/Templates/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(oneProject.Stdout));
        Assert.Equal(1, everything.ExitCode);
        Assert.Equal([.. WelcomeLines("App/Templates/welcome.html"), "2 errors and 1 warning in 1 of 2 template files"], Ghl.Lines(everything.Stdout));
    }

    [Fact]
    public async Task A_template_with_no_snapshot_above_it_is_checked_against_the_one_above_the_current_folder()
    {
        using var folder = new TempFolder();
        folder.Write("App/links.snapshot.json", OneLocationSnapshot);
        folder.Write("Shared/welcome.html", Welcome); // kept outside the project that lists it

        ToolRun run = await InProcessTool.Instance.RunAsync(Path.Combine(folder.Path, "App"), Ghl.Environment(), ["lint", "../Shared"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([.. WelcomeLines(Path.Combine(folder.Path, "Shared", "welcome.html").Replace('\\', '/')), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task No_snapshot_is_exit_2_naming_the_file()
    {
        using var folder = new TempFolder();
        folder.Write("welcome.html", Welcome);

        ToolRun missing = await LintAsync(folder, "welcome.html");
        ToolRun other = await LintAsync(folder, "--snapshot", "config/links.json", "welcome.html");

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(
            ["error: there is no links.snapshot.json in this folder, the templates' folders or any folder above them: lint checks templates against it. Pass --snapshot PATH, or run 'ghl-links pull --location-id <id>' to create it"],
            Ghl.Lines(missing.Stderr));
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("error: there is no snapshot at config/links.json", other.Stderr, StringComparison.Ordinal);
        Assert.Empty(missing.Stdout + other.Stdout);
    }

    [Fact]
    public async Task An_unreadable_snapshot_is_exit_2_with_its_line_and_column()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", "{\n  \"schemaVersion\": 1,\n  \"links\": [,]\n}\n");
        folder.Write("welcome.html", Welcome);

        ToolRun run = await LintAsync(folder, "welcome.html");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: links.snapshot.json cannot be read as a snapshot (line 3, column 13: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byte_order_mark_does_not_move_a_snapshot_problem_on_its_first_line()
    {
        using var folder = new TempFolder();

        // The compiler drops the mark before the build's LNK100 counts columns: (1,18), the value of schemaVersion.
        folder.WriteBytes("links.snapshot.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1\",\"links\":[]}")]);
        folder.Write("welcome.html", Welcome);

        ToolRun run = await LintAsync(folder, "welcome.html");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: links.snapshot.json cannot be read as a snapshot (line 1, column 18: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_whose_locations_cannot_be_generated_is_exit_2_where_the_build_says_LNK100()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", "{\n  \"schemaVersion\": 2,\n  \"locations\": [\n    { \"name\": \"!!\", \"locationId\": \"LOC1\", \"links\": [] }\n  ]\n}\n");
        folder.Write("welcome.html", Welcome);

        ToolRun run = await LintAsync(folder, "welcome.html");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: links.snapshot.json cannot be used as a snapshot (line 4, column 15: the location name '!!' has no letter or digit, so it makes no class name: rename it): fix it, or pass another --snapshot\n",
            run.Stderr);
    }

    [Theory]
    [InlineData("[]", "\"locations\" is empty: add a location with 'ghl-links pull --location NAME=LOCATION_ID'")]
    [InlineData("""[{"name":"A","locationId":"L1","links":[{"id":"x1","name":"X"}]},{"name":"B","locationId":"L2","links":[{"id":"x1","name":"Y"}]}]""",
        "line 1, column 142: the link id 'x1' is in both 'A' and 'B', but a HighLevel link belongs to one location: keep it in the location it belongs to, and pull that location again")] // where the build's LNK100 points
    public async Task A_many_location_snapshot_unusable_as_a_whole_is_exit_2_saying_why(string locations, string why)
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", "{\"schemaVersion\":2,\"locations\":" + locations + "}\n");
        folder.Write("welcome.html", Welcome);

        ToolRun run = await LintAsync(folder, "welcome.html");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: links.snapshot.json cannot be used as a snapshot ({why}): fix it, or pass another --snapshot\n", run.Stderr);
    }

    [Fact]
    public async Task A_many_location_snapshot_knows_the_links_of_every_location()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", AgencySnapshot);
        folder.Write("sms.txt", "{{trigger_link.DowntownLink00000001}} {{trigger_link.UptownLink0000000001}} {{trigger_link.Nowhere}}\n");

        ToolRun run = await LintAsync(folder, "sms.txt");

        Assert.Equal(
            [
                "sms.txt(1,77): error LNK001: The trigger link 'Nowhere' is not in the snapshot of location Downtown (LOC1) or Uptown (LOC2): the customer would get a dead link" + HelpLinks + "LNK001.md)",
                "1 error in 1 of 1 template file",
            ],
            Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task With_location_templates_may_use_that_locations_links_only_as_the_build_judges_a_Location()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", AgencySnapshot);
        folder.Write("Downtown/sms.txt", "{{trigger_link.DowntownLink00000001}} {{trigger_link.UptownLink0000000001}} {{trigger_link.Nowhere}}\n");

        ToolRun run = await LintAsync(folder, "--location", "Downtown", "Downtown");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "Downtown/sms.txt(1,39): error LNK001: The trigger link 'UptownLink0000000001' is not in the snapshot of location Downtown (LOC1); it is 'Book' of Uptown: the customer would get a dead link" + HelpLinks + "LNK001.md)",
                "Downtown/sms.txt(1,77): error LNK001: The trigger link 'Nowhere' is not in the snapshot of location Downtown (LOC1): the customer would get a dead link" + HelpLinks + "LNK001.md)",
                "2 errors in 1 of 1 template file",
            ],
            Ghl.Lines(run.Stdout));
    }

    [Theory]
    [InlineData("Dowtown")]
    [InlineData("downtown")]
    public async Task A_location_the_snapshot_does_not_have_is_exit_2_naming_the_ones_it_has(string name)
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", AgencySnapshot);
        folder.Write("sms.txt", "{{trigger_link.Nowhere}}\n");

        ToolRun run = await LintAsync(folder, "--location", name, "sms.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal($"error: --location \"{name}\": links.snapshot.json has no location of that name; name one of Downtown (LOC1), Uptown (LOC2)\n", run.Stderr);
    }

    [Fact]
    public async Task A_location_for_a_one_location_snapshot_is_exit_2_saying_to_leave_it_out()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("sms.txt", Clean);

        ToolRun run = await LintAsync(folder, "--location", "Downtown", "sms.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --location \"Downtown\": links.snapshot.json is a snapshot of one location, whose links every template may use; leave --location out\n", run.Stderr);
    }

    [Fact]
    public async Task Location_is_given_once()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", AgencySnapshot);
        folder.Write("sms.txt", Clean);

        ToolRun run = await LintAsync(folder, "--location", "Downtown", "--location", "Uptown", "sms.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--location is given more than once: pass it once", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bom", new byte[] { 0xEF, 0xBB, 0xBF }, "\n")]
    [InlineData("crlf", new byte[0], "\r\n")]
    [InlineData("cr", new byte[0], "\r")]
    public async Task Byte_order_marks_and_line_ends_do_not_move_findings(string name, byte[] preamble, string lineEnd)
    {
        using TempFolder folder = WithSnapshot();
        folder.WriteBytes(name + ".html", [.. preamble, .. LintTemplates.Utf8(Welcome.Replace("\n", lineEnd, StringComparison.Ordinal))]);

        ToolRun run = await LintAsync(folder, name + ".html");

        Assert.Equal([.. WelcomeLines(name + ".html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task A_utf16_file_with_a_byte_order_mark_is_read_as_utf16()
    {
        using TempFolder folder = WithSnapshot();
        folder.WriteBytes("welcome.html", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Welcome)]);

        ToolRun run = await LintAsync(folder, "welcome.html");

        Assert.Equal([.. WelcomeLines("welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_read_as_the_compilers_fallback_reads_them()
    {
        using TempFolder folder = WithSnapshot();

        // "Grüße, Zoë" in Latin-1 before the field: each bad byte is one character, in a single-byte code page (Windows)
        // and as one U+FFFD in UTF-8 with replacement (Linux, macOS) alike.
        byte[] latin1 = Encoding.Latin1.GetBytes("Grüße, Zoë: {{trigger_link.deadDeadDead000000000}} {trigger_link.bad\u00e9}\n");
        folder.WriteBytes("latin1.txt", latin1);

        ToolRun run = await LintAsync(folder, "latin1.txt");

        string e = OperatingSystem.IsWindows() ? "é" : "\uFFFD";
        Assert.Equal(
            [
                $"latin1.txt(1,13): {Unknown}",
                $"latin1.txt(1,52): warning LNK003: '{{trigger_link.bad{e}}}' is not a valid trigger-link merge field: a link id has only ASCII letters, digits, '_' and '-', so HighLevel does not see a field" + HelpLinks + "LNK003.md)",
                "1 error and 1 warning in 1 of 1 template file",
            ],
            Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task A_utf8_file_with_one_stray_byte_keeps_its_utf8_characters_where_the_compiler_does()
    {
        using TempFolder folder = WithSnapshot();

        // Valid UTF-8 but for one byte: on Linux and macOS the compiler reads "é", "è" and U+2028 (a line end) as UTF-8 and
        // the stray byte as U+FFFD; on Windows every byte is a character of the code page, and U+2028 ends no line.
        folder.WriteBytes("mixed.txt", [.. Encoding.UTF8.GetBytes("Café crème\u2028Tap {{trigger_link.deadDeadDead000000000}}\n"), 0xA0, .. Encoding.UTF8.GetBytes(" {trigger_link.sTpkr0cStY4qWB8dWKnH}\n")]);

        ToolRun run = await LintAsync(folder, "mixed.txt");

        string[] positions = OperatingSystem.IsWindows() ? ["(1,20)", "(2,3)"] : ["(2,5)", "(3,3)"];
        Assert.Equal(
            [$"mixed.txt{positions[0]}: {Unknown}", $"mixed.txt{positions[1]}: {SingleBraces}", "1 error and 1 warning in 1 of 1 template file"],
            Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task A_cut_off_multi_byte_sequence_is_one_character_where_the_compiler_reads_utf8()
    {
        using TempFolder folder = WithSnapshot();

        // E2 80 starts a three-byte character and stops: one U+FFFD in UTF-8 with replacement, two characters in a code page.
        folder.WriteBytes("cut.txt", [.. "Tap "u8, 0xE2, 0x80, .. " {{trigger_link.deadDeadDead000000000}} "u8, 0xF0, 0x9F]);

        ToolRun run = await LintAsync(folder, "cut.txt");

        Assert.Equal(
            [$"cut.txt(1,{(OperatingSystem.IsWindows() ? 8 : 7)}): {Unknown}", "1 error in 1 of 1 template file"],
            Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task Binary_junk_is_read_without_a_crash_and_its_text_stays_on_one_line()
    {
        using TempFolder folder = WithSnapshot();
        var random = new Random(20240601);
        byte[] junk = new byte[64 * 1024];
        random.NextBytes(junk);
        for (int i = 1; i < junk.Length; i++)
        {
            junk[i] = junk[i] == 0 && junk[i - 1] == 0 ? (byte)1 : junk[i]; // no NUL pair: that much the compiler reads as text
        }

        byte[] field = Encoding.ASCII.GetBytes("{{trigger_link.ab\u001b[2J\u0000x}}\n");
        byte[] broken = Encoding.ASCII.GetBytes(" {{trigger_link.cd\r\n}} ");
        folder.WriteBytes("Templates/image.png", [.. junk, .. field, .. junk, .. broken, .. junk]);
        Assert.False(BuildTemplateCheck.CompilerRefusesAsBinary(File.ReadAllBytes(Path.Combine(folder.Path, "Templates/image.png"))));

        // Named: a folder's search would leave an image out.
        ToolRun run = await LintAsync(folder, "Templates/image.png");

        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        Assert.Empty(run.Stderr);
        string[] lines = Ghl.Lines(run.Stdout);
        string finding = Assert.Single(lines, l => l.Contains("{{trigger_link.ab", StringComparison.Ordinal));
        Assert.Contains("'{{trigger_link.ab\\u001b[2J\\u0000x}}'", finding, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("'{{trigger_link.cd\\r\\n}}'", StringComparison.Ordinal)); // a line break in a field, escaped
        Assert.DoesNotContain(lines, l => l.Contains('\u001b', StringComparison.Ordinal));
        Assert.EndsWith(" of 1 template file", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_the_compiler_refuses_as_binary_is_an_error_as_in_the_build()
    {
        using TempFolder folder = WithSnapshot();
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0xFF, 0x00, 0x00, .. Encoding.ASCII.GetBytes(" {{trigger_link.deadDeadDead000000000}}\n")];
        folder.WriteBytes("Templates/logo.png", png);
        folder.Write("Templates/sms.txt", "Tap {{trigger_link.sTpkr0cStY4qWB8dWKnH}}\n");

        // A glob, as in a TriggerLinksTemplate item that takes every file (a folder's search would leave an image out).
        ToolRun run = await LintAsync(folder, "Templates/*");

        Assert.True(BuildTemplateCheck.CompilerRefusesAsBinary(png));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "Templates/logo.png: error CS2015: 'Templates/logo.png' is a binary file instead of a text file: it is not UTF-8 and holds NUL characters, " +
                "so the compiler refuses it and a build that checks it as a template fails; leave it out of the templates",
                "1 error in 1 of 2 template files",
            ],
            Ghl.Lines(run.Stdout));
    }

    [Fact]
    public void Lint_refuses_as_binary_exactly_what_the_compiler_refuses()
    {
        var random = new Random(20261129);
        byte[][] fixedCases =
        [
            [],
            [0, 0],
            [0xEF, 0xBB, 0xBF, 0, 0, 0xFF],
            [0xFF, 0xFE, 0, 0, 0, 0],
            [0, 0, 0xFE, 0xFF, 0, 0, 0, (byte)'H'], // UTF-32 big-endian, its byte order mark unread by the compiler
            [(byte)'a', 0, 0, (byte)'b'],
            [0xC3, 0x28, 0, (byte)'x', 0],
            [0xC3, 0x28, (byte)'x', 0, 0],
        ];
        IEnumerable<byte[]> randomCases = Enumerable.Range(0, 400).Select(i =>
        {
            byte[] bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            for (int j = 0; j < bytes.Length; j++)
            {
                // Mostly ASCII with some NULs and some bytes of multi-byte sequences, so every kind of input turns up.
                bytes[j] = (i % 3) switch { 0 => bytes[j], 1 => bytes[j] % 5 == 0 ? (byte)0 : (byte)('a' + (bytes[j] % 26)), _ => bytes[j] % 7 == 0 ? (byte)0 : bytes[j] % 7 == 1 ? (byte)0xC3 : (byte)'a' };
            }

            return bytes;
        });

        foreach (byte[] bytes in fixedCases.Concat(randomCases))
        {
            Assert.True(
                BuildTemplateCheck.CompilerRefusesAsBinary(bytes) == TemplateText.IsRefusedAsBinary(bytes),
                $"compiler and lint disagree on [{string.Join(", ", bytes)}]");
        }
    }

    [Fact]
    public async Task A_file_given_twice_is_counted_once()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("welcome.html", Welcome);

        ToolRun run = await LintAsync(folder, "welcome.html", "welcome.html", "*.html");

        Assert.Equal([.. WelcomeLines("welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
    }

    [Theory]
    [InlineData(new[] { "lint" }, "Required argument missing for command: 'lint'")]
    [InlineData(new[] { "lint", "--snapshot" }, "Required argument missing for option: '--snapshot'")]
    [InlineData(new[] { "lint", "--strict", "x" }, "'--strict' is not an option of ghl-links lint (for a file of that name, write ./--strict or put it after --)")]
    [InlineData(new[] { "lint", "-x.html", "--", "-y.html" }, "'-x.html' is not an option of ghl-links lint (for a file of that name, write ./-x.html or put it after --)")]
    public async Task Bad_options_exit_2_and_point_at_the_help(string[] args, string expected)
    {
        using TempFolder folder = WithSnapshot();

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'ghl-links --help' or 'ghl-links lint --help' for usage.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paths_after_a_double_dash_are_paths_even_when_they_look_like_options()
    {
        using TempFolder folder = WithSnapshot();
        folder.Write("-welcome.html", Welcome);

        ToolRun run = await LintAsync(folder, "--", "-welcome.html");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([.. WelcomeLines("-welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
    }

    /// <summary>Two locations with one link each, for the many-location test.</summary>
    private const string AgencySnapshot =
        "{\n  \"schemaVersion\": 2,\n  \"locations\": [\n" +
        "    { \"name\": \"Downtown\", \"locationId\": \"LOC1\", \"links\": [{ \"id\": \"DowntownLink00000001\", \"name\": \"Book\", \"fieldKey\": \"{{trigger_link.DowntownLink00000001}}\" }] },\n" +
        "    { \"name\": \"Uptown\", \"locationId\": \"LOC2\", \"links\": [{ \"id\": \"UptownLink0000000001\", \"name\": \"Book\", \"fieldKey\": \"{{trigger_link.UptownLink0000000001}}\" }] }\n" +
        "  ]\n}\n";

    internal static TempFolder WithSnapshot()
    {
        var folder = new TempFolder();
        folder.Write("links.snapshot.json", OneLocationSnapshot);
        return folder;
    }

    internal static Task<ToolRun> LintAsync(TempFolder folder, params string[] args) =>
        InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), ["lint", .. args]);
}
