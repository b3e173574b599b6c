using System;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using static LinksGenerator.Tool.Tests.Agency.AgencySession;

namespace LinksGenerator.Tool.Tests.Agency;

/// <summary><c>check</c> of many locations, and <c>convert</c>, the one step from one location to many.</summary>
public class AgencyCheckAndConvertTests
{
    [Fact]
    public async Task Check_of_up_to_date_locations_exits_0_with_a_line_each()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);

        ToolRun run = await session.CheckAsync(OwnTokens);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "links.snapshot.json is up to date: 2 locations, 3 links",
                "Downtown is up to date: 2 links of location Dwn5LocationId000001",
                "Uptown is up to date: 1 link of location Upt5LocationId000002",
            ],
            Ghl.Lines(run.Stdout));
    }

    [Fact]
    public async Task Check_of_a_named_location_reads_only_that_one()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.DowntownLocation.Links = [DowntownBook, DowntownParking, new TestLink("DwnNewLink0000000001", "Reviews", "https://g.page/r/downtown")];
        session.UptownLocation.Links = [];

        ToolRun run = await session.CheckAsync(OwnTokens, "--location", "Downtown");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "links.snapshot.json is stale: 1 of 1 location differs from HighLevel",
                "Downtown is stale: HighLevel has 3 links of location Dwn5LocationId000001 (1 added)",
                "  + added        \"Reviews\" (DwnNewLink0000000001) -> \"https://g.page/r/downtown\"",
                $"Run 'ghl-links pull --location Downtown --base-url {session.Server.BaseUrl}' to update the snapshot, then commit it.",
            ],
            Ghl.Lines(run.Stdout));
        Assert.Equal([Downtown], session.Server.Requests.Select(r => r.LocationId));
        Assert.Equal(TwoLocations, session.Snapshot);
    }

    [Fact]
    public async Task Check_of_a_location_under_another_id_advises_the_pull_that_changes_it_with_the_same_options()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);

        ToolRun run = await session.CheckAsync(OwnTokens, "--location", "Uptown=Upt5LocationId000009", "--timeout", "12");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"error: \"Uptown\" is location Upt5LocationId000002 in links.snapshot.json, not Upt5LocationId000009: check compares the snapshot's own locations; " +
            $"run 'ghl-links pull --location Uptown=Upt5LocationId000009 --base-url {session.Server.BaseUrl} --timeout 12' to change it",
            Ghl.Lines(run.Stderr)[^1]);
        Assert.Empty(session.Server.Requests);
        Assert.Equal(TwoLocations, session.Snapshot);
    }

    [Fact]
    public async Task Check_of_a_location_under_the_id_of_another_names_that_one_and_advises_no_pull()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);

        ToolRun run = await session.CheckAsync(OwnTokens, "--location", $"Downtown={Uptown}");

        // A pull would refuse the same: one id under two names.
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"error: \"Downtown\" is location {Downtown} in links.snapshot.json, not {Uptown}, which is \"Uptown\" there: check the name or the id",
            Ghl.Lines(run.Stderr)[^1]);
        Assert.Empty(session.Server.Requests);
    }

    [Fact]
    public async Task Check_refuses_answers_that_put_one_link_in_two_locations_as_pull_does()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.UptownLocation.Links = [DowntownBook]; // Downtown's stored link, answered for Uptown: pull would write nothing

        ToolRun run = await session.CheckAsync(OwnTokens, "--location", "Uptown");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains(
            "error: the link id 'DwnBookACall00000001' is in both 'Downtown' and 'Uptown', but a HighLevel link belongs to one location, so the build could not use the snapshot; 'ghl-links pull' would write nothing",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Run 'ghl-links pull'", run.Output, StringComparison.Ordinal);
        Assert.Equal(TwoLocations, session.Snapshot);
    }

    [Fact]
    public async Task A_check_whose_locations_fail_says_so_without_speaking_of_a_file_it_never_writes()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);

        ToolRun run = await session.CheckAsync(AgencyTokens, "--company-id", "Cmp7OtherAgency00001");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("error: 2 of 2 locations failed: fix what is said above and run again", Ghl.Lines(run.Stderr)[^1]);
        Assert.DoesNotContain("untouched", run.Output, StringComparison.Ordinal);
        Assert.Equal(TwoLocations, session.Snapshot);
    }

    [Fact]
    public async Task Convert_counts_one_link_as_one_link()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", "{\"schemaVersion\": 1, \"locationId\": \"ve9EPM428h8vShlRW1KT\", \"links\": [{\"id\": \"n4AriwEnFrGh3tu08W0U\", \"name\": \"first tag\", \"fieldKey\": \"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\"}]}\n");

        ToolRun converted = await session.ConvertAsync("Main Street");

        Assert.Equal("Converted links.snapshot.json to a snapshot of many locations: Main Street is location ve9EPM428h8vShlRW1KT, 1 link", Ghl.Lines(converted.Stdout)[0]);
    }

    [Fact]
    public async Task Convert_keeps_the_links_and_history_under_the_name_and_pull_then_adds_a_location()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", Scenarios.HistoryFlow.RenamedSnapshot);

        ToolRun converted = await session.ConvertAsync("Main Street");
        ToolRun added = await session.PullAsync(Ghl.Environment(), "--location", $"Uptown={Uptown}");

        Assert.True(converted.ExitCode == 0, converted.ToString());
        Assert.Equal(
            [
                "Converted links.snapshot.json to a snapshot of many locations: Main Street is location ve9EPM428h8vShlRW1KT, 2 links, with its history",
                "  Code reaches its links as TriggerLinks.MainStreet.<Member> now, no longer TriggerLinks.<Member>.",
                "  Add the other locations with 'ghl-links pull --location NAME=ID'.",
            ],
            Ghl.Lines(converted.Stdout));
        Assert.True(added.ExitCode == 0, added.ToString());
        var catalog = GeneratorView.Read(session.Snapshot);
        Assert.Equal(["Main Street", "Uptown"], catalog.Locations.Select(l => l.Name!));
        Assert.Equal(["FirstTag -> FirstTagSpring"], catalog.Locations[0].Aliases.Select(a => $"{a.MemberName} -> {a.TargetMember}"));
        Assert.Equal(["zz9QpLmN0bVcXa1sDfGh: ZebraOffer"], catalog.Locations[0].DeletedLinks.Select(d => $"{d.Id}: {d.TombstoneMember}"));
        Assert.Equal([Uptown], session.Server.Requests.Select(r => r.LocationId));
    }

    [Fact]
    public async Task Convert_of_another_file_names_it_in_the_advice_to_add_locations()
    {
        using var folder = new TempFolder();
        folder.Write("s3.json", TestLinks.FirstSnapshot);

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "convert", "--name", "Main Street", "--snapshot", "s3.json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("  Add the other locations with 'ghl-links pull --location NAME=ID --output s3.json'.", Ghl.Lines(run.Stdout)[^1]);
    }

    [Fact]
    public async Task Convert_writes_exactly_the_location_as_it_was()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.FirstSnapshot);

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "convert", "--name", "Downtown");

        Assert.True(run.ExitCode == 0, run.ToString());
        string expected = "{\n  \"schemaVersion\": 2,\n  \"locations\": [\n    {\n      \"name\": \"Downtown\",\n      \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n" +
                          string.Join("\n", TestLinks.FirstSnapshot.Split('\n')[3..^2].Select(l => "    " + l)) + "\n    }\n  ]\n}\n";
        Assert.Equal(expected, folder.ReadText());
        Assert.Single(folder.AllFiles());
    }

    [Theory]
    [InlineData(null, "there is no snapshot at links.snapshot.json to convert: to start a snapshot of many locations, run 'ghl-links pull --location NAME=ID'")]
    [InlineData(TwoLocations, "links.snapshot.json already holds many locations: add more with 'ghl-links pull --location NAME=ID'; the file is untouched")]
    [InlineData(
        "{\"schemaVersion\": 1, \"locationId\": \"a b/c\", \"links\": []}\n",
        "the locationId in links.snapshot.json is \"a b/c\", which is not a HighLevel location id (ASCII letters, digits, '_' and '-', at most 100 characters): " + Configuration.LocationId.WhereToFindIt)]
    public async Task Convert_refuses_what_is_not_one_location(string? snapshot, string message)
    {
        using var folder = new TempFolder();
        if (snapshot is not null)
        {
            folder.Write("links.snapshot.json", snapshot);
        }

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "convert", "--name", "Downtown");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: " + message, Ghl.Lines(run.Stderr)[^1]);
        Assert.Equal(snapshot, System.IO.File.Exists(folder.SnapshotPath) ? folder.ReadText() : null);
    }

    [Theory]
    [InlineData("***", "the location name '***' has no letter or digit, so it makes no class name: rename it")]
    [InlineData("Location", "the location name 'Location' would make TriggerLinks.Location, a name TriggerLinks already uses: rename it")]
    [InlineData("Down=town", "it holds '=', where --location NAME=ID splits")]
    public async Task Convert_refuses_a_name_the_build_cannot_use(string name, string problem)
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.FirstSnapshot);

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "convert", "--name", name);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot be a location's name ({problem})", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(TestLinks.FirstSnapshot, folder.ReadText());
    }

    [Fact]
    public async Task Convert_needs_a_name()
    {
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "convert");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Option '--name' is required.", run.Stderr, StringComparison.Ordinal);
    }
}
