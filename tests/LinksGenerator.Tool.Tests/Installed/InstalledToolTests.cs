using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Agency;
using LinksGenerator.Tool.Tests.Infrastructure;
using LinksGenerator.Tool.Tests.Lint;
using LinksGenerator.Tool.Tests.Scenarios;

namespace LinksGenerator.Tool.Tests.Installed;

/// <summary>Runs after the in-process tests, alone: packing and installing is the slow part, and needs the cores.</summary>
[CollectionDefinition(nameof(InstalledToolCollection), DisableParallelization = true)]
public sealed class InstalledToolCollection : ICollectionFixture<InstalledToolFixture>;

/// <summary>
/// The packed tool, installed with <c>dotnet tool install --tool-path</c>, against the loopback server, for pull and for
/// check: every scenario that needs no clock, and those whose real waits are short. Retry timing as a whole is covered
/// in-process (<see cref="ScenarioTests"/>, <see cref="RetryTests"/>), on a fake clock.
/// </summary>
[Collection(nameof(InstalledToolCollection))]
public class InstalledToolTests
{
    /// <summary>
    /// The most an installed scenario may sleep between attempts: enough for two backoff waits (at most 1 + 2 s), not
    /// for a server's 10 s rate-limit interval or a run of five attempts.
    /// </summary>
    private static readonly TimeSpan RealWaitBudget = TimeSpan.FromSeconds(3);

    private readonly InstalledToolFixture _tool;
    private readonly InstalledTool _runner;

    public InstalledToolTests(InstalledToolFixture tool)
    {
        _tool = tool;
        _runner = new InstalledTool(tool.ExecutablePath);
    }

    /// <summary>The scenarios a run on the real clock gets through quickly.</summary>
    public static IEnumerable<object[]> OnTheRealClock => ScenarioTable.NamesWhere(s => !s.NeedsClock || s.LongestTotalWait <= RealWaitBudget);

    [Theory]
    [MemberData(nameof(OnTheRealClock))]
    public async Task Pull(string scenario) => await ScenarioCheck.PullAsync(ScenarioTable.Named(scenario), _runner);

    [Theory]
    [MemberData(nameof(OnTheRealClock))]
    public async Task Check(string scenario) => await ScenarioCheck.CheckAsync(ScenarioTable.Named(scenario), _runner);

