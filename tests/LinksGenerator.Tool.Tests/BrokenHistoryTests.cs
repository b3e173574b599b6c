using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using LinksGenerator.Tool.Tests.Scenarios;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// History edited by hand into nonsense (docs/ghl-links.md, "History"): pull and check stop with exit 2 before asking
/// HighLevel anything, name the file, line and column of each problem and how to fix it, and leave the file byte for
/// byte as it was. pull --forget-history drops such history and writes a clean snapshot. Repeated names are the
/// exception: pull writes the history without them and keeps the rest; check still stops, and points to pull.
/// </summary>
public class BrokenHistoryTests
{
    /// <summary>The advice, quoting the pull with the run's own options, as followed word for word it reaches the same server.</summary>
    private static string Advice(ToolSession session) =>
        $"Fix it by hand, or run 'ghl-links pull --forget-history --location-id {FakeHighLevel.Location} --base-url {session.Server.BaseUrl}' to drop the history (every former name and deleted link)";

    private static string RepeatAdvice(ToolSession session) =>
        $"Run 'ghl-links pull --location-id {FakeHighLevel.Location} --base-url {session.Server.BaseUrl}', which writes each name once and keeps the rest of the history";

    /// <summary>Each hand edit of <see cref="HistoryFlow.RenamedSnapshot"/>, and where and what the problem is.</summary>
    private static readonly Dictionary<string, (Func<string, string> Edit, string Problem)> Edits = new()
    {
        ["formerNames is a string"] = (
            s => s.Replace("\"formerNames\": [\"first tag\"]", "\"formerNames\": \"first tag\"", StringComparison.Ordinal),
            "line 10, column 22: \"formerNames\" is skipped: \"formerNames\" must be an array of strings, found a string; the links themselves are kept"),
        ["a former name is a number"] = (
            s => s.Replace("[\"first tag\"]", "[\"first tag\", 42]", StringComparison.Ordinal),
            "line 10, column 22: \"formerNames\" is skipped: each entry of \"formerNames\" must be a string, found a number; the links themselves are kept"),
        ["an id both live and deleted"] = (
            s => s.Replace("\"id\": \"zz9QpLmN0bVcXa1sDfGh\"", "\"id\": \"sTpkr0cStY4qWB8dWKnH\"", StringComparison.Ordinal),
            "line 21, column 13: the link 'sTpkr0cStY4qWB8dWKnH' is both in links and in deletedLinks; it is live, so its deleted entry is ignored"),
        ["deletedLinks is not an array"] = (
            s => s[..s.IndexOf("\"deletedLinks\"", StringComparison.Ordinal)] + "\"deletedLinks\": {\"id\": \"zz9QpLmN0bVcXa1sDfGh\"}\n}\n",
            "line 19, column 19: \"deletedLinks\" is skipped: \"deletedLinks\" must be an array of links, found an object; the links themselves are kept"),
        ["a deleted link without an id"] = (
            s => s.Replace("      \"id\": \"zz9QpLmN0bVcXa1sDfGh\",\n", "", StringComparison.Ordinal),
            "line 20, column 5: a deleted link named 'Zebra offer' has no id, so it is skipped"),
        ["a deleted link twice"] = (
            s => s.Replace("    }\n  ]\n}", "    },\n    {\n      \"id\": \"zz9QpLmN0bVcXa1sDfGh\"\n    }\n  ]\n}", StringComparison.Ordinal),
            "line 27, column 13: the id 'zz9QpLmN0bVcXa1sDfGh' appears more than once; only its first entry is used"),
        ["a deleted link's name is a number"] = (
            s => s.Replace("\"name\": \"Zebra offer\"", "\"name\": 42", StringComparison.Ordinal),
            "line 20, column 5: an entry of \"deletedLinks\" is skipped: \"name\" must be a string or null, found a number; the links themselves are kept"),
    };

