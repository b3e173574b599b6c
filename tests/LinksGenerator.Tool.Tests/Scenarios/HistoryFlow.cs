using System;
using System.IO;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Scenarios;

/// <summary>
/// A link renamed and another deleted in HighLevel, then the deleted one back: what pull writes and prints at each step,
/// and what check says in between. Run in-process (<see cref="HistoryTests"/>) and by the installed tool.
/// </summary>
internal static class HistoryFlow
{
    public static readonly TestLink FirstTag = new("n4AriwEnFrGh3tu08W0U", "first tag", "https://www.google.com/search");

    public static readonly TestLink Zebra = new("zz9QpLmN0bVcXa1sDfGh", "Zebra offer", "https://acme-dental.com/offers/zebra");

    public static readonly TestLink Referral = new("sTpkr0cStY4qWB8dWKnH", "Referral Program", "https://acme-dental.com/refer-a-friend");

    public static readonly TestLink Spring = FirstTag with { Name = "First tag (spring)" };

    public const string RenamedLine =
        "  ~ renamed      \"first tag\" -> \"First tag (spring)\" (n4AriwEnFrGh3tu08W0U): TriggerLinks.FirstTag -> TriggerLinks.FirstTagSpring; " +
        "FirstTag stays as an obsolete alias (warning CS0618)";

    public const string DeletedLine =
        "  - deleted      \"Zebra offer\" (zz9QpLmN0bVcXa1sDfGh): TriggerLinks.ZebraOffer stays as an error (CS0619: deleted from HighLevel); " +
        "a hard-coded field of it is LNK004";

    public const string RestoredLine =
        "  + restored     \"Zebra offer\" (zz9QpLmN0bVcXa1sDfGh) -> \"https://acme-dental.com/offers/zebra\": TriggerLinks.ZebraOffer is a live constant again";

    /// <summary>What a pull of [<see cref="Spring"/>, <see cref="Referral"/>] writes over a snapshot of all three: spelled out by hand.</summary>
    public const string RenamedSnapshot =
        "{\n" +
        "  \"schemaVersion\": 2,\n" +
        "  \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n" +
        "  \"links\": [\n" +
        "    {\n" +
        "      \"id\": \"n4AriwEnFrGh3tu08W0U\",\n" +
        "      \"name\": \"First tag (spring)\",\n" +
        "      \"redirectTo\": \"https://www.google.com/search\",\n" +
        "      \"fieldKey\": \"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\",\n" +
        "      \"formerNames\": [\"first tag\"]\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"sTpkr0cStY4qWB8dWKnH\",\n" +
        "      \"name\": \"Referral Program\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/refer-a-friend\",\n" +
        "      \"fieldKey\": \"{{trigger_link.sTpkr0cStY4qWB8dWKnH}}\"\n" +
        "    }\n" +
        "  ],\n" +
        "  \"deletedLinks\": [\n" +
        "    {\n" +
        "      \"id\": \"zz9QpLmN0bVcXa1sDfGh\",\n" +
        "      \"name\": \"Zebra offer\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/offers/zebra\",\n" +
        "      \"fieldKey\": \"{{trigger_link.zz9QpLmN0bVcXa1sDfGh}}\"\n" +
        "    }\n" +
        "  ]\n" +
        "}\n";

    /// <summary>And once Zebra offer is back: it leaves deletedLinks; the renamed link keeps its former name.</summary>
    public const string RestoredSnapshot =
        "{\n" +
        "  \"schemaVersion\": 2,\n" +
        "  \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n" +
        "  \"links\": [\n" +
        "    {\n" +
        "      \"id\": \"n4AriwEnFrGh3tu08W0U\",\n" +
        "      \"name\": \"First tag (spring)\",\n" +
        "      \"redirectTo\": \"https://www.google.com/search\",\n" +
        "      \"fieldKey\": \"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\",\n" +
        "      \"formerNames\": [\"first tag\"]\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"sTpkr0cStY4qWB8dWKnH\",\n" +
        "      \"name\": \"Referral Program\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/refer-a-friend\",\n" +
        "      \"fieldKey\": \"{{trigger_link.sTpkr0cStY4qWB8dWKnH}}\"\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"zz9QpLmN0bVcXa1sDfGh\",\n" +
        "      \"name\": \"Zebra offer\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/offers/zebra\",\n" +
        "      \"fieldKey\": \"{{trigger_link.zz9QpLmN0bVcXa1sDfGh}}\"\n" +
        "    }\n" +
        "  ]\n" +
        "}\n";

