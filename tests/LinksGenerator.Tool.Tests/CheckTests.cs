using System;
using System.IO;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary><c>check</c>: 0 when the snapshot holds the live links, 1 with the difference when not, and it never writes.</summary>
public class CheckTests
{
    [Fact]
    public async Task An_up_to_date_snapshot_exits_zero()
    {
        ToolRun run = await CheckAsync(TestLinks.ExpectedSnapshot);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["links.snapshot.json is up to date: 5 links of location ve9EPM428h8vShlRW1KT"], Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task Line_ends_and_formatting_do_not_make_a_snapshot_stale()
    {
        // git on Windows may check the file out with CRLF; a BOM may sneak in from an editor.
        ToolRun run = await CheckAsync("\uFEFF" + TestLinks.ExpectedSnapshot.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task A_stale_snapshot_is_listed_change_by_change_and_left_untouched()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        var written = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(folder.SnapshotPath, written);

        ToolRun run = await Ghl.RunAsync(folder, server, "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "links.snapshot.json is stale: HighLevel has 5 links of location ve9EPM428h8vShlRW1KT (1 added, 1 deleted, 1 renamed, 1 re-targeted)",
                "  + added        \"Book a Call – Dr. Müller\" (U8JZpDE0iGXlD6gNCFba) -> \"https://calendly.com/acme-dental/consult?src=\\\"sms\\\"\"",
                "  - deleted      \"Leave a Review\" (OCj2ISaJiHkTj0rLGlko): TriggerLinks.LeaveAReview stays as an error (CS0619: deleted from HighLevel); a hard-coded field of it is LNK004",
                "  ~ renamed      \"Summer Sale 2024\" -> \"Summer Sale 2025\" (EPFjbD0kH8Oool8DklZD): TriggerLinks.SummerSale2024 -> TriggerLinks.SummerSale2025; SummerSale2024 stays as an obsolete alias (warning CS0618)",
                "  > re-targeted  \"first tag\" (n4AriwEnFrGh3tu08W0U): \"https://www.google.com/\" -> \"https://www.google.com/search\"",
                $"Run 'ghl-links pull --base-url {server.BaseUrl}' to update the snapshot, then commit it.",
            ],
            Ghl.Lines(run.Stdout));
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        Assert.Equal(written, File.GetLastWriteTimeUtc(folder.SnapshotPath));
        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public async Task The_advice_to_pull_names_a_snapshot_that_is_not_the_default_one()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("config/my links.json", TestLinks.PreviousSnapshot);

        ToolRun run = await Ghl.RunAsync(folder, server, "check", "--snapshot", "config/my links.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"Run 'ghl-links pull --base-url {server.BaseUrl} --output \"config/my links.json\"' to update the snapshot, then commit it.", Ghl.Lines(run.Stdout)[^1]);
    }

    [Fact]
    public async Task A_path_with_a_line_break_stays_on_the_error_s_line_and_the_advice_passes_it_back_whole()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "check", "--snapshot", "two\nlines.json");

        Assert.Equal(2, run.ExitCode);
        string line = Assert.Single(Ghl.Lines(run.Stderr));
        Assert.StartsWith("error: there is no snapshot at two\\nlines.json: run 'ghl-links pull", line, StringComparison.Ordinal);
        Assert.EndsWith("--output $'two\\nlines.json'' to create it and commit it, or pass --snapshot PATH", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advice_and_errors_quote_the_command_as_the_user_ran_it()
    {
        // Installed from a manifest, the tool runs as 'dotnet ghl-links': advice copied from the screen must say so.
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        var tool = new InProcessTool { Command = "dotnet ghl-links" };

        ToolRun stale = await tool.RunAsync(folder.Path, Ghl.Environment(), "check", "--base-url", server.BaseUrl);
        ToolRun refused = await tool.RunAsync(folder.Path, Ghl.Environment(), "convert", "--name", "Main", "--snapshot", "none.json");
        ToolRun misspelt = await tool.RunAsync(folder.Path, Ghl.Environment(), "check", "--snapshots", "x");

        Assert.Equal(1, stale.ExitCode);
        Assert.Equal($"Run 'dotnet ghl-links pull --base-url {server.BaseUrl}' to update the snapshot, then commit it.", Ghl.Lines(stale.Stdout)[^1]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("run 'dotnet ghl-links pull --location NAME=ID --output none.json'", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, misspelt.ExitCode);
        Assert.Contains("Run 'dotnet ghl-links --help' or 'dotnet ghl-links check --help' for usage.", misspelt.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_of_another_location_is_stale()
    {
        ToolRun run = await CheckAsync(TestLinks.ExpectedSnapshot.Replace(FakeHighLevel.Location, "Zq81OtherLocation000", StringComparison.Ordinal), "--location-id", FakeHighLevel.Location);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(another location)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  ! location     \"Zq81OtherLocation000\" -> \"ve9EPM428h8vShlRW1KT\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_advice_to_pull_repeats_the_options_that_chose_the_location_the_server_and_the_token()
    {
        // A plain 'ghl-links pull' would refresh the snapshot's own location, with GHL_TOKEN, from HighLevel itself: not
        // what this check compared. Followed word for word, the advice pulls what was checked.
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.ExpectedSnapshot.Replace(FakeHighLevel.Location, "Zq81OtherLocation000", StringComparison.Ordinal));
        var environment = Ghl.Environment(("UPTOWN_TOKEN", FakeHighLevel.Token), ("GHL_TOKEN", null));

        ToolRun run = await Ghl.RunAsync(folder, server, environment, "check", "--location-id", FakeHighLevel.Location, "--token-env", "UPTOWN_TOKEN", "--timeout", "90.5");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"Run 'ghl-links pull --location-id {FakeHighLevel.Location} --base-url {server.BaseUrl} --token-env UPTOWN_TOKEN --timeout 90.5' to update the snapshot, then commit it.",
            Ghl.Lines(run.Stdout)[^1]);
    }

    [Fact]
    public async Task A_changed_field_key_is_a_difference()
    {
        ToolRun run = await CheckAsync(TestLinks.ExpectedSnapshot.Replace("{{trigger_link.HgaKwVJ7faC9qEwjky40}}", "{{ trigger_link.HgaKwVJ7faC9qEwjky40 }}", StringComparison.Ordinal));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(1 with a new fieldKey)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  ! fieldKey     \"New Patient Forms\" (HgaKwVJ7faC9qEwjky40): \"{{ trigger_link.HgaKwVJ7faC9qEwjky40 }}\" -> \"{{trigger_link.HgaKwVJ7faC9qEwjky40}}\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicated_entry_is_a_difference_even_when_every_id_matches()
    {
        string duplicate = "    {\n      \"id\": \"sTpkr0cStY4qWB8dWKnH\",\n      \"name\": \"Referral Program\",\n      \"redirectTo\": \"https://acme-dental.com/refer-a-friend\",\n      \"fieldKey\": \"{{trigger_link.sTpkr0cStY4qWB8dWKnH}}\"\n    }";
        ToolRun run = await CheckAsync(TestLinks.FirstSnapshot.Replace("    }\n  ]", "    },\n" + duplicate + "\n  ]", StringComparison.Ordinal));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(other entry differences)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  ! entries      the snapshot has duplicate ids", run.Stdout, StringComparison.Ordinal);

        // Named where it is, as the build's LNK101 names it.
        Assert.Contains(
            "  ! entries      links.snapshot.json, line 36, column 13: the id 'sTpkr0cStY4qWB8dWKnH' appears more than once; only its first entry is used",
            Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task A_duplicate_with_another_name_is_named_beside_the_rename_its_first_entry_makes()
    {
        string duplicate = "    {\n      \"id\": \"sTpkr0cStY4qWB8dWKnH\",\n      \"name\": \"Referral Program 2\",\n      \"redirectTo\": \"https://acme-dental.com/refer-a-friend\",\n      \"fieldKey\": \"{{trigger_link.sTpkr0cStY4qWB8dWKnH}}\"\n    }";
        string snapshot = TestLinks.FirstSnapshot.Replace("    {\n      \"id\": \"sTpkr0cStY4qWB8dWKnH\"", duplicate + ",\n    {\n      \"id\": \"sTpkr0cStY4qWB8dWKnH\"", StringComparison.Ordinal);

        ToolRun run = await CheckAsync(snapshot);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  ~ renamed      \"Referral Program 2\" -> \"Referral Program\" (sTpkr0cStY4qWB8dWKnH)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(
            "  ! entries      links.snapshot.json, line 36, column 13: the id 'sTpkr0cStY4qWB8dWKnH' appears more than once; only its first entry is used",
            Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task A_missing_snapshot_is_a_usage_error()
    {
        var (run, requests, snapshot) = await Ghl.OnceAsync(null, Ghl.Environment(), "check", "--location-id", FakeHighLevel.Location);

        Assert.Equal(2, run.ExitCode);
        // The location was given: the pull to run asks for it, from the same server (the harness's --base-url).
        Assert.Contains($"error: there is no snapshot at links.snapshot.json: run 'ghl-links pull --location-id {FakeHighLevel.Location} --base-url http://", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("' to create it and commit it, or pass --snapshot PATH", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(requests);
        Assert.Null(snapshot);
    }

    [Fact]
    public async Task Without_a_snapshot_or_a_location_the_advice_holds_a_place_for_the_location()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "check", "--snapshot", "config/links.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [$"error: there is no snapshot at config/links.json: run 'ghl-links pull --location-id <id> --base-url {server.BaseUrl} --output config/links.json' to create it and commit it, or pass --snapshot PATH"],
            Ghl.Lines(run.Stderr));
    }

    [Fact]
    public async Task Snapshot_option_checks_another_file()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("config"));
        folder.Write(Path.Combine("config", "acme.links.json"), TestLinks.ExpectedSnapshot);

        ToolRun run = await Ghl.RunAsync(folder, server, "check", "--snapshot", "config/acme.links.json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("config/acme.links.json is up to date", run.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Runs check against <paramref name="snapshot"/>, which it must leave exactly as it was.</summary>
    private static async Task<ToolRun> CheckAsync(string snapshot, params string[] args)
    {
        var (run, _, after) = await Ghl.OnceAsync(snapshot, Ghl.Environment(), ["check", .. args]);
        Assert.Equal(snapshot, after);
        return run;
    }
}