    /// <summary>Hand edits that only repeat a name, each pointing at the repeated name: the build leaves it out, and so does a pull.</summary>
    private static readonly Dictionary<string, (Func<string, string> Edit, string Problem)> Repeats = new()
    {
        ["a former name twice"] = (
            s => s.Replace("[\"first tag\"]", "[\"first tag\", \"first tag\"]", StringComparison.Ordinal),
            "line 10, column 36: the formerNames of link 'n4AriwEnFrGh3tu08W0U' list 'first tag' more than once; it is kept once"),
        ["the current name as a former name"] = (
            s => s.Replace("[\"first tag\"]", "[\"First tag (spring)\", \"first tag\"]", StringComparison.Ordinal),
            "line 10, column 23: the formerNames of link 'n4AriwEnFrGh3tu08W0U' list its current name 'First tag (spring)'; that entry is ignored"),
        ["a deleted link's last name as a former name"] = (
            s => s.Replace("zz9QpLmN0bVcXa1sDfGh}}\"\n", "zz9QpLmN0bVcXa1sDfGh}}\",\n      \"formerNames\": [\"Zebra offer\"]\n", StringComparison.Ordinal),
            "line 25, column 23: the formerNames of link 'zz9QpLmN0bVcXa1sDfGh' list its current name 'Zebra offer'; that entry is ignored"),
    };

    public static IEnumerable<object[]> Cases => Edits.Keys.Concat(Repeats.Keys).Select(k => new object[] { k });

    public static IEnumerable<object[]> CasesByCommand => Edits.Keys.SelectMany(k => new[] { new object[] { k, "pull" }, new object[] { k, "check" } });

