using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Agency;

/// <summary>
/// An agency's two locations cloned from one template — Downtown and Uptown, each with its own ids and its own token —
/// served by one fake HighLevel, and a folder the tool runs in. Every run is checked for every token the run could
/// have seen: the agency's, the locations' own, and every token the exchange handed out.
/// </summary>
internal sealed class AgencySession : IAsyncDisposable
{
    public const string Downtown = "Dwn5LocationId000001";
    public const string Uptown = "Upt5LocationId000002";
    public const string Midtown = "Mid5LocationId000003";

    public const string DowntownToken = "pit-downtown-7c1d9e2f-3a4b-4c5d-8e6f-0a1b2c3d4e5f";
    public const string UptownToken = "pit-uptown-2b3c4d5e-6f70-4a1b-9c2d-3e4f5a6b7c8d";

    public static readonly TestLink DowntownBook = new("DwnBookACall00000001", "Book a Call", "https://acme-dental.com/downtown/book");
    public static readonly TestLink DowntownParking = new("DwnParking0000000001", "Parking", "https://acme-dental.com/downtown/parking");
    public static readonly TestLink UptownBook = new("UptBookACall00000001", "Book a Call", "https://acme-dental.com/uptown/book");
    public static readonly TestLink MidtownBook = new("MidBookACall00000001", "Book a Call", "https://acme-dental.com/midtown/book");

    /// <summary>What a first pull of both locations writes, spelled out by hand: locations by name, links by id.</summary>
    public const string TwoLocations =
        "{\n" +
        "  \"schemaVersion\": 2,\n" +
        "  \"locations\": [\n" +
        "    {\n" +
        "      \"name\": \"Downtown\",\n" +
        "      \"locationId\": \"Dwn5LocationId000001\",\n" +
        "      \"links\": [\n" +
        "        {\n" +
        "          \"id\": \"DwnBookACall00000001\",\n" +
        "          \"name\": \"Book a Call\",\n" +
        "          \"redirectTo\": \"https://acme-dental.com/downtown/book\",\n" +
        "          \"fieldKey\": \"{{trigger_link.DwnBookACall00000001}}\"\n" +
        "        },\n" +
        "        {\n" +
        "          \"id\": \"DwnParking0000000001\",\n" +
        "          \"name\": \"Parking\",\n" +
        "          \"redirectTo\": \"https://acme-dental.com/downtown/parking\",\n" +
        "          \"fieldKey\": \"{{trigger_link.DwnParking0000000001}}\"\n" +
        "        }\n" +
        "      ]\n" +
        "    },\n" +
        "    {\n" +
        "      \"name\": \"Uptown\",\n" +
        "      \"locationId\": \"Upt5LocationId000002\",\n" +
        "      \"links\": [\n" +
        "        {\n" +
        "          \"id\": \"UptBookACall00000001\",\n" +
        "          \"name\": \"Book a Call\",\n" +
        "          \"redirectTo\": \"https://acme-dental.com/uptown/book\",\n" +
        "          \"fieldKey\": \"{{trigger_link.UptBookACall00000001}}\"\n" +
        "        }\n" +
        "      ]\n" +
        "    }\n" +
        "  ]\n" +
        "}\n";

    private readonly IToolRunner _runner;

    private AgencySession(FakeHighLevel server, IToolRunner runner)
    {
        Server = server;
        _runner = runner;
        DowntownLocation = server.AddLocation(Downtown, [DowntownParking, DowntownBook], DowntownToken, FakeHighLevel.Token);
        UptownLocation = server.AddLocation(Uptown, [UptownBook], UptownToken, FakeHighLevel.Token);
    }

    public FakeHighLevel Server { get; }

    public TempFolder Folder { get; } = new();

    public FakeLocation DowntownLocation { get; }

    public FakeLocation UptownLocation { get; }

    /// <summary>The snapshot's text now.</summary>
    public string Snapshot => Folder.ReadText();

    /// <summary>Each location's own token: the usual setup.</summary>
    public static Dictionary<string, string?> OwnTokens => new() { ["GHL_TOKEN_DOWNTOWN"] = DowntownToken, ["GHL_TOKEN_UPTOWN"] = UptownToken };

    /// <summary>Only the agency token and its company.</summary>
    public static Dictionary<string, string?> AgencyTokens => new() { ["GHL_AGENCY_TOKEN"] = FakeHighLevel.AgencyToken, ["GHL_COMPANY_ID"] = FakeHighLevel.CompanyId };

    public static async Task<AgencySession> StartAsync(IToolRunner? runner = null) => new(await FakeHighLevel.StartAsync(), runner ?? InProcessTool.Instance);

    public Task<ToolRun> PullAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) => RunAsync(environment, ["pull", .. args]);

    public Task<ToolRun> CheckAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) => RunAsync(environment, ["check", .. args]);

    /// <summary>Runs the tool with <c>--base-url</c> at the server, then checks that no token leaked anywhere.</summary>
    public Task<ToolRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunOfflineAsync(environment, [.. args, "--base-url", Server.BaseUrl]);

    /// <summary><c>convert</c>, which asks HighLevel nothing (and so has no <c>--base-url</c>).</summary>
    public Task<ToolRun> ConvertAsync(string name) => RunOfflineAsync(Ghl.Environment(), "convert", "--name", name);

    private async Task<ToolRun> RunOfflineAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        ToolRun run = await _runner.RunAsync(Folder.Path, environment, args);
        AssertNoToken(run);
        return run;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Folder.Dispose();
    }

    private void AssertNoToken(ToolRun run)
    {
        run.AssertNoToken(Folder);
        foreach (string token in (string[])[FakeHighLevel.AgencyToken, DowntownToken, UptownToken, .. Server.ExchangedTokens])
        {
            run.AssertNoPieceOf(token, Folder, Downtown, Uptown, Midtown, FakeHighLevel.CompanyId);
        }

        // Any exchanged token, even one the server never recorded (a test's own answer), starts with the prefix.
        Assert.DoesNotContain(FakeHighLevel.ExchangedTokenPrefix, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Folder.AllFiles(), file => file.Text.Contains(FakeHighLevel.ExchangedTokenPrefix, StringComparison.Ordinal));
    }
}
