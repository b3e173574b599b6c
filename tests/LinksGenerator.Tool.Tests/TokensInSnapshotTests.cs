using System;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Agency;
using LinksGenerator.Tool.Tests.Infrastructure;
using LinksGenerator.Tool.Tests.Scenarios;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// A token in what the snapshot already holds, which a pull would carry over (docs/ghl-links.md, "The token"): refused
/// like one in HighLevel's answer, before anything is written, and failed by <c>check</c>. The token is written into the
/// test's files as JSON escapes, which the tool reads as the token and the sessions' leak checks do not mistake for one
/// the tool wrote.
/// </summary>
public class TokensInSnapshotTests
{
    private static readonly TestLink FirstTag = HistoryFlow.FirstTag;

    [Theory]
    [InlineData("pull")]
    [InlineData("check")]
    public async Task A_token_in_a_name_the_rename_would_keep_as_a_former_name_is_refused(string command)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", OneLink(nameJson: "Old " + Escaped(FakeHighLevel.Token)));
        byte[] before = session.Folder.Read();
        session.Links = [FirstTag];

        ToolRun run = command == "pull" ? await session.PullAsync() : await session.CheckAsync();

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(
            "error: links.snapshot.json holds a token (or 8 characters or more of one) in former name 1 of link \"n4AriwEnFrGh3tu08W0U\", which " +
            (command == "pull" ? "this pull would write again; a snapshot is committed to source control, so the run stops here and writes nothing. "
                : "'ghl-links pull' keeps; a snapshot is committed to source control, so the check fails. ") +
            "Remove it from links.snapshot.json by hand (or drop the history with 'ghl-links pull --forget-history'), and revoke the token",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.Equal(before, session.Folder.Read());
    }

    [Theory]
    [InlineData("\"name\": \"Zebra\", \"formerNames\": [\"Old {0}\"]", "former name 1 of deleted link")]
    [InlineData("\"name\": \"{0}\"", "the name of deleted link")]
    [InlineData("\"name\": \"Zebra\", \"redirectTo\": \"https://x.example/?t={0}\"", "the redirectTo of deleted link")]
    public async Task A_token_in_a_deleted_link_is_refused_and_forget_history_drops_it(string property, string where)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Links = [FirstTag];
        string deleted = "{\"id\": \"zz9QpLmN0bVcXa1sDfGh\", " + string.Format(null, property, Escaped(FakeHighLevel.Token)) + "}";
        session.Folder.Write("links.snapshot.json", OneLink(nameJson: FirstTag.Name!, deletedJson: deleted));
        byte[] before = session.Folder.Read();

