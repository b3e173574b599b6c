using System;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// A plain http --base-url to another machine is allowed (a proxy inside a private network may speak only http), with a
/// warning that the token would travel unencrypted (docs/ghl-links.md); loopback is this machine, and gets none.
/// </summary>
public class ClearTextTests
{
    // .invalid never resolves (RFC 6761): the run fails at name resolution, after the warning, before any byte is sent.
    private const string OtherMachine = "http://ghl-proxy.invalid";

    private const string Warning = "warning: --base-url http://ghl-proxy.invalid/ uses plain http: the token travels unencrypted; use https unless this is a trusted private network";

    [Fact]
    public async Task One_location_is_warned_before_the_request()
    {
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), "pull", "--location-id", FakeHighLevel.Location, "--base-url", OtherMachine);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Equal(Warning, Ghl.Lines(run.Stderr)[0]);
        run.AssertNoToken(folder);
    }

    [Fact]
    public async Task Many_locations_are_warned_once_before_the_requests()
    {
        using var folder = new TempFolder();
        var environment = Ghl.Environment(("GHL_TOKEN_DOWNTOWN", "pit-downtown-0001-7c1d9e2f"), ("GHL_TOKEN_UPTOWN", "pit-uptown-0002-2b3c4d5e"));

        ToolRun run = await InProcessTool.RunAsync(folder.Path, environment, new RecordingClock(),
            "pull", "--location", "Downtown=Dwn5LocationId000001", "--location", "Uptown=Upt5LocationId000002", "--base-url", OtherMachine);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Single(Ghl.Lines(run.Stderr), line => line == Warning);
        Assert.True(Array.IndexOf(Ghl.Lines(run.Stderr), Warning) < Array.FindIndex(Ghl.Lines(run.Stderr), l => l.StartsWith("Getting the trigger links", StringComparison.Ordinal)), run.ToString());
    }

    [Fact]
    public async Task Loopback_gets_no_warning()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("unencrypted", run.Stderr, StringComparison.Ordinal);
    }
}
