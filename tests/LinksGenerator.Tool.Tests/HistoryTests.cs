using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using LinksGenerator.Tool.Tests.Scenarios;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// How pull keeps the history of renamed and deleted links (docs/ghl-links.md, "History"), and what pull and check
/// print about it: each test runs the tool against the loopback server, changes the server's links, runs it again, and
/// reads the file the way the generator does.
/// </summary>
public class HistoryTests
{
    private static readonly TestLink FirstTag = HistoryFlow.FirstTag;
    private static readonly TestLink Zebra = HistoryFlow.Zebra;
    private static readonly TestLink Referral = HistoryFlow.Referral;

    [Fact]
    public async Task Rename_delete_and_restore_keep_history_and_say_what_the_build_does() => await HistoryFlow.RunAsync(InProcessTool.Instance);

    [Fact]
    public async Task An_added_link_is_no_history()
    {
        await using ToolSession session = await StartAsync(FirstTag);

        session.Links = [FirstTag, Referral];
        ToolRun added = await session.PullAsync();

        Assert.Equal(
            [
                "Updated links.snapshot.json: 2 links of location ve9EPM428h8vShlRW1KT (1 added)",
                "  + added        \"Referral Program\" (sTpkr0cStY4qWB8dWKnH) -> \"https://acme-dental.com/refer-a-friend\"",
            ],
            Ghl.Lines(added.Stdout));
        Assert.Equal(1, SchemaVersion(session.Snapshot));
        GeneratorView.AssertClean(session.Snapshot, 2);
    }

    [Fact]
    public async Task Renamed_twice_the_former_names_are_oldest_first_and_both_stay_aliases()
    {
        await using ToolSession session = await StartAsync(FirstTag);

        session.Links = [FirstTag with { Name = "Second tag" }];
        await session.PullAsync();
        session.Links = [FirstTag with { Name = "Third tag" }];
        ToolRun second = await session.PullAsync();

        Assert.Equal(["first tag", "Second tag"], FormerNames(session.Snapshot, FirstTag.Id));
        Assert.Equal(["FirstTag -> ThirdTag", "SecondTag -> ThirdTag"], GeneratorView.Aliases(GeneratorView.AssertClean(session.Snapshot, 1)));
        Assert.Contains(
            "  ~ renamed      \"Second tag\" -> \"Third tag\" (n4AriwEnFrGh3tu08W0U): TriggerLinks.SecondTag -> TriggerLinks.ThirdTag; SecondTag stays as an obsolete alias (warning CS0618)",
            Ghl.Lines(second.Stdout));
    }

    [Fact]
    public async Task A_name_the_link_returns_to_leaves_its_former_names()
    {
        await using ToolSession session = await StartAsync(FirstTag);

        session.Links = [HistoryFlow.Spring];
        await session.PullAsync();
        session.Links = [FirstTag];
        ToolRun back = await session.PullAsync();

        Assert.Equal(["First tag (spring)"], FormerNames(session.Snapshot, FirstTag.Id));
        Assert.Equal(["FirstTagSpring -> FirstTag"], GeneratorView.Aliases(GeneratorView.AssertClean(session.Snapshot, 1)));
        Assert.Contains(
            "  ~ renamed      \"First tag (spring)\" -> \"first tag\" (n4AriwEnFrGh3tu08W0U): TriggerLinks.FirstTagSpring -> TriggerLinks.FirstTag; FirstTagSpring stays as an obsolete alias (warning CS0618)",
            Ghl.Lines(back.Stdout));
    }

    [Fact]
    public async Task A_deleted_link_that_comes_back_under_a_former_name_takes_it_out_of_its_former_names()
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write(
            "links.snapshot.json",
            HistoryFlow.RenamedSnapshot.Replace(
                "\"fieldKey\": \"{{trigger_link.zz9QpLmN0bVcXa1sDfGh}}\"\n",
                "\"fieldKey\": \"{{trigger_link.zz9QpLmN0bVcXa1sDfGh}}\",\n      \"formerNames\": [\"Zebra 2024\", \"Zebra launch\"]\n",
                StringComparison.Ordinal));
        session.Links = [HistoryFlow.Spring, Zebra with { Name = "Zebra 2024" }, Referral];

        ToolRun back = await session.PullAsync();