        ToolRun refused = await session.PullAsync();
        ToolRun forgotten = await session.PullAsync("--forget-history");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains($"holds a token (or 8 characters or more of one) in {where} \"zz9QpLmN0bVcXa1sDfGh\", which this pull would write again", refused.Stderr, StringComparison.Ordinal);
        Assert.True(forgotten.ExitCode == 0, forgotten.ToString());
        Assert.DoesNotContain("zz9QpLmN0bVcXa1sDfGh", session.Snapshot, StringComparison.Ordinal);
        Assert.NotEqual(before, session.Folder.Read());
    }

    [Fact]
    public async Task A_token_in_a_location_the_pull_does_not_read_is_refused_too()
    {
        await using AgencySession session = await AgencySession.StartAsync();
        string uptownName = "\"name\": \"Book a Call\",\n          \"redirectTo\": \"https://acme-dental.com/uptown/book\"";
        Assert.Contains(uptownName, AgencySession.TwoLocations, StringComparison.Ordinal);
        session.Folder.Write(
            "links.snapshot.json",
            AgencySession.TwoLocations.Replace(uptownName, $"\"name\": \"Book a Call\",\n          \"redirectTo\": \"https://acme-dental.com/uptown/book?k={Escaped(AgencySession.DowntownToken)}\"", StringComparison.Ordinal));
        byte[] before = session.Folder.Read();

        ToolRun run = await session.PullAsync(AgencySession.OwnTokens, "--location", "Downtown");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(
            "error: links.snapshot.json holds a token (or 8 characters or more of one) in the redirectTo of link \"UptBookACall00000001\" of location Uptown, which this pull would write again",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.DoesNotContain("--forget-history", run.Stderr, StringComparison.Ordinal); // a live link is no history to drop
        Assert.Equal(before, session.Folder.Read());
    }

    [Theory]
    [InlineData("pull")]
    [InlineData("check")]
    public async Task A_token_as_the_locationId_of_a_location_the_run_does_not_read_is_refused(string command)
    {
        await using AgencySession session = await AgencySession.StartAsync();
        session.Folder.Write(
            "links.snapshot.json",
            AgencySession.TwoLocations.Replace("\"locationId\": \"Upt5LocationId000002\"", $"\"locationId\": \"{Escaped(AgencySession.DowntownToken)}\"", StringComparison.Ordinal));
        byte[] before = session.Folder.Read();

        ToolRun run = command == "pull"
            ? await session.PullAsync(AgencySession.OwnTokens, "--location", "Downtown")
            : await session.CheckAsync(AgencySession.OwnTokens, "--location", "Downtown");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(
            "error: links.snapshot.json holds a token (or 8 characters or more of one) in the locationId of location Uptown, which " +
            (command == "pull" ? "this pull would write again" : "'ghl-links pull' keeps"),
            run.Stderr,
            StringComparison.Ordinal);
        Assert.Equal(before, session.Folder.Read());
    }

    [Fact]
    public async Task Convert_refuses_a_token_as_the_locationId()
    {
        using var folder = new TempFolder();
        string snapshot = OneLink(nameJson: FirstTag.Name!).Replace("ve9EPM428h8vShlRW1KT", Escaped(FakeHighLevel.Token), StringComparison.Ordinal);
        folder.Write("links.snapshot.json", snapshot);

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "convert", "--name", "Main");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: links.snapshot.json holds a token (or 8 characters or more of one) in the locationId, which convert would write again", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(snapshot, folder.ReadText());
        run.AssertNoToken(folder);
    }

    [Theory]
    [InlineData("\"formerNames\": [\"Old {0}\"]")]
    [InlineData("\"formerNames\": [\"Old 4d7a_4c1e_9b3f\"]")] // a run of it with '_' for its '-'
    public async Task Convert_refuses_a_snapshot_that_holds_a_token_rather_than_write_it_again(string formerNames)
    {
        using var folder = new TempFolder();
        string snapshot = OneLink(nameJson: FirstTag.Name!).Replace(
            "\"fieldKey\": \"{{trigger_link." + FirstTag.Id + "}}\"}",
            "\"fieldKey\": \"{{trigger_link." + FirstTag.Id + "}}\", " + string.Format(null, formerNames, Escaped(FakeHighLevel.Token)) + "}",
            StringComparison.Ordinal);
        folder.Write("links.snapshot.json", snapshot);

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "convert", "--name", "Main");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(
            "error: links.snapshot.json holds a token (or 8 characters or more of one) in former name 1 of link \"n4AriwEnFrGh3tu08W0U\", which convert would write again; " +
            "a snapshot is committed to source control, so the run stops here and writes nothing.",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.Equal(snapshot, folder.ReadText());
        run.AssertNoToken(folder);
    }

    /// <summary><paramref name="text"/> as JSON escapes, one a character.</summary>
    private static string Escaped(string text) => string.Concat(text.Select(c => $"\\u{(int)c:x4}"));

    private static string OneLink(string nameJson, string? deletedJson = null) =>
        "{\n" +
        "  \"schemaVersion\": 2,\n" +
        "  \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n" +
        "  \"links\": [\n" +
        $"    {{\"id\": \"{FirstTag.Id}\", \"name\": \"{nameJson}\", \"redirectTo\": \"{FirstTag.RedirectTo}\", \"fieldKey\": \"{{{{trigger_link.{FirstTag.Id}}}}}\"}}\n" +
        "  ]" + (deletedJson is null ? "" : $",\n  \"deletedLinks\": [{deletedJson}]") + "\n" +
        "}\n";
}
