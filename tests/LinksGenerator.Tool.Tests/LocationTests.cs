using System;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>Which location is asked for: --location-id, else GHL_LOCATION_ID, else the existing snapshot's.</summary>
public class LocationTests
{
    private const string OtherLocation = "Zq81OtherLocation000";

    [Fact]
    public async Task Pull_without_a_location_refreshes_the_existing_snapshot()
    {
        var (run, requests, snapshot) = await Ghl.OnceAsync(TestLinks.PreviousSnapshot, Ghl.Environment(), "pull");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("?locationId=" + FakeHighLevel.Location, Assert.Single(requests).Query);
        Assert.Equal(TestLinks.ExpectedSnapshot, snapshot);
    }

    [Fact]
    public async Task The_environment_variable_gives_the_location_when_there_is_no_snapshot()
    {
        var (run, _, snapshot) = await Ghl.OnceAsync(null, Ghl.Environment(("GHL_LOCATION_ID", FakeHighLevel.Location)), "pull");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Created links.snapshot.json: 5 links of location ve9EPM428h8vShlRW1KT", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(TestLinks.FirstSnapshot, snapshot);
    }

    [Fact]
    public async Task The_option_wins_over_the_environment_and_the_environment_over_the_snapshot()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun fromOption = await Ghl.RunAsync(folder, server, Ghl.Environment(("GHL_LOCATION_ID", OtherLocation)), "check", "--location-id", FakeHighLevel.Location);
        ToolRun fromEnvironment = await Ghl.RunAsync(folder, server, Ghl.Environment(("GHL_LOCATION_ID", OtherLocation)), "check");

        Assert.Equal(1, fromOption.ExitCode);

        // The fake server, like HighLevel, refuses a token for another location with 403.
        Assert.Equal(3, fromEnvironment.ExitCode);
        Assert.Equal(["?locationId=" + FakeHighLevel.Location, "?locationId=" + OtherLocation], server.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task A_raw_get_links_response_as_snapshot_gives_its_links_location()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.ResponseJson(TestLinks.Current));

        ToolRun check = await Ghl.RunAsync(folder, server, "check");
        ToolRun pull = await Ghl.RunAsync(folder, server, "pull");

        // Same links in the other accepted format: up to date for check; pull rewrites it in schema 1.
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(
            [
                "links.snapshot.json is up to date: 5 links of location ve9EPM428h8vShlRW1KT",
                $"note: links.snapshot.json is not in the canonical format (the file was a Get Links response as HighLevel sends it): 'ghl-links pull --base-url {server.BaseUrl}' would rewrite it without changing a link",
            ],
            Ghl.Lines(check.Stdout));
        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains("Rewrote links.snapshot.json in the canonical format (the file was a Get Links response as HighLevel sends it): 5 links of location ve9EPM428h8vShlRW1KT, no link changed", pull.Stdout, StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.Equal("?locationId=" + FakeHighLevel.Location, r.Query));
        Assert.Equal(TestLinks.FirstSnapshot, folder.ReadText());
    }

    [Fact]
    public async Task No_location_anywhere_is_a_usage_error_that_says_where_to_find_it()
    {
        var (run, requests, snapshot) = await Ghl.OnceAsync(null, Ghl.Environment(), "pull");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: no location id: there is no snapshot at links.snapshot.json to take it from. Pass --location-id ID or set GHL_LOCATION_ID; find it in HighLevel", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(requests);
        Assert.Null(snapshot);
    }

    [Fact]
    public async Task An_unreadable_snapshot_cannot_give_a_location()
    {
        var (run, requests, _) = await Ghl.OnceAsync("{\"schemaVersion\": 1, \"locationId\": \"ve9EPM428h8vShlRW1KT\", \"links\": [,]}", Ghl.Environment(), "check");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("links.snapshot.json cannot be read as a snapshot (line 1, column", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    [Fact]
    public async Task A_bad_location_in_the_environment_names_the_variable()
    {
        var (run, requests, _) = await Ghl.OnceAsync(null, Ghl.Environment(("GHL_LOCATION_ID", "my location")), "pull");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("GHL_LOCATION_ID is \"my location\", which is not a HighLevel location id", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(requests);
    }
}
