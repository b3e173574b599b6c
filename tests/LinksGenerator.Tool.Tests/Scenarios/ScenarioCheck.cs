using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Scenarios;

/// <summary>
/// Runs one scenario with a runner (in-process or installed) and checks all of it: exit code, requests, message, the
/// snapshot afterwards, no stack trace and no token anywhere.
/// </summary>
internal static class ScenarioCheck
{
    public static async Task<ToolRun> PullAsync(Scenario scenario, IToolRunner runner) => await RunAsync(scenario, runner, "pull");

    public static async Task<ToolRun> CheckAsync(Scenario scenario, IToolRunner runner) => await RunAsync(scenario, runner, "check");

    private static async Task<ToolRun> RunAsync(Scenario scenario, IToolRunner runner, string command)
    {
        await using FakeHighLevel server = await FakeHighLevel.StartAsync();
        server.Links = scenario.Links ?? TestLinks.Current;
        if (scenario.Respond is { } respond)
        {
            server.Behavior = (context, number) => respond(server, context, number);
        }

        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        byte[] before = folder.Read();

        ToolRun run = await runner.RunAsync(
            folder.Path,
            Ghl.Environment(),
            command,
            "--location-id", FakeHighLevel.Location,
            "--base-url", server.BaseUrl,
            "--timeout", scenario.TimeoutSeconds.ToString(CultureInfo.InvariantCulture));

        // A successful pull writes; check never does, and reports the previous snapshot as stale.
        bool writes = command == "pull" && scenario.ExitCode == 0;
        int expectedExit = command == "check" && scenario.ExitCode == 0 ? 1 : scenario.ExitCode;
        Assert.True(expectedExit == run.ExitCode, $"{scenario.Name} ({command}): expected exit {expectedExit}\n{run}");
        Assert.True(scenario.Requests == server.Requests.Count, $"{scenario.Name} ({command}): expected {scenario.Requests} requests, the server saw {server.Requests.Count}\n{run}");

        // The summary line is pull's ("Updated …"); the change lines and every failure message are the same for check.
        foreach (string fragment in scenario.Expect.Where(f => command == "pull" || !f.StartsWith("Updated ", StringComparison.Ordinal)))
        {
            Assert.True(run.Output.Contains(fragment, StringComparison.Ordinal), $"{scenario.Name} ({command}): the output lacks '{fragment}'\n{run}");
        }

        if (command == "check" && scenario.ExitCode == 0)
        {
            Assert.Contains("links.snapshot.json is stale", run.Stdout, StringComparison.Ordinal);
            // The pull to run is the check's own: same location, same server (and the scenario's --timeout when not the default).
            Assert.Contains($"Run 'ghl-links pull --location-id {FakeHighLevel.Location} --base-url {server.BaseUrl}", run.Stdout, StringComparison.Ordinal);
        }

        if (scenario.ExitCode != 0)
        {
            Assert.StartsWith("error: ", run.Stderr.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
        }

        // Never a stack trace, never the "unexpected failure" path.
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);

        if (scenario.MinimumWaitSeconds is { } minimum)
        {
            Assert.True(run.Waits.Any(w => w >= TimeSpan.FromSeconds(minimum)), $"{scenario.Name}: no retry wait of at least {minimum} s\n{run}");
        }

        CheckSnapshot(scenario, folder, before, writes ? scenario.Snapshot : SnapshotAfter.Unchanged);
        Assert.Single(folder.AllFiles());
        run.AssertNoToken(folder);
        return run;
    }

    private static void CheckSnapshot(Scenario scenario, TempFolder folder, byte[] before, SnapshotAfter expected)
    {
        byte[] after = folder.Read();
        switch (expected)
        {
            case SnapshotAfter.Unchanged:
                Assert.Equal(before, after);
                break;
            case SnapshotAfter.Expected:
                Assert.Equal(TestLinks.ExpectedSnapshot, Encoding.UTF8.GetString(after));
                Assert.Equal(Encoding.UTF8.GetBytes(TestLinks.ExpectedSnapshot), after);
                var catalog = GeneratorView.AssertClean(TestLinks.ExpectedSnapshot, scenario.LinkCount);
                Assert.Equal(["SummerSale2024 -> SummerSale2025"], GeneratorView.Aliases(catalog));
                Assert.Equal(["OCj2ISaJiHkTj0rLGlko: LeaveAReview"], GeneratorView.Tombstones(catalog));
                break;
            case SnapshotAfter.Replaced:
                string text = Encoding.UTF8.GetString(after);
                GeneratorView.AssertClean(text, scenario.LinkCount);
                GeneratorView.AssertSortedById(text);
                break;
        }
    }
}
