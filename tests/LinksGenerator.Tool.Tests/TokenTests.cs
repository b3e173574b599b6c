using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>The token: read from the environment, explained when missing or malformed, and never shown.</summary>
public class TokenTests
{
    private const string TooShort = "error: GHL_TOKEN is too short to be a HighLevel token";
    private const string OnlyBearer = "error: GHL_TOKEN holds only the word 'Bearer': export the token itself as GHL_TOKEN";
    private const string OnlyQuotes = "error: GHL_TOKEN holds only quotes: export the token itself as GHL_TOKEN";

    [Fact]
    public async Task A_missing_token_says_how_to_get_one_and_sends_nothing()
    {
        var (run, requests, snapshot) = await Ghl.OnceAsync(TestLinks.PreviousSnapshot, new Dictionary<string, string?>(), "pull");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: GHL_TOKEN is not set: create a Private Integration Token in HighLevel (Settings > Private Integrations) with the links.readonly scope " +
            "(or use a sub-account OAuth access token) and export it as GHL_TOKEN",
            Ghl.Lines(run.Stderr)[^1]);
        Assert.Empty(requests);
        Assert.Equal(TestLinks.PreviousSnapshot, snapshot);
    }

    [Fact]
    public async Task An_empty_token_is_called_empty()
    {
        var (run, requests, _) = await PullWithToken("  ");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: GHL_TOKEN is empty: create a Private Integration Token", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    [Theory]
    [InlineData("e", TooShort)]
    [InlineData("Bearer tok", TooShort)]
    [InlineData("pit-0123456789a", TooShort)]
    [InlineData("Bearer ", OnlyBearer)]
    [InlineData("  bearer\n", OnlyBearer)]
    [InlineData("Bearer  ", OnlyBearer)]
    [InlineData("\"\"", OnlyQuotes)] // a .env file's GHL_TOKEN=""
    [InlineData(" ' ' ", OnlyQuotes)]
    public async Task A_value_that_is_no_token_is_refused_with_its_reason_and_sends_nothing(string token, string expected)
    {
        var (run, requests, _) = await PullWithToken(token);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    [Fact]
    public async Task Token_env_reads_another_variable_and_names_it_in_errors()
    {
        var environment = new Dictionary<string, string?> { ["ACME_GHL_TOKEN"] = FakeHighLevel.Token };

        var (works, _, _) = await Ghl.OnceAsync(null, environment, "pull", "--location-id", FakeHighLevel.Location, "--token-env", "ACME_GHL_TOKEN");
        var (missing, requests, _) = await Ghl.OnceAsync(null, environment, "pull", "--location-id", FakeHighLevel.Location, "--token-env", "OTHER_TOKEN");

        Assert.True(works.ExitCode == 0, works.ToString());
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("OTHER_TOKEN is not set", missing.Stderr, StringComparison.Ordinal);
        Assert.Contains("export it as OTHER_TOKEN", missing.Stderr, StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    [Theory]
    [InlineData("\"" + FakeHighLevel.Token + "\"")]
    [InlineData(" '" + FakeHighLevel.Token + "'\n")]
    [InlineData("\"Bearer " + FakeHighLevel.Token + "\"")]
    public async Task Quotes_around_the_token_as_a_dotenv_file_writes_them_are_not_sent(string value)
    {
        var (run, requests, _) = await PullWithToken(value);

        Assert.True(run.ExitCode == 0, run.ToString()); // the server takes "Bearer <token>" and nothing else
        Assert.Single(requests);
    }

    [Theory]
    [InlineData("pit-6f1c2b9e-4d7a 4c1e-9b3f-0a5d8e7c6b42")]
    [InlineData("pit-6f1c2b9e-4d7a\n4c1e-9b3f-0a5d8e7c6b42")]
    [InlineData("pit-6f1c2b9e-4d7a-4c1e-9b3f-0a5d8e7c6b4é")]
    public async Task A_token_that_cannot_be_a_header_is_refused_without_being_shown(string token)
    {
        var (run, requests, _) = await PullWithToken(token);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("GHL_TOKEN contains a character that cannot be sent in an HTTP header", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("4c1e", run.Output, StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    [Theory]
    [InlineData("pull")]
    [InlineData("check")]
    public async Task A_token_pasted_into_a_link_is_never_written_and_never_shown(string command)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        byte[] before = session.Folder.Read();
        session.Links = [.. TestLinks.Current, new TestLink("pStdTkn0AriwEnFrGh3t", "oops " + FakeHighLevel.Token, "https://x.example/")];

        ToolRun run = command == "pull" ? await session.PullAsync() : await session.CheckAsync();

        Assert.Equal(4, run.ExitCode);
        Assert.Contains(
            "error: HighLevel's answer for location ve9EPM428h8vShlRW1KT holds a token (or 8 characters or more of one) in the name of links[5]; a snapshot is committed to source control, so the run stops here and writes nothing.",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.Equal(before, session.Folder.Read()); // and the session asserts the token is in no output and no file
    }

    [Theory]
    [InlineData("https://x.example/?t=6f1c2b9e-4d7a-4c")] // 17 characters of the token: masked on the screen, so never in the file
    [InlineData("https://x.example/?t=%70%69%74%2D%36%66%31%63%32%62%39%65")] // percent-encoded
    [InlineData("https://x.example/?t=&#112;&#105;&#116;-6f1c&#x32;b9e")] // character references
    [InlineData("https://x.example/?t=cGl0LTZmMWMyYjllLTRkN2EtNGMxZS05YjNmLTBhNWQ4ZTdjNmI0Mg==")] // base64
    [InlineData("https://x.example/?auth=QmVhcmVyIHBpdC02ZjFjMmI5ZS00ZDdhLTRjMWUtOWIzZi0wYTVkOGU3YzZiNDI")] // base64url of "Bearer <token>"
    [InlineData("https://x.example/?t=7069742d36663163326239652d346437612d346331652d396233662d306135643865376336623432")] // hexadecimal
    [InlineData("https://x.example/?t=cGl0LTZmMWMyYjllLTRkN2Et")] // base64 cut short: 18 of the token's characters
    [InlineData("https://x.example/?t=7069742d36663163326239")] // hexadecimal cut short: 11 characters
    [InlineData("https://x.example/?t=70-69-74-2D-36-66-31-63")] // a byte at a time, cut at 8 characters
    [InlineData("https://x.example/?t=4d7a_4c1e_9b3f")] // with '_' for its '-'
    [InlineData("https://x.example/?t=pit6f1c2b9e")] // without them
    [InlineData("https://x.example/?code=pit-6f1%20c2b9e-4%20d7a-4c1%20e-9b3f-")] // in pieces of 7 with encoded spaces between
    [InlineData("https://x.example/?t=pit-6f1 c2b9e-4 d7a-4c1")] // with spaces between
    public async Task A_piece_or_an_encoded_form_of_the_token_in_a_link_is_refused_like_the_token(string redirectTo)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        byte[] before = session.Folder.Read();
        session.Links = [.. TestLinks.Current, new TestLink("pStdTkn0AriwEnFrGh3t", "Pasted", redirectTo)];

        ToolRun run = await session.PullAsync();

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("holds a token (or 8 characters or more of one) in the redirectTo of links[5]", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, session.Folder.Read());
    }

    [Theory]
    [InlineData("https://shop.example/offer?jwt=" + SignedOffer, 0)] // another JWT: it shares only the start every JWT signed the same way has
    [InlineData("https://shop.example/offer?sig=" + "Q2hhbmdlTWVQbGVh", 4)] // a run of the token's signature
    [InlineData("https://shop.example/offer?t=" + OAuthToken, 4)]
    public async Task The_start_every_JWT_shares_is_no_piece_of_an_OAuth_token(string redirectTo, int exitCode)
    {
        // An OAuth access token is a JWT, whose header ({"alg":"HS256","typ":"JWT"}) and the "eyJ" its payload starts with
        // are those of every JWT signed the same way: a link carrying a signed offer is not a link holding the token.
        const string Location = "Jwt5LocationId000001";
        await using FakeHighLevel server = await FakeHighLevel.StartAsync();
        server.AddLocation(Location, [new TestLink("OfferLinkId000000001", "Signed offer", redirectTo)], OAuthToken);
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, Ghl.Environment(("GHL_TOKEN", OAuthToken)), "pull", "--location-id", Location);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Equal(exitCode == 0, System.IO.File.Exists(folder.SnapshotPath));
        Assert.DoesNotContain(OAuthToken.Split('.')[1][4..], run.Output, StringComparison.Ordinal);
    }

    private const string OAuthToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdXRoQ2xhc3MiOiJMb2NhdGlvbiIsImF1dGhDbGFzc0lkIjoiSnd0NUxvY2F0aW9uSWQwMDAwMDEifQ.Q2hhbmdlTWVQbGVhc2VJdElzQVNpZ25hdHVyZQ";

    private const string SignedOffer = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJvZmZlciI6InN1bW1lci0yMDI2In0.T2ZmZXJTaWduYXR1cmVOb3RUaGVUb2tlbg";

    [Fact]
    public async Task Surrounding_whitespace_and_a_pasted_bearer_prefix_are_dropped()
    {
        var (run, requests, _) = await PullWithToken("  Bearer " + FakeHighLevel.Token + "\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Bearer " + FakeHighLevel.Token, Assert.Single(requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_by_the_server_and_explained()
    {
        var (run, _, _) = await PullWithToken("pit-00000000-expired");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("HighLevel rejected the token: 401 Unauthorized (Invalid token: access token is invalid)", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("pit-00000000-expired", run.Output, StringComparison.Ordinal);
    }

    private static Task<OneRun> PullWithToken(string token) =>
        Ghl.OnceAsync(null, Ghl.Environment(("GHL_TOKEN", token)), "pull", "--location-id", FakeHighLevel.Location);
}