    [Fact]
    public void The_package_is_a_dotnet_tool_named_ghl_links_with_its_readme_and_icon()
    {
        using ZipArchive package = ZipFile.OpenRead(_tool.PackagePath);
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);
        Assert.Contains("tools/net10.0/any/ghl-links.dll", entries);
        using var settings = new StreamReader(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        Assert.Contains("<Command Name=\"ghl-links\" EntryPoint=\"ghl-links.dll\"", settings.ReadToEnd(), StringComparison.Ordinal);
        using var readme = new StreamReader(package.GetEntry("README.md")!.Open());
        Assert.Contains("dotnet tool install LinksGenerator.Tool", readme.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_packed_tool_runs_with_the_runtime_settings_that_keep_a_pull_small()
    {
        using ZipArchive package = ZipFile.OpenRead(_tool.PackagePath);
        using Stream config = package.GetEntry("tools/net10.0/any/ghl-links.runtimeconfig.json")!.Open();
        JsonElement properties = JsonDocument.Parse(config).RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        // What docs/benchmarks.md ("ghl-links pull") measured: a small youngest generation, no background GC, no
        // profile-guided re-JIT, no ICU.
        Assert.Equal(2 * 1024 * 1024, properties.GetProperty("System.GC.Gen0MaxBudget").GetInt32());
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.True(properties.GetProperty("System.Globalization.Invariant").GetBoolean());
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_while_HighLevel_is_slow_exits_130_and_leaves_the_snapshot_alone(string signal)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // signals are sent with kill(1)
        }

        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Behavior = (context, _) =>
        {
            asked.TrySetResult();
            return Respond.Hang(context, server);
        };

        ToolRun run = await _runner.RunAsync(
            folder.Path,
            Ghl.Environment(),
            whileRunning: async process =>
            {
                await asked.Task;
                ChildProcess.Signal(process, signal);
            },
            "pull",
            "--base-url",
            server.BaseUrl);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("error: cancelled; the snapshot is untouched", run.Stderr, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public async Task A_proxy_from_the_environment_that_cannot_be_reached_is_named_as_the_proxy()
    {
        // .invalid never resolves (RFC 6761): the one attempt fails at the proxy's name, before any byte is sent.
        using var folder = new TempFolder();
        var environment = Ghl.Environment(("HTTP_PROXY", "http://user:secret@ghl-proxy.invalid:3128"), ("NO_PROXY", null), ("no_proxy", null));

        ToolRun run = await _runner.RunAsync(folder.Path, environment, "pull", "--location-id", FakeHighLevel.Location, "--base-url", "http://links.internal.invalid");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("the proxy's host name ghl-proxy.invalid could not be resolved (HTTP_PROXY or ALL_PROXY) on the way to links.internal.invalid", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxy_that_refuses_the_tunnel_is_named_without_its_credentials()
    {
        // HTTPS_PROXY is read once per process (HttpClient.DefaultProxy): only a run of its own can be given one.
        await using var proxy = await RefusingProxy.StartAsync();
        using var folder = new TempFolder();
        var environment = Ghl.Environment(("HTTPS_PROXY", $"http://proxyuser:Pr0xyPassw0rd@127.0.0.1:{proxy.Port}"), ("NO_PROXY", null), ("no_proxy", null));

        ToolRun run = await _runner.RunAsync(folder.Path, environment, "pull", "--location-id", FakeHighLevel.Location, "--base-url", "https://links.internal.invalid");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains($"the proxy 127.0.0.1:{proxy.Port} refused to connect to links.internal.invalid (The proxy tunnel request to proxy 'http://…@127.0.0.1:{proxy.Port}/' failed with status code '403')", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Pr0xyPassw0rd", run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("proxyuser", run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.Equal("CONNECT links.internal.invalid:443 HTTP/1.1", Assert.Single(proxy.RequestLines));
    }

    [Fact]
    public async Task It_reports_its_packed_version_and_sends_it_as_the_user_agent()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        ToolRun version = await _runner.RunAsync(folder.Path, Ghl.Environment(), "--version");
        ToolRun pull = await _runner.RunAsync(folder.Path, Ghl.Environment(), "pull", "--location-id", FakeHighLevel.Location, "--base-url", server.BaseUrl);

        Assert.Equal(0, version.ExitCode);
        Assert.Equal(_tool.Version, version.Stdout.Trim()); // the version alone: no commit after it

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Equal("ghl-links/" + _tool.Version, Assert.Single(server.Requests).Headers["User-Agent"]);
    }

    [Fact]
    public async Task Run_from_a_tool_manifest_its_advice_says_dotnet_ghl_links()
    {
        await using var server = await FakeHighLevel.StartAsync();
        string repository = Path.Combine(_tool.ManifestFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(repository);
        File.WriteAllText(Path.Combine(repository, "links.snapshot.json"), TestLinks.PreviousSnapshot);
        var environment = new Dictionary<string, string?>(_tool.ManifestEnvironment) { ["GHL_TOKEN"] = FakeHighLevel.Token };

        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(
            ChildProcess.Dotnet, ["ghl-links", "check", "--base-url", server.BaseUrl], repository, environment, TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 1, stdout + stderr);
        Assert.Equal($"Run 'dotnet ghl-links pull --base-url {server.BaseUrl}' to update the snapshot, then commit it.", Ghl.Lines(stdout)[^1]);
    }

    [Fact]
    public async Task The_update_it_advises_is_the_one_for_how_it_was_installed()
    {
        // Installed with --tool-path: 'dotnet tool update LinksGenerator.Tool' alone would look for a manifest and fail.
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", NewerSnapshotTests.FromTheFuture);
        folder.Write("welcome.txt", "Hi");
        string repository = Path.Combine(_tool.ManifestFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(repository);
        File.WriteAllText(Path.Combine(repository, "links.snapshot.json"), NewerSnapshotTests.FromTheFuture);
        File.WriteAllText(Path.Combine(repository, "welcome.txt"), "Hi");

        ToolRun toolPath = await _runner.RunAsync(folder.Path, Ghl.Environment(), "lint", "welcome.txt");
        var (_, _, manifest) = await ChildProcess.RunAsync(ChildProcess.Dotnet, ["ghl-links", "lint", "welcome.txt"], repository, _tool.ManifestEnvironment, TimeSpan.FromMinutes(2));

        Assert.Contains($"Update the tool ('dotnet tool update --tool-path {Path.GetDirectoryName(_tool.ExecutablePath)} LinksGenerator.Tool')", toolPath.Stderr, StringComparison.Ordinal);
        Assert.Contains("Update the tool ('dotnet tool update LinksGenerator.Tool')", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_alone_refreshes_the_snapshot_and_rewrites_the_same_bytes()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun first = await _runner.RunAsync(folder.Path, Ghl.Environment(), "pull", "--base-url", server.BaseUrl);
        ToolRun second = await _runner.RunAsync(folder.Path, Ghl.Environment(), "pull", "--base-url", server.BaseUrl);
        ToolRun check = await _runner.RunAsync(folder.Path, Ghl.Environment(), "check", "--base-url", server.BaseUrl);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("links.snapshot.json is up to date", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(TestLinks.ExpectedSnapshot, folder.ReadText());
        Assert.All(server.Requests, r => Assert.Equal("?locationId=" + FakeHighLevel.Location, r.Query));
    }

    [Fact]
    public async Task Renames_deletions_and_restores_are_kept_and_described() => await HistoryFlow.RunAsync(_runner);

    [Fact]
    public async Task Nonsense_history_is_exit_2_until_forgotten()
    {
        await using ToolSession session = await ToolSession.StartAsync(_runner);
        string broken = HistoryFlow.RenamedSnapshot.Replace("[\"first tag\"]", "[\"first tag\", 42]", StringComparison.Ordinal);
        session.Folder.Write("links.snapshot.json", broken);
        session.Links = [HistoryFlow.Spring, HistoryFlow.Referral];

        ToolRun refused = await session.PullAsync();
        string left = session.Snapshot;
        ToolRun forgot = await session.PullAsync("--forget-history");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("error: links.snapshot.json, line 10, column 22: \"formerNames\" is skipped", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains($"run 'ghl-links pull --forget-history --location-id {FakeHighLevel.Location} --base-url {session.Server.BaseUrl}' to drop the history", refused.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Output, StringComparison.Ordinal);
        Assert.Equal(broken, left);
        Assert.True(forgot.ExitCode == 0, forgot.ToString());
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n", session.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_locations_with_tokens_from_two_sources_then_a_refresh_and_a_stale_check() => await AgencyFlow.RunAsync(_runner);

    [Fact]
    public async Task Lint_checks_templates_found_by_a_glob_without_a_token()
    {
        using TempFolder folder = LintTests.WithSnapshot();
        folder.Write("Templates/email/welcome.html", LintTemplates.Welcome);
        folder.Write("Templates/Templates.csproj", "<Project />\n");
        folder.Write("Templates/bin/copy.html", LintTemplates.Welcome); // the build's output beside the project file

        ToolRun run = await _runner.RunAsync(folder.Path, new Dictionary<string, string?>(), "lint", "Templates/**/*.html");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([.. LintTemplates.WelcomeLines("Templates/email/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"], Ghl.Lines(run.Stdout));
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Help_and_usage_errors_name_the_command()
    {
        using var folder = new TempFolder();

        ToolRun help = await _runner.RunAsync(folder.Path, Ghl.Environment(), "--help");
        ToolRun wrong = await _runner.RunAsync(folder.Path, Ghl.Environment(), "pull", "--timeout", "0");
        ToolRun noToken = await _runner.RunAsync(folder.Path, new System.Collections.Generic.Dictionary<string, string?>(), "pull", "--location-id", FakeHighLevel.Location);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("ghl-links [command] [options]", help.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Equal(2, noToken.ExitCode);
        Assert.Contains("GHL_TOKEN is not set: create a Private Integration Token", noToken.Stderr, StringComparison.Ordinal);
    }
}
