using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Tests.Infrastructure;
using static LinksGenerator.Tool.Tests.Agency.AgencySession;

namespace LinksGenerator.Tool.Tests.Agency;

/// <summary>
/// <c>pull</c> with a snapshot of many locations (docs/ghl-links.md, "Agencies"): which locations it reads, with which
/// token, what it writes and prints, and that it writes nothing at all when any location fails.
/// </summary>
public class AgencyPullTests
{
    [Fact]
    public async Task Two_locations_with_tokens_from_two_sources_then_a_refresh_and_a_stale_check() => await AgencyFlow.RunAsync(InProcessTool.Instance);

    [Fact]
    public async Task Pull_alone_refreshes_every_location()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.DowntownLocation.Links = [DowntownBook];
        session.UptownLocation.Links = [UptownBook with { RedirectTo = "https://acme-dental.com/uptown/book-now" }];

        ToolRun run = await session.PullAsync(OwnTokens);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "Updated links.snapshot.json: 2 locations, 2 links",
                "Updated Downtown: 1 link of location Dwn5LocationId000001 (1 deleted)",
                "  - deleted      \"Parking\" (DwnParking0000000001): TriggerLinks.Downtown.Parking stays as an error (CS0619: deleted from HighLevel); a hard-coded field of it is LNK004",
                "Updated Uptown: 1 link of location Upt5LocationId000002 (1 re-targeted)",
                "  > re-targeted  \"Book a Call\" (UptBookACall00000001): \"https://acme-dental.com/uptown/book\" -> \"https://acme-dental.com/uptown/book-now\"",
            ],
            Ghl.Lines(run.Stdout));
        Assert.Equal([Downtown, Uptown], session.Server.Requests.Select(r => r.LocationId).Order(StringComparer.Ordinal));

        // The deletion is Downtown's history, kept under Downtown only.
        var catalog = GeneratorView.Read(session.Snapshot);
        Assert.DoesNotContain(catalog.Issues, i => i.DiagnosticId != "LNK104");
        Assert.Equal(["DwnParking0000000001: Parking"], catalog.Locations[0].DeletedLinks.Select(d => $"{d.Id}: {d.TombstoneMember}"));
        Assert.Empty(catalog.Locations[1].DeletedLinks);
    }

    [Fact]
    public async Task The_same_link_in_two_locations_writes_nothing_since_the_build_could_not_use_it()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.DowntownLocation.Links = [DowntownBook];
        session.UptownLocation.Links = [DowntownBook]; // HighLevel answering one location's link for another

        ToolRun run = await session.PullAsync(OwnTokens);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains(
            "error: the link id 'DwnBookACall00000001' is in both 'Downtown' and 'Uptown', but a HighLevel link belongs to one location, so the build could not use the snapshot; nothing was written",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.Equal(TwoLocations, session.Snapshot);
    }

    [Fact]
    public async Task A_named_location_is_the_only_one_read_and_the_others_are_kept()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.DowntownLocation.Links = [DowntownBook];
        session.UptownLocation.Links = [];

        ToolRun run = await session.PullAsync(OwnTokens, "--location", "Downtown");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([Downtown], session.Server.Requests.Select(r => r.LocationId));
        Assert.Equal(["Downtown: token from GHL_TOKEN_DOWNTOWN"], Ghl.Lines(run.Stderr).Take(1));
        Assert.Equal("Updated links.snapshot.json: 2 locations, 2 links", Ghl.Lines(run.Stdout)[0]);
        Assert.Contains("\"UptBookACall00000001\"", session.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_location_is_added_to_the_others()
    {
        await using AgencySession session = await StartAsync();
        session.Server.AddLocation(Midtown, [MidtownBook], FakeHighLevel.Token);
        session.Folder.Write("links.snapshot.json", TwoLocations);

        ToolRun run = await session.PullAsync(Ghl.Environment(), "--location", $"Midtown={Midtown}");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "Updated links.snapshot.json: 3 locations, 4 links",
                "Added Midtown: 1 link of location Mid5LocationId000003",
                "  + added        \"Book a Call\" (MidBookACall00000001) -> \"https://acme-dental.com/midtown/book\"",
            ],
            Ghl.Lines(run.Stdout));
        Assert.Equal(["Midtown: token from GHL_TOKEN"], Ghl.Lines(run.Stderr).Take(1));
        var catalog = GeneratorView.Read(session.Snapshot);
        Assert.Equal(["Downtown", "Midtown", "Uptown"], catalog.Locations.Select(l => l.Name!));
        Assert.StartsWith(TwoLocations[..TwoLocations.IndexOf("    {\n      \"name\": \"Uptown\"", StringComparison.Ordinal)], session.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_location_uses_its_own_token_before_the_agency_token_and_that_before_GHL_TOKEN()
    {
        await using AgencySession session = await StartAsync();
        session.Server.AddLocation(Midtown, [MidtownBook], FakeHighLevel.Token);
        session.Folder.Write("links.snapshot.json", TwoLocations);
        var environment = new Dictionary<string, string?> { ["GHL_TOKEN_DOWNTOWN"] = DowntownToken, ["GHL_TOKEN"] = FakeHighLevel.Token };

        ToolRun run = await session.PullAsync(environment, "--location", "Downtown", "--location", "Uptown", "--location", $"Midtown={Midtown}");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            ["Downtown: token from GHL_TOKEN_DOWNTOWN", "Midtown: token from GHL_TOKEN", "Uptown: token from GHL_TOKEN"],
            Ghl.Lines(run.Stderr).Take(3));
        Assert.Equal(
            ["Bearer " + DowntownToken, "Bearer " + FakeHighLevel.Token, "Bearer " + FakeHighLevel.Token],
            session.Server.Requests.OrderBy(r => r.LocationId, StringComparer.Ordinal).Select(r => r.Headers["Authorization"]));
    }

    [Theory]
    [InlineData("Down town", "GHL_TOKEN_DOWN_TOWN")]
    [InlineData("Zoë's — 5th Ave.", "GHL_TOKEN_ZO_S_5TH_AVE_")]
    [InlineData("downtown", "GHL_TOKEN_DOWNTOWN")]
    public async Task A_location_token_variable_is_the_name_upper_cased_with_runs_of_other_characters_as_underscores(string name, string variable)
    {
        await using AgencySession session = await StartAsync();

        ToolRun run = await session.PullAsync(new Dictionary<string, string?> { [variable] = DowntownToken }, "--location", $"{name}={Downtown}");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"{name}: token from {variable}", Ghl.Lines(run.Stderr)[0]);
    }

    [Fact]
    public async Task The_agency_token_is_exchanged_once_per_location_per_run()
    {
        await using AgencySession session = await StartAsync();

        ToolRun first = await session.PullAsync(AgencyTokens, "--location", $"Downtown={Downtown}", "--location", $"Uptown={Uptown}");
        ToolRun second = await session.CheckAsync(AgencyTokens);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(2, session.Server.Exchanges(Downtown));
        Assert.Equal(2, session.Server.Exchanges(Uptown));
        Assert.Equal(TwoLocations, session.Snapshot);
        RecordedRequest exchange = session.Server.Requests.First(r => r.Method == "POST");
        Assert.Equal("/oauth/locationToken", exchange.Path);
        Assert.Equal("Bearer " + FakeHighLevel.AgencyToken, exchange.Headers["Authorization"]);
        Assert.Equal("2021-07-28", exchange.Headers["Version"]);
        Assert.Equal("application/json", exchange.Headers["Accept"]);
        Assert.Equal("application/x-www-form-urlencoded", exchange.Headers["Content-Type"]);
        Assert.Matches($"^companyId={FakeHighLevel.CompanyId}&locationId=(Dwn5LocationId000001|Upt5LocationId000002)$", exchange.Body);

        // Get Links went out with the exchanged tokens, never with the agency token.
        Assert.All(session.Server.Requests.Where(r => r.Method == "GET"), r => Assert.StartsWith("Bearer " + FakeHighLevel.ExchangedTokenPrefix, r.Headers["Authorization"], StringComparison.Ordinal));
        Assert.Equal(
            "Downtown: location token from exchanging the agency token (GHL_AGENCY_TOKEN, company Cmp7AcmeAgency000001)",
            Ghl.Lines(first.Stderr)[0]);
    }

    [Fact]
    public async Task The_company_id_option_wins_over_the_variable_and_a_wrong_company_writes_nothing()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.DowntownLocation.Links = [DowntownBook];

        ToolRun run = await session.PullAsync(AgencyTokens, "--company-id", "Cmp7OtherAgency00001");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(TwoLocations, session.Snapshot);
        Assert.Empty(run.Stdout);
        Assert.Contains(
            "error: Downtown: HighLevel refused the token exchange: 400 Bad Request (Location not found for this company). " +
            "Check the company id Cmp7OtherAgency00001 (from --company-id or GHL_COMPANY_ID) and the location id Dwn5LocationId000001 (from --location or the snapshot)",
            Ghl.Lines(run.Stderr));
        Assert.Equal("error: 2 of 2 locations failed, so links.snapshot.json is untouched: fix what is said above and run again", Ghl.Lines(run.Stderr)[^1]);
        Assert.DoesNotContain(session.Server.Requests, r => r.Method == "GET");
    }

    public static TheoryData<string, string> WrongExchangeAnswers => new()
    {
        { $"{{\"access_token\":\"xchg-for-uptown-0001\",\"locationId\":\"{Uptown}\"}}", $"the exchange answered for another location, \"{Uptown}\", not {Downtown}" },
        { $"{{\"access_token\":\"xchg-for-uptown-0001\",\"locationId\":\"xchg-for-uptown-0001\"}}", $"the exchange answered for another location than {Downtown}" }, // the token as the location: not quoted
        { $"{{\"access_token\":\"xchg-for-uptown-0001\",\"locationId\":\"a/b c\"}}", $"the exchange answered for another location than {Downtown}" }, // no location id: not quoted
        { $"{{\"access_token\":\"{FakeHighLevel.AgencyToken}\",\"locationId\":\"{Downtown}\"}}", "its \"access_token\" is the agency token itself, not a token of the location" },
        { $"{{\"access_token\":\"{FakeHighLevel.AgencyToken.ToUpperInvariant()}\",\"locationId\":\"{Downtown}\"}}", "its \"access_token\" is the agency token itself, not a token of the location" },

        // Masked as tokens, "https" and "e" would cut [redacted] into every address and word: the message asserted here whole.
        { $"{{\"access_token\":\"https\",\"locationId\":\"{Downtown}\"}}", "its \"access_token\" is too short to be a location token (under 16 characters)" },
        { $"{{\"access_token\":\"e\",\"locationId\":\"{Downtown}\"}}", "its \"access_token\" is too short to be a location token (under 16 characters)" },
    };

    [Theory]
    [MemberData(nameof(WrongExchangeAnswers))]
    public async Task An_exchange_answer_for_another_location_or_with_the_agency_token_fails_that_location(string answer, string problem)
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.Server.Behavior = async (context, _) =>
        {
            bool downtownExchange = context.Request.Method == "POST" && (await context.Request.ReadFormAsync())["locationId"] == Downtown;
            await (downtownExchange ? Respond.Body(context, HttpStatusCode.OK, "application/json", answer) : session.Server.ServeAsDocumented(context));
        };

        ToolRun run = await session.PullAsync(AgencyTokens);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Equal(TwoLocations, session.Snapshot);
        Assert.Contains($"error: Downtown: HighLevel answered 200 OK with something that is not a location token: {problem}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("xchg-for-uptown-0001", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeHighLevel.AgencyToken, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Server.Requests, r => r.Method == "GET" && r.LocationId == Downtown);
    }

    [Fact]
    public async Task An_exchange_answer_announcing_more_than_a_token_answer_holds_is_refused_without_reading_or_retrying()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.Server.Behavior = async (context, _) =>
        {
            bool downtownExchange = context.Request.Method == "POST" && (await context.Request.ReadFormAsync())["locationId"] == Downtown;
            await (downtownExchange ? Respond.Stall(context, session.Server, "{\"access_token\":\"", 1_000_000) : session.Server.ServeAsDocumented(context));
        };

        ToolRun run = await session.PullAsync(AgencyTokens, "--timeout", "1");

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Equal(TwoLocations, session.Snapshot);
        Assert.Contains(
            "error: Downtown: HighLevel answered 200 OK with something that is not a location token: it is too large. " +
            "What came back: application/json, 1000000 bytes by its Content-Length, none of them read",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.DoesNotContain("retrying", run.Stderr, StringComparison.Ordinal);
        Assert.Single(session.Server.Requests, r => r.Method == "POST" && r.LocationId == Downtown);
    }

    [Fact]
    public async Task A_location_token_exchanged_after_another_locations_links_came_back_holding_it_still_writes_nothing()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        const string LateToken = FakeHighLevel.ExchangedTokenPrefix + "uptown-late-7f3a9c1e5b2d";
        session.UptownLocation.Accept(LateToken);
        var downtownAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Downtown's links hold Uptown's token, and Uptown's exchange answers only after they came back: when Downtown's
        // answer arrives, the tool cannot know yet that it holds a token.
        session.Server.Behavior = async (context, _) =>
        {
            if (context.Request.Method == "POST" && (await context.Request.ReadFormAsync())["locationId"] == Uptown)
            {
                await downtownAnswered.Task.WaitAsync(TimeSpan.FromSeconds(30));
                await Respond.Body(context, HttpStatusCode.OK, "application/json", $"{{\"access_token\":\"{LateToken}\",\"locationId\":\"{Uptown}\"}}");
            }
            else if (context.Request.Method == "GET" && context.Request.Query["locationId"] == Downtown)
            {
                await Respond.Links(context, [DowntownBook with { Name = "Book " + LateToken }], Downtown);
                downtownAnswered.SetResult();
            }
            else
            {
                await session.Server.ServeAsDocumented(context);
            }
        };

        ToolRun run = await session.PullAsync(AgencyTokens);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Equal(TwoLocations, session.Snapshot);
        Assert.Contains(
            "error: Downtown: HighLevel's answer for location Dwn5LocationId000001 holds a token (or 8 characters or more of one) in the name of links[0]; a snapshot is committed to source control, so the run stops here and writes nothing.",
            run.Stderr,
            StringComparison.Ordinal);
        run.AssertNoPieceOf(LateToken, session.Folder);
        Assert.Contains(session.Server.Requests, r => r.Method == "GET" && r.LocationId == Uptown); // Uptown itself went through
    }

    [Fact]
    public async Task A_rejected_agency_token_is_exit_3_and_says_which_variable()
    {
        await using AgencySession session = await StartAsync();

        ToolRun run = await session.PullAsync(
            new Dictionary<string, string?> { ["GHL_AGENCY_TOKEN"] = "agency-expired-0000", ["GHL_COMPANY_ID"] = FakeHighLevel.CompanyId },
            "--location", $"Downtown={Downtown}");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error: Downtown: HighLevel rejected the agency token: 401 Unauthorized (Invalid JWT). The token in GHL_AGENCY_TOKEN is invalid or expired", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("agency-expired-0000", run.Output, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(session.Folder.SnapshotPath));
        Assert.Contains("error: 1 of 1 location failed, so nothing was written", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_location_failing_after_retries_writes_nothing_and_exits_4()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.DowntownLocation.Links = [DowntownBook];
        session.Server.Behavior = (context, _) => context.Request.Query["locationId"] == Uptown
            ? Respond.Error(context, HttpStatusCode.ServiceUnavailable, "\"Service Unavailable\"")
            : session.Server.ServeAsDocumented(context);

        ToolRun run = await session.PullAsync(OwnTokens);

        Assert.Equal(4, run.ExitCode);
        Assert.Equal(TwoLocations, session.Snapshot);
        Assert.Empty(run.Stdout);
        Assert.Equal(5, session.Server.Requests.Count(r => r.LocationId == Uptown));
        Assert.Equal(1, session.Server.Requests.Count(r => r.LocationId == Downtown));
        Assert.Contains("Uptown: 503 Service Unavailable, retrying in", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("error: Uptown: HighLevel failed: 503 Service Unavailable (5 attempts)", run.Stderr, StringComparison.Ordinal);
        Assert.Single(session.Folder.AllFiles());
    }

    [Fact]
    public async Task A_refusal_in_one_location_and_a_failure_in_another_exit_3()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.Server.Behavior = (context, _) => context.Request.Query["locationId"] == Uptown
            ? Respond.Error(context, HttpStatusCode.ServiceUnavailable, "\"Service Unavailable\"")
            : session.Server.ServeAsDocumented(context);

        ToolRun run = await session.PullAsync(new Dictionary<string, string?> { ["GHL_TOKEN_DOWNTOWN"] = "pit-wrong-downtown", ["GHL_TOKEN_UPTOWN"] = UptownToken });

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(TwoLocations, session.Snapshot);
        string[] errors = Ghl.Lines(run.Stderr).Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToArray();
        Assert.StartsWith("error: Downtown: HighLevel denied access: 403 Forbidden", errors[0], StringComparison.Ordinal);
        Assert.Contains("The token in GHL_TOKEN_DOWNTOWN lacks the links.readonly scope", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("error: Uptown: HighLevel failed: 503 Service Unavailable", errors[1], StringComparison.Ordinal);
        Assert.Equal("error: 2 of 2 locations failed, so links.snapshot.json is untouched: fix what is said above and run again", errors[2]);
    }

    [Fact]
    public async Task An_answer_with_another_locations_links_writes_nothing()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);

        // A proxy's cache mixing the two up: Uptown's request answered with Downtown's links, which say whose they are.
        session.Server.Behavior = (context, _) => context.Request.Query["locationId"] == Uptown
            ? Respond.Body(context, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson([DowntownBook], Downtown))
            : session.Server.ServeAsDocumented(context);

        ToolRun run = await session.PullAsync(OwnTokens);

        Assert.Equal(4, run.ExitCode);
        Assert.Equal(TwoLocations, session.Snapshot);
        Assert.Contains(
            Ghl.Lines(run.Stderr),
            line => line.StartsWith("error: Uptown: HighLevel answered 200 OK with something that is not a Links response: links[0] belongs to another location, \"Dwn5LocationId000001\", not Upt5LocationId000002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_more_than_four_requests_are_ever_in_flight()
    {
        await using AgencySession session = await StartAsync();
        var locations = Enumerable.Range(1, 10).Select(i => $"Loc{i:D2}Agency0000000{i:D2}"[..20]).ToList();
        foreach (string id in locations)
        {
            session.Server.AddLocation(id, [new TestLink(id[..5] + "Link000000000001", "Book a Call", "https://acme-dental.com/book")]);
        }

        session.Server.Delay = TimeSpan.FromMilliseconds(150);
        string[] args = locations.SelectMany((id, i) => new[] { "--location", $"Branch {i + 1}={id}" }).ToArray();

        ToolRun run = await session.PullAsync(AgencyTokens, args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(20, session.Server.Requests.Count);
        Assert.InRange(session.Server.MostInFlight, 2, 4);
        Assert.All(locations, id => Assert.Equal(1, session.Server.Exchanges(id)));
    }

    [Fact]
    public async Task Time_queued_behind_other_locations_requests_is_not_taken_from_a_locations_overall_bound()
    {
        await using AgencySession session = await StartAsync();
        var locations = Enumerable.Range(1, 5).Select(i => $"Branch{i}LocationId00000"[..20]).ToList();
        foreach (string id in locations)
        {
            session.Server.AddLocation(id, [new TestLink(id[..7] + "Link00000000001", "Book a Call", "https://acme-dental.com/book")], FakeHighLevel.Token);
        }

        // The first four requests fill every place in flight and take longer than a location's overall bound (3 minutes
        // on the run's clock); the fifth location's first answer, once it gets a place, is a 503 worth retrying.
        var fourInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Server.Behavior = async (context, n) =>
        {
            if (n <= RequestGate.MostInFlight)
            {
                if (n == RequestGate.MostInFlight)
                {
                    fourInFlight.SetResult();
                }

                await release.Task.WaitAsync(context.RequestAborted);
                await session.Server.ServeAsDocumented(context);
            }
            else if (n == RequestGate.MostInFlight + 1)
            {
                await Respond.Error(context, HttpStatusCode.ServiceUnavailable, "\"Service Unavailable\"");
            }
            else
            {
                await session.Server.ServeAsDocumented(context);
            }
        };
        var clock = new RecordingClock();
        string[] args = ["pull", .. locations.SelectMany((id, i) => new[] { "--location", $"Branch {i + 1}={id}" }), "--base-url", session.Server.BaseUrl];

        Task<ToolRun> pulling = InProcessTool.RunAsync(session.Folder.Path, Ghl.Environment(), clock, args);
        await fourInFlight.Task.WaitAsync(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(4));
        release.SetResult();
        ToolRun run = await pulling;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(RequestGate.MostInFlight + 2, session.Server.Requests.Count);
        Assert.Single(Ghl.Lines(run.Stderr), line => line.Contains("503 Service Unavailable, retrying in", StringComparison.Ordinal));
        run.AssertNoToken(session.Folder);
    }

    [Fact]
    public async Task History_is_kept_per_location_and_named_with_the_location_class()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);

        // Downtown renames Parking; Uptown deletes its only link. Then Uptown's link comes back.
        session.DowntownLocation.Links = [DowntownBook, DowntownParking with { Name = "Parking & Directions" }];
        session.UptownLocation.Links = [];
        ToolRun changed = await session.PullAsync(OwnTokens);
        session.UptownLocation.Links = [UptownBook];
        ToolRun restored = await session.PullAsync(OwnTokens);

        Assert.True(changed.ExitCode == 0, changed.ToString());
        Assert.Equal(
            [
                "Updated links.snapshot.json: 2 locations, 2 links",
                "Updated Downtown: 2 links of location Dwn5LocationId000001 (1 renamed)",
                "  ~ renamed      \"Parking\" -> \"Parking & Directions\" (DwnParking0000000001): TriggerLinks.Downtown.Parking -> TriggerLinks.Downtown.ParkingDirections; " +
                "Parking stays as an obsolete alias (warning CS0618)",
                "Updated Uptown: 0 links of location Upt5LocationId000002 (1 deleted)",
                "  - deleted      \"Book a Call\" (UptBookACall00000001): TriggerLinks.Uptown.BookACall stays as an error (CS0619: deleted from HighLevel); a hard-coded field of it is LNK004",
            ],
            Ghl.Lines(changed.Stdout));
        Assert.Equal(
            [
                "Updated links.snapshot.json: 2 locations, 3 links",
                "Downtown is up to date: 2 links of location Dwn5LocationId000001",
                "Updated Uptown: 1 link of location Upt5LocationId000002 (1 restored)",
                "  + restored     \"Book a Call\" (UptBookACall00000001) -> \"https://acme-dental.com/uptown/book\": TriggerLinks.Uptown.BookACall is a live constant again",
            ],
            Ghl.Lines(restored.Stdout));
        var catalog = GeneratorView.Read(session.Snapshot);
        Assert.Equal(["Parking -> ParkingDirections"], catalog.Locations[0].Aliases.Select(a => $"{a.MemberName} -> {a.TargetMember}"));
        Assert.Empty(catalog.Locations[1].Aliases);
        Assert.Empty(catalog.Locations[1].DeletedLinks);
        Assert.Contains("\"formerNames\": [\"Parking\"]", session.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_history_drops_the_history_of_the_locations_read()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        session.UptownLocation.Links = [];
        await session.PullAsync(OwnTokens);

        ToolRun forgot = await session.PullAsync(OwnTokens, "--forget-history");

        Assert.True(forgot.ExitCode == 0, forgot.ToString());
        Assert.Contains("Updated Uptown: 0 links of location Upt5LocationId000002 (no link changed)", Ghl.Lines(forgot.Stdout));
        Assert.Contains("  ! history      dropped (--forget-history): no former names or deleted links are kept", Ghl.Lines(forgot.Stdout));
        Assert.DoesNotContain("deletedLinks", session.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_history_for_some_locations_does_not_carry_on_the_broken_history_of_the_others()
    {
        await using AgencySession session = await StartAsync();
        string broken = WithBookACallFormerNames("\"Call us\"");
        session.Folder.Write("links.snapshot.json", broken);

        ToolRun some = await session.PullAsync(OwnTokens, "--forget-history", "--location", "Uptown");

        Assert.Equal(2, some.ExitCode);
        Assert.Contains("\"formerNames\" is skipped: \"formerNames\" must be an array of strings, found a string", some.Stderr, StringComparison.Ordinal);
        Assert.Equal(broken, session.Snapshot);

        // The advice names the other damaged location too: the same command again would stop again.
        Assert.Contains(
            $"Fix it by hand, or run 'ghl-links pull --forget-history --location Downtown --location Uptown --base-url {session.Server.BaseUrl}' to drop the history of those locations (their former names and deleted links)",
            some.Stderr,
            StringComparison.Ordinal);

        ToolRun all = await session.PullAsync(OwnTokens, "--forget-history");

        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.DoesNotContain("formerNames", session.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_history_for_the_locations_whose_history_is_broken_keeps_the_others_history()
    {
        await using AgencySession session = await StartAsync();
        string downtownBook = "\"name\": \"Book a Call\",\n          \"redirectTo\": \"https://acme-dental.com/downtown/book\"";
        string uptownBook = "\"name\": \"Book a Call\",\n          \"redirectTo\": \"https://acme-dental.com/uptown/book\"";
        string broken = TwoLocations
            .Replace(downtownBook, "\"name\": \"Book a Call\",\n          \"formerNames\": \"oops\",\n          \"redirectTo\": \"https://acme-dental.com/downtown/book\"", StringComparison.Ordinal)
            .Replace(uptownBook, "\"name\": \"Book a Call\",\n          \"formerNames\": [\"Call us\"],\n          \"redirectTo\": \"https://acme-dental.com/uptown/book\"", StringComparison.Ordinal);
        Assert.Equal(2, broken.Split("formerNames").Length - 1);
        session.Folder.Write("links.snapshot.json", broken);

        ToolRun uptown = await session.PullAsync(OwnTokens, "--location", "Uptown");
        ToolRun downtown = await session.PullAsync(OwnTokens, "--forget-history", "--location", "Downtown");

        Assert.Equal(2, uptown.ExitCode);
        Assert.Contains("or run 'ghl-links pull --forget-history --location Downtown --location Uptown", uptown.Stderr, StringComparison.Ordinal);
        Assert.True(downtown.ExitCode == 0, downtown.ToString());
        Assert.DoesNotContain("oops", session.Snapshot, StringComparison.Ordinal);
        Assert.Contains("\"formerNames\": [\"Call us\"]", session.Snapshot, StringComparison.Ordinal); // Uptown's, not read, kept
    }

    [Fact]
    public async Task A_name_repeated_in_the_history_of_a_location_not_read_is_written_once_too()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", WithBookACallFormerNames("[\"Call us\", \"Call us\", \"Book a Call\"]"));

        ToolRun pull = await session.PullAsync(OwnTokens, "--location", "Uptown");

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains("list 'Call us' more than once; it is kept once; this pull writes the history without the repeat", pull.Stderr, StringComparison.Ordinal);
        Assert.Contains("list its current name 'Book a Call'; that entry is ignored; this pull writes the history without the repeat", pull.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"formerNames\": [\"Call us\"]", session.Snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain(GeneratorView.Read(session.Snapshot).Issues, i => i.DiagnosticId == "LNK101");
    }

    /// <summary><see cref="TwoLocations"/> with Downtown's "Book a Call" given <paramref name="formerNamesJson"/> as its formerNames, as a hand edit would.</summary>
    private static string WithBookACallFormerNames(string formerNamesJson)
    {
        string edited = TwoLocations.Replace(
            "\"name\": \"Book a Call\",\n",
            "\"name\": \"Book a Call\",\n          \"formerNames\": " + formerNamesJson + ",\n",
            StringComparison.Ordinal);
        Assert.NotEqual(TwoLocations, edited);
        return edited;
    }

    [Fact]
    public async Task Answers_that_fit_one_by_one_but_not_together_write_nothing()
    {
        long downtown = System.Text.Encoding.UTF8.GetByteCount(TestLinks.ResponseJson([DowntownParking, DowntownBook], Downtown));
        long uptown = System.Text.Encoding.UTF8.GetByteCount(TestLinks.ResponseJson([UptownBook], Uptown));
        var tool = new InProcessTool { LinksAnswersLimit = Math.Max(downtown, uptown) };
        await using AgencySession session = await StartAsync(tool);
        session.Folder.Write("links.snapshot.json", TwoLocations);

        ToolRun downtownAlone = await session.PullAsync(OwnTokens, "--location", "Downtown");
        ToolRun uptownAlone = await session.PullAsync(OwnTokens, "--location", "Uptown");
        ToolRun both = await session.PullAsync(OwnTokens);

        Assert.True(downtownAlone.ExitCode == 0, downtownAlone.ToString());
        Assert.True(uptownAlone.ExitCode == 0, uptownAlone.ToString());
        Assert.Equal(4, both.ExitCode);
        Assert.Contains($"with more than the tool takes: with it the answers of this run add up to more than {Math.Max(downtown, uptown)} bytes, more than a snapshot may hold", both.Stderr, StringComparison.Ordinal);
        Assert.Contains("pull fewer locations into one snapshot", both.Stderr, StringComparison.Ordinal);
        Assert.Equal("error: 1 of 2 locations failed, so links.snapshot.json is untouched: fix what is said above and run again", Ghl.Lines(both.Stderr)[^1]);
        Assert.Equal(TwoLocations, session.Snapshot);
    }

    [Fact]
    public async Task A_location_token_that_carries_the_location_id_masks_neither_the_id_nor_refuses_links_sharing_it()
    {
        await using AgencySession session = await StartAsync();
        session.Folder.Write("links.snapshot.json", TwoLocations);
        const string CarryingToken = FakeHighLevel.ExchangedTokenPrefix + "for-" + Downtown;
        session.DowntownLocation.Accept(CarryingToken);
        session.DowntownLocation.Links = [DowntownBook, new TestLink(Downtown + "Ab", "Shares the location id", "https://acme-dental.com/downtown/x")];
        session.Server.Behavior = async (context, _) =>
        {
            bool downtownExchange = context.Request.Method == "POST" && (await context.Request.ReadFormAsync())["locationId"] == Downtown;
            await (downtownExchange
                ? Respond.Body(context, HttpStatusCode.OK, "application/json", $"{{\"access_token\":\"{CarryingToken}\",\"locationId\":\"{Downtown}\"}}")
                : session.Server.ServeAsDocumented(context));
        };

        ToolRun run = await session.PullAsync(AgencyTokens);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Updated Downtown: 2 links of location {Downtown}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"\"id\": \"{Downtown}Ab\"", session.Snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("[redacted]", run.Output, StringComparison.Ordinal);
    }
}
