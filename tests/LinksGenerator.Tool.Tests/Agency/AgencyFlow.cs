using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using static LinksGenerator.Tool.Tests.Agency.AgencySession;

namespace LinksGenerator.Tool.Tests.Agency;

/// <summary>
/// The main two-location flow: a first pull creates the snapshot of both locations, each with its own token; a pull
/// alone refreshes both; check then finds one stale after a change in HighLevel. Run in-process and by the installed tool.
/// </summary>
internal static class AgencyFlow
{
    public static readonly string[] CreatedLines =
    [
        "Created links.snapshot.json: 2 locations, 3 links",
        "Added Downtown: 2 links of location Dwn5LocationId000001",
        "  + added        \"Book a Call\" (DwnBookACall00000001) -> \"https://acme-dental.com/downtown/book\"",
        "  + added        \"Parking\" (DwnParking0000000001) -> \"https://acme-dental.com/downtown/parking\"",
        "Added Uptown: 1 link of location Upt5LocationId000002",
        "  + added        \"Book a Call\" (UptBookACall00000001) -> \"https://acme-dental.com/uptown/book\"",
    ];

    public static async Task RunAsync(IToolRunner runner)
    {
        await using AgencySession session = await StartAsync(runner);
        var environment = new System.Collections.Generic.Dictionary<string, string?>
        {
            ["GHL_TOKEN_DOWNTOWN"] = DowntownToken,
            ["GHL_AGENCY_TOKEN"] = FakeHighLevel.AgencyToken,
            ["GHL_COMPANY_ID"] = FakeHighLevel.CompanyId,
        };

        ToolRun created = await session.PullAsync(environment, "--location", $"Downtown={Downtown}", "--location", $"Uptown={Uptown}");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal(CreatedLines, Ghl.Lines(created.Stdout));
        Assert.Equal(
            [
                "Downtown: token from GHL_TOKEN_DOWNTOWN",
                "Uptown: location token from exchanging the agency token (GHL_AGENCY_TOKEN, company Cmp7AcmeAgency000001)",
                $"Getting the trigger links of 2 locations from {session.Server.BaseUrl}/links/",
            ],
            Ghl.Lines(created.Stderr));
        Assert.Equal(TwoLocations, session.Snapshot);
        Assert.Equal("Bearer " + DowntownToken, session.Server.Requests.Single(r => r.LocationId == Downtown && r.Method == "GET").Headers["Authorization"]);
        Assert.Equal(1, session.Server.Exchanges(Uptown));
        Assert.Equal(0, session.Server.Exchanges(Downtown));

        var catalog = GeneratorView.Read(session.Snapshot);
        Assert.True(catalog.IsReadable && catalog.ManyLocations);
        Assert.Equal(["Downtown", "Uptown"], catalog.Locations.Select(l => l.ClassName!));
        Assert.Equal(["BookACall"], catalog.SharedMembers);

        // Nothing changed: both read again, the same bytes, the file left alone.
        ToolRun again = await session.PullAsync(environment);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(
            [
                "links.snapshot.json is up to date: 2 locations, 3 links",
                "Downtown is up to date: 2 links of location Dwn5LocationId000001",
                "Uptown is up to date: 1 link of location Upt5LocationId000002",
            ],
            Ghl.Lines(again.Stdout));
        Assert.Equal(2, session.Server.Exchanges(Uptown));

        // Uptown renames its link in HighLevel: check says Uptown is stale, and only Uptown.
        session.UptownLocation.Links = [UptownBook with { Name = "Book a Visit" }];
        ToolRun stale = await session.CheckAsync(environment);
        Assert.Equal(1, stale.ExitCode);
        Assert.Equal(
            [
                "links.snapshot.json is stale: 1 of 2 locations differs from HighLevel",
                "Downtown is up to date: 2 links of location Dwn5LocationId000001",
                "Uptown is stale: HighLevel has 1 link of location Upt5LocationId000002 (1 renamed)",
                "  ~ renamed      \"Book a Call\" -> \"Book a Visit\" (UptBookACall00000001): TriggerLinks.Uptown.BookACall -> TriggerLinks.Uptown.BookAVisit; " +
                "BookACall stays as an obsolete alias (warning CS0618)",
                $"Run 'ghl-links pull --base-url {session.Server.BaseUrl}' to update the snapshot, then commit it.",
            ],
            Ghl.Lines(stale.Stdout));
        Assert.Equal(TwoLocations, session.Snapshot);
    }
}