    public static async Task RunAsync(IToolRunner runner)
    {
        await using ToolSession session = await ToolSession.StartAsync(runner);
        session.Links = [FirstTag, Zebra, Referral];
        ToolRun created = await session.PullAsync();
        Assert.True(created.ExitCode == 0, created.ToString());

        // Renamed and deleted: both kept in the history, and the output says what the build does about them.
        session.Links = [Spring, Referral];
        ToolRun renamed = await session.PullAsync();
        Assert.True(renamed.ExitCode == 0, renamed.ToString());
        Assert.Equal(
            ["Updated links.snapshot.json: 2 links of location ve9EPM428h8vShlRW1KT (1 deleted, 1 renamed)", DeletedLine, RenamedLine],
            Ghl.Lines(renamed.Stdout));
        Assert.Equal(RenamedSnapshot, session.Snapshot);
        var catalog = GeneratorView.AssertClean(session.Snapshot, 2);
        Assert.Equal(["FirstTag -> FirstTagSpring"], GeneratorView.Aliases(catalog));
        Assert.Equal(["zz9QpLmN0bVcXa1sDfGh: ZebraOffer"], GeneratorView.Tombstones(catalog));

        // The same links again: the same bytes, so the file is not even touched; check agrees (history never makes it stale).
        var written = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(session.Folder.SnapshotPath, written);
        ToolRun again = await session.PullAsync();
        ToolRun upToDate = await session.CheckAsync();
        Assert.Equal(["links.snapshot.json is up to date: 2 links of location ve9EPM428h8vShlRW1KT"], Ghl.Lines(again.Stdout));
        Assert.True(upToDate.ExitCode == 0, upToDate.ToString());
        Assert.Equal(["links.snapshot.json is up to date: 2 links of location ve9EPM428h8vShlRW1KT"], Ghl.Lines(upToDate.Stdout));
        Assert.Equal(RenamedSnapshot, session.Snapshot);
        Assert.Equal(written, File.GetLastWriteTimeUtc(session.Folder.SnapshotPath));

        // The deleted link is back: check calls it restored (and writes nothing), then pull takes it out of deletedLinks.
        session.Links = [Spring, Zebra, Referral];
        ToolRun stale = await session.CheckAsync();
        Assert.Equal(1, stale.ExitCode);
        Assert.Equal(
            ["links.snapshot.json is stale: HighLevel has 3 links of location ve9EPM428h8vShlRW1KT (1 restored)", RestoredLine, $"Run 'ghl-links pull --location-id {FakeHighLevel.Location} --base-url {session.Server.BaseUrl}' to update the snapshot, then commit it."],
            Ghl.Lines(stale.Stdout));
        Assert.Equal(RenamedSnapshot, session.Snapshot);

        ToolRun restored = await session.PullAsync();
        Assert.True(restored.ExitCode == 0, restored.ToString());
        Assert.Equal(["Updated links.snapshot.json: 3 links of location ve9EPM428h8vShlRW1KT (1 restored)", RestoredLine], Ghl.Lines(restored.Stdout));
        Assert.Equal(RestoredSnapshot, session.Snapshot);
        catalog = GeneratorView.AssertClean(session.Snapshot, 3);
        Assert.Equal(["FirstTag -> FirstTagSpring"], GeneratorView.Aliases(catalog));
        Assert.Empty(GeneratorView.Tombstones(catalog));
    }
}