        Assert.True(back.ExitCode == 0, back.ToString());
        Assert.Equal(["Zebra launch", "Zebra offer"], FormerNames(session.Snapshot, Zebra.Id));
        Assert.Equal(["FirstTag -> FirstTagSpring", "ZebraLaunch -> Zebra2024", "ZebraOffer -> Zebra2024"], GeneratorView.Aliases(GeneratorView.AssertClean(session.Snapshot, 3)));
    }

    [Fact]
    public async Task A_rename_that_keeps_the_member_name_says_so_and_needs_no_alias()
    {
        await using ToolSession session = await StartAsync(FirstTag);

        session.Links = [FirstTag with { Name = "First Tag" }];
        ToolRun renamed = await session.PullAsync();

        Assert.Contains("  ~ renamed      \"first tag\" -> \"First Tag\" (n4AriwEnFrGh3tu08W0U): TriggerLinks.FirstTag keeps its name", Ghl.Lines(renamed.Stdout));
        Assert.Equal(["first tag"], FormerNames(session.Snapshot, FirstTag.Id));
        Assert.Empty(GeneratorView.Aliases(GeneratorView.AssertClean(session.Snapshot, 1)));
    }

    [Fact]
    public async Task A_former_member_another_link_takes_is_no_alias()
    {
        var other = new TestLink("Qm3oTherLink00000001", "Other", "https://acme-dental.com/other");
        await using ToolSession session = await StartAsync(FirstTag, other);

        // The two swap roles: "Other" is now called "first tag", and the first tag link something else.
        session.Links = [FirstTag with { Name = "Retired tag" }, other with { Name = "first tag" }];
        ToolRun swapped = await session.PullAsync();

        Assert.Equal(
            [
                "Updated links.snapshot.json: 2 links of location ve9EPM428h8vShlRW1KT (2 renamed)",
                "  ~ renamed      \"Other\" -> \"first tag\" (Qm3oTherLink00000001): TriggerLinks.Other -> TriggerLinks.FirstTag; Other stays as an obsolete alias (warning CS0618)",
                "  ~ renamed      \"first tag\" -> \"Retired tag\" (n4AriwEnFrGh3tu08W0U): TriggerLinks.FirstTag -> TriggerLinks.RetiredTag; " +
                "FirstTag now belongs to another link, \"first tag\" (Qm3oTherLink00000001)",
            ],
            Ghl.Lines(swapped.Stdout));
        Assert.Equal(["Other -> FirstTag"], GeneratorView.Aliases(GeneratorView.AssertClean(session.Snapshot, 2)));
    }

    [Fact]
    public async Task Deleted_links_stay_deleted_on_later_pulls()
    {
        await using ToolSession session = await StartAsync(FirstTag, Zebra, Referral);

        session.Links = [FirstTag, Referral];
        await session.PullAsync();
        session.Links = [FirstTag with { RedirectTo = "https://www.google.com/" }, Referral];
        ToolRun later = await session.PullAsync();
        session.Links = [FirstTag];
        ToolRun another = await session.PullAsync();

        Assert.Equal(
            [
                "Updated links.snapshot.json: 1 link of location ve9EPM428h8vShlRW1KT (1 deleted, 1 re-targeted)",
                "  - deleted      \"Referral Program\" (sTpkr0cStY4qWB8dWKnH): TriggerLinks.ReferralProgram stays as an error (CS0619: deleted from HighLevel); " +
                "a hard-coded field of it is LNK004",
                "  > re-targeted  \"first tag\" (n4AriwEnFrGh3tu08W0U): \"https://www.google.com/\" -> \"https://www.google.com/search\"",
            ],
            Ghl.Lines(another.Stdout));
        Assert.DoesNotContain("deleted", later.Stdout, StringComparison.Ordinal);
        var catalog = GeneratorView.AssertClean(session.Snapshot, 1);
        Assert.Equal(["sTpkr0cStY4qWB8dWKnH: ReferralProgram", "zz9QpLmN0bVcXa1sDfGh: ZebraOffer"], GeneratorView.Tombstones(catalog));
    }

    [Fact]
    public async Task A_renamed_link_deleted_later_keeps_its_alias_as_an_error_too_and_says_so()
    {
        await using ToolSession session = await StartAsync(FirstTag, Zebra);

        session.Links = [FirstTag, Zebra with { Name = "Zebra deal" }];
        await session.PullAsync();
        session.Links = [FirstTag];
        ToolRun deleted = await session.PullAsync();

        Assert.Contains(
            "  - deleted      \"Zebra deal\" (zz9QpLmN0bVcXa1sDfGh): TriggerLinks.ZebraDeal stays as an error (CS0619: deleted from HighLevel); " +
            "its alias TriggerLinks.ZebraOffer stays as an error (CS0619: deleted from HighLevel); a hard-coded field of it is LNK004",
            Ghl.Lines(deleted.Stdout));
        var catalog = GeneratorView.AssertClean(session.Snapshot, 1);
        Assert.Equal(["zz9QpLmN0bVcXa1sDfGh: ZebraDeal"], GeneratorView.Tombstones(catalog));
        Assert.Equal(["ZebraOffer (was 'Zebra offer')"], catalog.DeletedLinks.SelectMany(d => d.FormerNameTombstones).Select(t => $"{t.MemberName} (was '{t.FormerName}')"));
    }

    [Fact]
    public async Task A_deleted_links_member_a_new_link_takes_is_no_tombstone()
    {
        var newZebra = new TestLink("Zn2NewZebraLink00001", "Zebra offer", "https://acme-dental.com/offers/zebra-2");
        await using ToolSession session = await StartAsync(Zebra, Referral);

        session.Links = [newZebra, Referral];
        ToolRun replaced = await session.PullAsync();

        Assert.Contains(
            "  - deleted      \"Zebra offer\" (zz9QpLmN0bVcXa1sDfGh): TriggerLinks.ZebraOffer now belongs to another link, \"Zebra offer\" (Zn2NewZebraLink00001); " +
            "a hard-coded field of it is LNK004",
            Ghl.Lines(replaced.Stdout));
        Assert.Equal(["zz9QpLmN0bVcXa1sDfGh: (none)"], GeneratorView.Tombstones(GeneratorView.AssertClean(session.Snapshot, 2)));
    }

    [Fact]
    public async Task A_deleted_link_that_comes_back_renamed_keeps_its_old_name()
    {
        await using ToolSession session = await StartAsync(Zebra, Referral);

        session.Links = [Referral];
        await session.PullAsync();
        session.Links = [Zebra with { Name = "Zebra deal" }, Referral];
        ToolRun back = await session.PullAsync();

        Assert.Equal(
            [
                "Updated links.snapshot.json: 2 links of location ve9EPM428h8vShlRW1KT (1 restored)",
                "  + restored     \"Zebra deal\" (zz9QpLmN0bVcXa1sDfGh) -> \"https://acme-dental.com/offers/zebra\": TriggerLinks.ZebraOffer -> TriggerLinks.ZebraDeal; " +
                "ZebraOffer stays as an obsolete alias (warning CS0618)",
            ],
            Ghl.Lines(back.Stdout));
        Assert.Equal(["Zebra offer"], FormerNames(session.Snapshot, Zebra.Id));
        var catalog = GeneratorView.AssertClean(session.Snapshot, 2);
        Assert.Equal(["ZebraOffer -> ZebraDeal"], GeneratorView.Aliases(catalog));
        Assert.Empty(GeneratorView.Tombstones(catalog));
    }

    [Fact]
    public async Task Forget_history_writes_schema_1_and_says_what_goes()
    {
        await using ToolSession session = await StartAsync(FirstTag, Zebra, Referral);
        session.Links = [HistoryFlow.Spring, Referral];
        await session.PullAsync();

        ToolRun forgot = await session.PullAsync("--forget-history");
        ToolRun again = await session.PullAsync();

        Assert.True(forgot.ExitCode == 0, forgot.ToString());
        Assert.Equal(
            [
                "Rewrote links.snapshot.json without its history: 2 links of location ve9EPM428h8vShlRW1KT, no link changed",
                "  ! history      dropped (--forget-history): no former names or deleted links are kept",
            ],
            Ghl.Lines(forgot.Stdout));
        Assert.Equal(1, SchemaVersion(session.Snapshot));
        var catalog = GeneratorView.AssertClean(session.Snapshot, 2);
        Assert.Empty(GeneratorView.Aliases(catalog));
        Assert.Empty(GeneratorView.Tombstones(catalog));
        Assert.Equal(["links.snapshot.json is up to date: 2 links of location ve9EPM428h8vShlRW1KT"], Ghl.Lines(again.Stdout));
    }

    [Fact]
    public async Task Forget_history_with_changes_says_the_old_members_are_gone()
    {
        await using ToolSession session = await StartAsync(FirstTag, Zebra);

        session.Links = [HistoryFlow.Spring];
        ToolRun forgot = await session.PullAsync("--forget-history");

        Assert.Equal(
            [
                "Updated links.snapshot.json: 1 link of location ve9EPM428h8vShlRW1KT (1 deleted, 1 renamed)",
                "  - deleted      \"Zebra offer\" (zz9QpLmN0bVcXa1sDfGh): TriggerLinks.ZebraOffer is gone: code that uses it no longer compiles; a hard-coded field of it is LNK001",
                "  ~ renamed      \"first tag\" -> \"First tag (spring)\" (n4AriwEnFrGh3tu08W0U): TriggerLinks.FirstTag -> TriggerLinks.FirstTagSpring; " +
                "FirstTag is gone: code that uses it no longer compiles",
            ],
            Ghl.Lines(forgot.Stdout));
        Assert.Equal(1, SchemaVersion(session.Snapshot));
    }

    [Fact]
    public async Task The_history_of_another_location_is_not_carried_over()
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", HistoryFlow.RenamedSnapshot.Replace(FakeHighLevel.Location, "Zq81OtherLocation000", StringComparison.Ordinal));
        session.Links = [HistoryFlow.Spring, Referral];

        ToolRun check = await session.CheckAsync();
        ToolRun pull = await session.PullAsync();

        string[] lines =
        [
            "  ! location     \"Zq81OtherLocation000\" -> \"ve9EPM428h8vShlRW1KT\"",
            "  ! history      not carried over: the former names and deleted links are those of location \"Zq81OtherLocation000\"",
        ];
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(["links.snapshot.json is stale: HighLevel has 2 links of location ve9EPM428h8vShlRW1KT (another location)", .. lines, $"Run 'ghl-links pull --location-id {FakeHighLevel.Location} --base-url {session.Server.BaseUrl}' to update the snapshot, then commit it."], Ghl.Lines(check.Stdout));
        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Equal(["Updated links.snapshot.json: 2 links of location ve9EPM428h8vShlRW1KT (another location)", .. lines], Ghl.Lines(pull.Stdout));
        Assert.Equal(1, SchemaVersion(session.Snapshot));
        Assert.Empty(GeneratorView.Aliases(GeneratorView.AssertClean(session.Snapshot, 2)));
    }

    [Fact]
    public async Task Check_prints_the_lines_pull_prints_and_history_alone_never_makes_it_stale()
    {
        await using ToolSession session = await StartAsync(FirstTag, Zebra, Referral);
        session.Links = [HistoryFlow.Spring, Referral];

        ToolRun check = await session.CheckAsync();
        ToolRun pull = await session.PullAsync();
        ToolRun after = await session.CheckAsync();

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(Ghl.Lines(pull.Stdout)[1..], Ghl.Lines(check.Stdout)[1..^1]);
        Assert.Equal([HistoryFlow.DeletedLine, HistoryFlow.RenamedLine], Ghl.Lines(check.Stdout)[1..^1]);

        // The snapshot now holds a former name and a deleted link that HighLevel knows nothing of: still up to date.
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public async Task The_same_links_in_another_order_give_the_same_history_bytes()
    {
        await using ToolSession inOrder = await StartAsync(FirstTag, Zebra, Referral);
        await using ToolSession reversed = await StartAsync(Referral, Zebra, FirstTag);

        inOrder.Links = [HistoryFlow.Spring, Referral];
        reversed.Links = [Referral, HistoryFlow.Spring];
        await inOrder.PullAsync();
        await reversed.PullAsync();

        Assert.Equal(HistoryFlow.RenamedSnapshot, inOrder.Snapshot);
        Assert.Equal(HistoryFlow.RenamedSnapshot, reversed.Snapshot);
    }

    /// <summary>A session whose snapshot was created by a first pull of <paramref name="links"/>.</summary>
    private static async Task<ToolSession> StartAsync(params TestLink[] links)
    {
        ToolSession session = await ToolSession.StartAsync();
        session.Links = links;
        ToolRun created = await session.PullAsync();
        Assert.True(created.ExitCode == 0, created.ToString());
        return session;
    }

    private static int SchemaVersion(string snapshot)
    {
        using var json = JsonDocument.Parse(snapshot);
        return json.RootElement.GetProperty("schemaVersion").GetInt32();
    }

    /// <summary>The formerNames the file gives link <paramref name="id"/>, in file order (empty when it has none).</summary>
    internal static string[] FormerNames(string snapshot, string id)
    {
        using var json = JsonDocument.Parse(snapshot);
        JsonElement link = json.RootElement.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("id").GetString() == id);
        return link.TryGetProperty("formerNames", out JsonElement names) ? names.EnumerateArray().Select(n => n.GetString()!).ToArray() : [];
    }
}