    public static IEnumerable<object[]> RepeatCases => Repeats.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(CasesByCommand))]
    public async Task Nonsense_history_stops_the_command_with_exit_2_and_leaves_the_file_as_it_was(string edit, string command)
    {
        var (broken, problem) = Broken(edit);
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", broken);
        byte[] before = session.Folder.Read();

        ToolRun run = command == "pull" ? await session.PullAsync() : await session.CheckAsync();

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.Equal(
            [
                "error: links.snapshot.json, " + problem,
                "error: links.snapshot.json has history that ghl-links cannot build on; the file is untouched. " + Advice(session),
            ],
            Ghl.Lines(run.Stderr));
        Assert.Equal(before, session.Folder.Read());
        Assert.Single(session.Folder.AllFiles());
        Assert.Empty(session.Server.Requests);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Forget_history_drops_nonsense_history(string edit)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", Broken(edit).Text);
        session.Links = [HistoryFlow.Spring, HistoryFlow.Referral];

        ToolRun pull = await session.PullAsync("--forget-history");
        ToolRun check = await session.CheckAsync();

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains("  ! history      dropped (--forget-history): no former names or deleted links are kept", Ghl.Lines(pull.Stdout));
        var catalog = GeneratorView.AssertClean(session.Snapshot, 2);
        Assert.Empty(GeneratorView.Aliases(catalog));
        Assert.Empty(GeneratorView.Tombstones(catalog));
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n", session.Snapshot, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Theory]
    [MemberData(nameof(RepeatCases))]
    public async Task Pull_writes_repeated_names_once_says_where_they_were_and_keeps_the_rest_of_the_history(string edit)
    {
        var (repeated, problem) = Broken(edit);
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", repeated);
        session.Links = [HistoryFlow.Spring, HistoryFlow.Referral];

        ToolRun pull = await session.PullAsync();
        ToolRun check = await session.CheckAsync();

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains("warning: links.snapshot.json, " + problem + "; this pull writes the history without the repeat", Ghl.Lines(pull.Stderr));
        Assert.Contains("Rewrote links.snapshot.json in the canonical format (its history repeated names, now listed once): ", pull.Stdout, StringComparison.Ordinal);
        Assert.Contains(", no link changed", pull.Stdout, StringComparison.Ordinal);
        Assert.Equal(HistoryFlow.RenamedSnapshot, session.Snapshot); // the hand edit undone, the history as it was
        GeneratorView.AssertClean(session.Snapshot, 2);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Theory]
    [MemberData(nameof(RepeatCases))]
    public async Task Check_stops_on_repeated_names_and_points_to_pull(string edit)
    {
        var (repeated, problem) = Broken(edit);
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", repeated);

        ToolRun run = await session.CheckAsync();

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            [
                "error: links.snapshot.json, " + problem,
                "error: links.snapshot.json has history that repeats names; the file is untouched. " + RepeatAdvice(session),
            ],
            Ghl.Lines(run.Stderr));
        Assert.Equal(repeated, session.Folder.ReadText("links.snapshot.json"));
        Assert.Empty(session.Server.Requests);
    }

    [Fact]
    public async Task Every_problem_is_listed_and_the_advice_names_another_snapshot_path()
    {
        await using ToolSession session = await ToolSession.StartAsync();
        System.IO.Directory.CreateDirectory(session.Folder.File("config"));
        string broken = Repeats["a former name twice"].Edit(Edits["a deleted link without an id"].Edit(HistoryFlow.RenamedSnapshot));
        session.Folder.Write("config/acme.links.json", broken);

        ToolRun check = await session.CheckAsync("--snapshot", "config/acme.links.json");
        ToolRun pull = await session.PullAsync("--output", "config/acme.links.json");

        // In file order; pull, which would settle the repeat, names only what it cannot.
        string[] expected =
        [
            "error: config/acme.links.json, line 10, column 36: the formerNames of link 'n4AriwEnFrGh3tu08W0U' list 'first tag' more than once; it is kept once",
            "error: config/acme.links.json, line 20, column 5: a deleted link named 'Zebra offer' has no id, so it is skipped",
            "error: config/acme.links.json has history that ghl-links cannot build on; the file is untouched. " +
            $"Fix it by hand, or run 'ghl-links pull --forget-history --location-id {FakeHighLevel.Location} --base-url {session.Server.BaseUrl} --output config/acme.links.json' to drop the history (every former name and deleted link)",
        ];
        Assert.Equal(2, check.ExitCode);
        Assert.Equal(expected, Ghl.Lines(check.Stderr));
        Assert.Equal(2, pull.ExitCode);
        Assert.Equal([expected[1], expected[2]], Ghl.Lines(pull.Stderr));
        Assert.Equal(broken, session.Folder.ReadText("config/acme.links.json"));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("pull")]
    public async Task The_advice_quotes_the_options_the_run_was_given(string command)
    {
        // Followed word for word, the pull must find the same token, location and server as the run that advised it.
        var (broken, _) = Broken("formerNames is a string");
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", broken);
        string[] options = ["--token-env", "UPTOWN_TOKEN", "--location-id", FakeHighLevel.Location, "--timeout", "5", "--base-url", session.Server.BaseUrl];
        var environment = Ghl.Environment(("GHL_TOKEN", null), ("UPTOWN_TOKEN", FakeHighLevel.Token));

        ToolRun run = await InProcessTool.Instance.RunAsync(session.Folder.Path, environment, [command, .. options]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(
            $"run 'ghl-links pull --forget-history --location-id {FakeHighLevel.Location} --base-url {session.Server.BaseUrl} --token-env UPTOWN_TOKEN --timeout 5' to drop the history",
            run.Stderr,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pull", 0, "warning: ")]
    [InlineData("check", 2, "error: ")]
    public async Task A_hostile_former_name_cannot_forge_lines(string command, int exitCode, string prefix)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", HistoryFlow.RenamedSnapshot.Replace("[\"first tag\"]", "[\"x\\nerror: fake\\u001b[2J\", \"x\\nerror: fake\\u001b[2J\"]", StringComparison.Ordinal));
        session.Links = [HistoryFlow.Spring, HistoryFlow.Referral];

        ToolRun run = command == "pull" ? await session.PullAsync() : await session.CheckAsync();

        Assert.True(run.ExitCode == exitCode, run.ToString());
        string line = Assert.Single(Ghl.Lines(run.Stderr), l => l.Contains("more than once", StringComparison.Ordinal));
        Assert.StartsWith(prefix + "links.snapshot.json, line 10, column ", line, StringComparison.Ordinal);
        Assert.Contains("list 'x\\nerror: fake\\u001b[2J' more than once", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Ghl.Lines(run.Output), l => l.StartsWith("error: fake", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', run.Output);
    }

    private static (string Text, string Problem) Broken(string edit)
    {
        var (change, problem) = Edits.TryGetValue(edit, out var found) ? found : Repeats[edit];
        string text = change(HistoryFlow.RenamedSnapshot);
        Assert.NotEqual(HistoryFlow.RenamedSnapshot, text);
        return (text, problem);
    }
}
