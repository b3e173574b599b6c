using System;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// A token typed where an argument belongs: every token in the environment is masked from the first line the tool
/// prints (parse errors included), and one given as an id is refused before it can reach a URL or the snapshot.
/// </summary>
public class MisplacedTokenTests
{
    private const string LocationToken = "pit-77c1d0e5-a9b4-4f2e-8d6c-1b3a5e7f9d20";

    public static TheoryData<string[]> TokensAsArguments => new()
    {
        { ["pull", "--token", FakeHighLevel.Token] },
        { ["check", FakeHighLevel.Token] },
        { ["pull", "--token-env", FakeHighLevel.Token] },
        { ["pull", "--token-env", "Bearer " + FakeHighLevel.Token] },
        { ["lint", "--snapshot", FakeHighLevel.AgencyToken, "x.html"] },
        { ["pull", "--unknown", LocationToken] },
        { ["pull", "--token-env", "MY_SECRET", "--timeout", MyToken] },
        { ["pull", "--token-env=MY_SECRET", MyToken] },
    };

    private const string MyToken = "pit-my-own-variable-5d0b7e3c1a9f";

    [Theory]
    [MemberData(nameof(TokensAsArguments))]
    public async Task A_token_passed_as_an_argument_is_masked_in_every_message(string[] args)
    {
        using var folder = new TempFolder();
        var environment = Ghl.Environment(("GHL_AGENCY_TOKEN", FakeHighLevel.AgencyToken), ("GHL_TOKEN_MAIN", LocationToken), ("MY_SECRET", MyToken));

        string[] connection = args[0] == "lint" ? [] : ["--base-url", "http://127.0.0.1:9"];

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, environment, [.. args, .. connection]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("[redacted]", run.Stdout + run.Stderr, StringComparison.Ordinal);
        run.AssertNoToken(folder);
        Assert.DoesNotContain(LocationToken, run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FakeHighLevel.AgencyToken, run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(MyToken, run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    private const string Whole = "is one of the tokens in the environment, not an id";

    private const string Nearly = "is all of one of the tokens in the environment but a few characters, not an id";

    private const string FromLocationId = "the location id (from --location-id, GHL_LOCATION_ID or the snapshot)";

    public static TheoryData<string[], (string Name, string? Value)[], string, string> TokensAsIds => new()
    {
        { ["pull", "--location-id", FakeHighLevel.Token], [], FromLocationId, Whole },
        { ["check", "--location-id", FakeHighLevel.Token], [], FromLocationId, Whole },
        { ["pull"], [("GHL_LOCATION_ID", FakeHighLevel.Token)], FromLocationId, Whole },
        { ["pull", "--location", "Main=" + FakeHighLevel.Token], [], "the location id of Main (from --location or the snapshot)", Whole },
        { ["pull", "--location", "Main=" + LocationToken], [("GHL_TOKEN_MAIN", LocationToken)], "the location id of Main (from --location or the snapshot)", Whole },
        {
            ["pull", "--location", "Main=" + FakeHighLevel.Location, "--company-id", FakeHighLevel.AgencyToken],
            [("GHL_TOKEN", null), ("GHL_AGENCY_TOKEN", FakeHighLevel.AgencyToken)],
            "the company id (from --company-id or GHL_COMPANY_ID)",
            Whole
        },

        // All of the token but its "pit-": its random part, which would go into the URL and the snapshot as the id.
        { ["pull", "--location-id", FakeHighLevel.Token["pit-".Length..]], [], FromLocationId, Nearly },
        { ["pull", "--location-id", FakeHighLevel.Token["pit-".Length..].Replace("-", "", StringComparison.Ordinal).ToUpperInvariant()], [], FromLocationId, Nearly },
        { ["check", "--location-id", FakeHighLevel.Token[..^5]], [], FromLocationId, Nearly },
        { ["pull", "--location", "Main=" + LocationToken[4..]], [("GHL_TOKEN_MAIN", LocationToken)], "the location id of Main (from --location or the snapshot)", Nearly },
    };

    [Theory]
    [MemberData(nameof(TokensAsIds))]
    public async Task A_token_given_as_an_id_is_refused_before_any_request(string[] args, (string Name, string? Value)[] environment, string what, string refusal)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        string? snapshot = args[0] == "check" ? TestLinks.PreviousSnapshot : null; // check needs one to compare with
        if (snapshot is not null)
        {
            folder.Write("links.snapshot.json", snapshot);
        }

        ToolRun run = await Ghl.RunAsync(folder, server, Ghl.Environment(environment), args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"error: {what} {refusal}: pass the id itself. Nothing was sent", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Equal(snapshot is null ? [] : ["links.snapshot.json"], folder.AllFiles().Select(f => f.Name));
        Assert.Equal(snapshot, snapshot is null ? null : folder.ReadText());
        run.AssertNoToken(folder);
        Assert.DoesNotContain(LocationToken, run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeHighLevel.AgencyToken, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_that_carry_the_ids_the_run_names_are_used_not_refused()
    {
        // A location token may carry its location's id, an agency token its company's: runs of an id are no secret.
        const string Id = "Qw3rTy8UiOp2AsDfGh4J";
        const string Plain = Id + "-secretpart9x";
        const string Own = "tok." + Id + ".Zq81kLmQpW";
        const string Agency = "agency." + FakeHighLevel.CompanyId + ".Zq81kLmQpW";
        const string Exchanged = FakeHighLevel.ExchangedTokenPrefix + "carried-7f3a9c1e";
        await using var server = await FakeHighLevel.StartAsync();
        server.AddLocation(Id, [new TestLink("n4AriwEnFrGh3tu08W0U", "First Tag", "https://example.com/first")], Plain, Own, Exchanged);
        server.Behavior = (context, _) => context.Request.Method == "POST" && context.Request.Headers.Authorization == "Bearer " + Agency
            ? Respond.Body(context, System.Net.HttpStatusCode.OK, "application/json", $"{{\"access_token\":\"{Exchanged}\",\"locationId\":\"{Id}\"}}")
            : server.ServeAsDocumented(context);

        (string Token, (string Name, string? Value)[] Environment, string[] Args)[] runs =
        [
            (Plain, [("GHL_TOKEN", Plain)], ["pull", "--location-id", Id]),
            (Own, [("GHL_TOKEN", null), ("GHL_TOKEN_DOWNTOWN", Own)], ["pull", "--location", "Downtown=" + Id]),
            (Agency, [("GHL_TOKEN", null), ("GHL_AGENCY_TOKEN", Agency)], ["pull", "--location", "Downtown=" + Id, "--company-id", FakeHighLevel.CompanyId]),
        ];
        foreach (var (token, environment, args) in runs)
        {
            using var folder = new TempFolder();

            ToolRun run = await Ghl.RunAsync(folder, server, Ghl.Environment(environment), args);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("\"n4AriwEnFrGh3tu08W0U\"", folder.ReadText(), StringComparison.Ordinal);
            Assert.Contains(Id, run.Stdout, StringComparison.Ordinal);
            run.AssertNoPieceOf(token, folder, Id, FakeHighLevel.CompanyId);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Main=")]
    [InlineData("Main ")]
    public async Task A_token_given_as_a_locations_name_is_refused_before_it_reaches_the_snapshot(string before)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun convert = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "convert", "--name", FakeHighLevel.Token);
        // Also inside a longer name, and before another '=' (the name is what comes before the last one, as an id never holds '=').
        ToolRun pull = await Ghl.RunAsync(folder, server, "pull", "--location", before + FakeHighLevel.Token + "=" + FakeHighLevel.Location);

        Assert.Equal(2, convert.ExitCode);
        Assert.Contains("error: the --name is one of the tokens in the environment, a token is no name: choose a name of your own. Nothing was sent", convert.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, pull.ExitCode);
        Assert.Contains("error: the name in --location is one of the tokens in the environment, a token is no name: choose a name of your own. Nothing was sent", pull.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        convert.AssertNoToken(folder);
        pull.AssertNoToken(folder);
    }

    [Theory]
    [InlineData("")]
    [InlineData("snapshots/")]
    public async Task A_token_given_as_the_output_path_is_refused_before_any_request(string folderPart)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "snapshots"));

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--output", folderPart + FakeHighLevel.Token);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(
            "error: the --output path holds one of the tokens in the environment: a file named after a token would be committed with it. Choose another --output. Nothing was sent",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Empty(folder.AllFiles());
        Assert.Empty(System.IO.Directory.GetFileSystemEntries(System.IO.Path.Combine(folder.Path, "snapshots")));
        run.AssertNoToken(folder);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("pull", "--location", "Main=" + FakeHighLevel.Location)]
    public async Task A_token_in_the_base_url_is_refused_before_any_request(params string[] args)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        string? snapshot = args[0] == "check" ? TestLinks.PreviousSnapshot : null; // check needs one to compare with; pull makes one of many locations
        if (snapshot is not null)
        {
            folder.Write("links.snapshot.json", snapshot);
        }

        // A proxy address that carries the token in its path would put it in every request line, where logs keep it.
        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), [.. args, "--base-url", server.BaseUrl + "/t/" + FakeHighLevel.Token[4..]]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: --base-url holds one of the tokens in the environment", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Equal(snapshot is null ? 0 : 1, folder.AllFiles().Length);
        run.AssertNoToken(folder);
    }

    [Fact]
    public async Task A_URL_or_a_path_in_a_variable_that_only_shares_the_location_token_prefix_is_no_token()
    {
        // An OAuth app's GHL_TOKEN_URL (the token endpoint, on HighLevel's host) would make the base URL "hold a token",
        // and a GHL_TOKEN_DIR every path under the folder print as [redacted]. A token-like value is still masked.
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        var environment = Ghl.Environment(("GHL_TOKEN_URL", server.BaseUrl + "/oauth/token"), ("GHL_TOKEN_DIR", folder.Path), ("GHL_TOKEN_OTHER", "pit-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"));

        ToolRun pull = await InProcessTool.Instance.RunAsync(folder.Path, environment, "pull", "--location-id", FakeHighLevel.Location, "--base-url", server.BaseUrl, "--output", folder.File("links.snapshot.json"));
        ToolRun stray = await InProcessTool.Instance.RunAsync(folder.Path, environment, "pull", "pit-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d");

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.DoesNotContain("[redacted]", pull.Output, StringComparison.Ordinal);
        Assert.Contains(folder.Path, pull.Output, StringComparison.Ordinal);
        Assert.Equal(2, stray.ExitCode);
        Assert.Contains("[redacted]", stray.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("0a1b2c3d", stray.Stderr, StringComparison.Ordinal);
    }
}
