using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using static LinksGenerator.Tool.Tests.Agency.AgencySession;

namespace LinksGenerator.Tool.Tests.Agency;

/// <summary>What cannot work with many locations is exit 2 before any request, and says what to do instead.</summary>
public class AgencyUsageTests
{
    [Theory]
    [InlineData("pull")]
    [InlineData("check")]
    public async Task Location_id_with_many_locations_points_at_location(string command)
    {
        ToolRun run = await RefusedAsync(TwoLocations, OwnTokens, command, "--location-id", Downtown);

        // check adds no location, so it does not say how to.
        Assert.Contains(
            "error: links.snapshot.json holds many locations, and --location-id names one location of a one-location snapshot: " +
            "pass --location NAME to read one of them (or none to read them all)" + (command == "pull" ? ", or --location NAME=ID to add one\n" : "\n"),
            run.Stderr,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Location_with_one_location_points_at_convert()
    {
        ToolRun run = await RefusedAsync(TestLinks.ExpectedSnapshot, Ghl.Environment(), "pull", "--location", $"Uptown={Uptown}");

        Assert.Contains(
            "error: links.snapshot.json holds one location (ve9EPM428h8vShlRW1KT), and --location is for snapshots of many. To make it one of many, convert it first, once: " +
            "'ghl-links convert --name NAME' keeps its links and history as location NAME (code then uses TriggerLinks.NAME.<Member>); " +
            "then add the others with 'ghl-links pull --location NAME=ID'",
            run.Stderr,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pull")]
    [InlineData("check")]
    public async Task An_unknown_name_lists_the_locations(string command)
    {
        ToolRun run = await RefusedAsync(TwoLocations, OwnTokens, command, "--location", "Midtown");

        Assert.Contains(
            "error: \"Midtown\" is not a location of links.snapshot.json (it holds Downtown, Uptown): check the spelling; to add it, pass --location Midtown=ID",
            run.Stderr,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_differs_in_letter_case_only_is_asked_about_not_advised_as_a_new_location()
    {
        ToolRun run = await RefusedAsync(TwoLocations, OwnTokens, "pull", "--location", "downtown");

        Assert.Contains(
            "error: \"downtown\" is not a location of links.snapshot.json (it holds Downtown, Uptown): check the spelling; did you mean \"Downtown\"?",
            run.Stderr,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_advised_command_for_an_unknown_name_quotes_it_for_the_shell()
    {
        // Copied as it stands, --location Mid town=ID would be two arguments, and $(id) a command.
        ToolRun spaced = await RefusedAsync(TwoLocations, OwnTokens, "pull", "--location", "Mid town");
        ToolRun expanded = await RefusedAsync(TwoLocations, OwnTokens, "pull", "--location", "Mid$(id)");

        Assert.Contains("to add it, pass --location \"Mid town=ID\"", spaced.Stderr, StringComparison.Ordinal);
        Assert.True(OperatingSystem.IsWindows() || expanded.Stderr.Contains("to add it, pass --location 'Mid$(id)=ID'", StringComparison.Ordinal), expanded.Stderr);
    }

    [Fact]
    public async Task Check_does_not_add_locations()
    {
        ToolRun run = await RefusedAsync(TwoLocations, OwnTokens, "check", "--location", $"Midtown={Midtown}");

        Assert.Contains("error: \"Midtown\" is not a location of links.snapshot.json (it holds Downtown, Uptown): check the spelling; pull adds it", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_token_names_every_variable_looked_for()
    {
        ToolRun run = await RefusedAsync(TwoLocations, new Dictionary<string, string?> { ["GHL_TOKEN_DOWNTOWN"] = DowntownToken });

        Assert.Equal(
            "error: no token for location Uptown: looked for GHL_TOKEN_UPTOWN, then GHL_AGENCY_TOKEN (with --company-id or GHL_COMPANY_ID), then GHL_TOKEN, and none is set. " +
            "Export the location's own token as GHL_TOKEN_UPTOWN, the agency token as GHL_AGENCY_TOKEN, or one token for every location as GHL_TOKEN",
            Ghl.Lines(run.Stderr)[^1]);
    }

    [Fact]
    public async Task Every_location_without_a_token_is_named()
    {
        ToolRun run = await RefusedAsync(TwoLocations, new Dictionary<string, string?>());

        Assert.Equal(
            "error: no token for 2 locations: Downtown (GHL_TOKEN_DOWNTOWN), Uptown (GHL_TOKEN_UPTOWN). Looked for each one's own variable, " +
            "then GHL_AGENCY_TOKEN (with --company-id or GHL_COMPANY_ID), then GHL_TOKEN, and none is set. Export each location's own token as its variable, " +
            "the agency token as GHL_AGENCY_TOKEN, or one token for every location as GHL_TOKEN",
            Ghl.Lines(run.Stderr)[^1]);
    }

    [Theory]
    [InlineData("GHL_TOKEN_UPTOWN", "", "so that GHL_AGENCY_TOKEN or GHL_TOKEN applies")]
    [InlineData("GHL_TOKEN_UPTOWN", "  ", "so that GHL_AGENCY_TOKEN or GHL_TOKEN applies")]
    [InlineData("GHL_AGENCY_TOKEN", "", "so that GHL_TOKEN applies")]
    [InlineData("GHL_TOKEN", "\t", "")]
    public async Task A_token_variable_set_but_empty_is_refused_rather_than_passed_over(string variable, string value, string next)
    {
        // A CI secret that does not exist expands to nothing: Uptown would be read with another token than the one meant for it.
        var environment = new Dictionary<string, string?> { ["GHL_TOKEN_DOWNTOWN"] = DowntownToken, ["GHL_TOKEN"] = FakeHighLevel.Token, [variable] = value };

        ToolRun run = await RefusedAsync(TwoLocations, environment);

        Assert.Equal(
            $"error: {variable} is set but empty (as a CI secret that does not exist expands): put the token in it, or unset it{(next.Length == 0 ? "" : " " + next)}",
            Ghl.Lines(run.Stderr)[^1]);
    }

    [Fact]
    public async Task An_agency_token_without_a_company_is_a_usage_error()
    {
        ToolRun run = await RefusedAsync(TwoLocations, new Dictionary<string, string?> { ["GHL_AGENCY_TOKEN"] = FakeHighLevel.AgencyToken });

        Assert.Contains("error: GHL_AGENCY_TOKEN is set, but not the agency's company id it is exchanged with: pass --company-id ID or set GHL_COMPANY_ID", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!=Mid5LocationId000003", "the location name '!!' has no letter or digit, so it makes no class name: rename it")]
    [InlineData("downtown=Mid5LocationId000003", "the location names 'Downtown' and 'downtown' both make TriggerLinks.Downtown: rename one of them")]
    [InlineData("Locations=Mid5LocationId000003", "the location name 'Locations' would make TriggerLinks.Locations, a name TriggerLinks already uses: rename it")]
    [InlineData("Midtown=Upt5LocationId000002", "the locations 'Midtown' and 'Uptown' have the same locationId 'Upt5LocationId000002': keep one")]
    public async Task A_location_the_build_could_not_generate_is_refused(string location, string problem)
    {
        ToolRun run = await RefusedAsync(TwoLocations, OwnTokens, "pull", "--location", location);

        // The whole list: a collision, reported at each of its two locations, is said once.
        Assert.Contains($"error: the build could not generate these locations: {problem}\n", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "Über=Mid5LocationId000003", "Äber=Mid6LocationId000004" }, "the locations \"Äber\" and \"Über\" would both read their own token from GHL_TOKEN__BER")]
    [InlineData(new[] { "DownTown=Mid5LocationId000003" }, "the locations \"DownTown\" and \"Downtown\" would both read their own token from GHL_TOKEN_DOWNTOWN")]
    public async Task Names_that_make_one_token_variable_are_refused(string[] locations, string problem)
    {
        // Each makes a class of its own, so the build would take them; the token would go to the wrong location.
        ToolRun run = await RefusedAsync(TwoLocations, OwnTokens, ["pull", .. locations.SelectMany(l => new[] { "--location", l })]);

        Assert.Contains("error: " + problem + " (a name's ASCII letters and digits, upper-cased, each run of other characters as '_'): rename one of them", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=Mid5LocationId000003", "--location \"=Mid5LocationId000003\" has no name")]
    [InlineData("Midtown==Mid5LocationId000003", "--location \"Midtown==Mid5LocationId000003\" has more than one '=': write --location NAME=ID")]
    [InlineData("Mid=town=Mid5LocationId000003", "--location \"Mid=town=Mid5LocationId000003\" has more than one '='")]
    [InlineData("Midtown=not an id", "the id in --location \"Midtown=not an id\" is \"not an id\", which is not a HighLevel location id")]
    public async Task A_malformed_location_is_refused(string location, string message)
    {
        ToolRun run = await RefusedAsync(TwoLocations, OwnTokens, "pull", "--location", location);

        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_name_twice_is_refused()
    {
        ToolRun run = await RefusedAsync(TwoLocations, OwnTokens, "pull", "--location", "Downtown", "--location", "Downtown");

        Assert.Contains("error: --location \"Downtown\" is given more than once", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unusable_locations_in_the_file_are_named_with_their_line_and_column()
    {
        string broken = TwoLocations.Replace("\"name\": \"Uptown\"", "\"name\": \"Downtown\"", StringComparison.Ordinal);

        ToolRun run = await RefusedAsync(broken, OwnTokens);

        Assert.Equal(
            "error: the locations of links.snapshot.json cannot be generated (" +
            "line 5, column 15: the location names 'Downtown' and 'Downtown' both make TriggerLinks.Downtown: rename one of them; " +
            "line 23, column 15: the location names 'Downtown' and 'Downtown' both make TriggerLinks.Downtown: rename one of them): fix them by hand",
            Ghl.Lines(run.Stderr)[^1]);
    }

    [Theory]
    [InlineData("pull")]
    [InlineData("check")]
    [InlineData("pull", "--forget-history", "--location", "Downtown")]
    public async Task A_link_id_the_file_puts_in_two_locations_is_named_with_its_line_and_column_before_any_request(params string[] args)
    {
        // Uptown's history lists Downtown's live Parking link as deleted: the build refuses the file (LNK100), whatever HighLevel says.
        string broken = TwoLocations.Replace(
            "        }\n      ]\n    }\n  ]\n}\n",
            "        }\n      ],\n      \"deletedLinks\": [{ \"id\": \"DwnParking0000000001\", \"name\": \"Parking\" }]\n    }\n  ]\n}\n",
            StringComparison.Ordinal);
        Assert.NotEqual(TwoLocations, broken);

        ToolRun run = await RefusedAsync(broken, OwnTokens, args);

        Assert.Equal(
            "error: the locations of links.snapshot.json cannot be generated (line 33, column 32: the link id 'DwnParking0000000001' is in both 'Downtown' and 'Uptown', " +
            "but a HighLevel link belongs to one location: keep it in the location it belongs to, and pull that location again): fix them by hand",
            Ghl.Lines(run.Stderr)[^1]);
    }

    [Fact]
    public async Task Company_id_with_one_location_is_refused()
    {
        ToolRun run = await RefusedAsync(TestLinks.ExpectedSnapshot, Ghl.Environment(), "pull", "--company-id", FakeHighLevel.CompanyId);

        Assert.Contains("error: --company-id goes with GHL_AGENCY_TOKEN, for snapshots of many locations", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs the tool over <paramref name="snapshot"/> and checks it exited 2, asked HighLevel nothing, and left the file alone.</summary>
    private static async Task<ToolRun> RefusedAsync(string snapshot, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", snapshot);

        ToolRun run = await session.RunAsync(environment, args.Length == 0 ? ["pull"] : args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(session.Server.Requests);
        Assert.Equal(snapshot, session.Snapshot);
        Assert.Empty(run.Stdout);
        return run;
    }
}
