using System;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Configuration;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>What reaches HighLevel: exactly the documented request, at the right URL, and nothing when the input is bad.</summary>
public class RequestTests
{
    private static readonly string[] ExpectedHeaders = ["Accept", "Authorization", "Host", "User-Agent", "Version"];

    [Fact]
    public async Task The_server_sees_exactly_the_documented_headers_and_query()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 0, run.ToString());
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/links/", request.Path);
        Assert.Equal("?locationId=ve9EPM428h8vShlRW1KT", request.Query);
        Assert.Equal("Bearer " + FakeHighLevel.Token, request.Headers["Authorization"]);
        Assert.Equal("2021-07-28", request.Headers["Version"]);
        Assert.Equal("application/json", request.Headers["Accept"]);

        // The exact packed version is checked against the installed tool; here, its shape and numbers.
        string version = typeof(ToolHost).Assembly.GetName().Version!.ToString(3);
        Assert.Matches(@"^ghl-links/[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$", request.Headers["User-Agent"]);
        Assert.StartsWith("ghl-links/" + version, request.Headers["User-Agent"], StringComparison.Ordinal);

        // Nothing else: no cookies, no compression negotiation, no stray custom headers.
        Assert.Equal(
            ExpectedHeaders,
            request.Headers.Keys.Order(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task A_base_url_with_a_path_prefix_keeps_the_prefix(string trailing)
    {
        await using var server = await FakeHighLevel.StartAsync("/proxy/highlevel");
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(),
            "pull", "--location-id", FakeHighLevel.Location, "--base-url", server.BaseUrl + trailing);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("/proxy/highlevel/links/", Assert.Single(server.Requests).Path);
        Assert.Equal(TestLinks.FirstSnapshot, folder.ReadText());
    }

    [Theory]
    [InlineData("ftp://services.leadconnectorhq.com", "is not an http or https URL")]
    [InlineData("services.leadconnectorhq.com", "is not an http or https URL")]
    [InlineData("https://services.leadconnectorhq.com/?x=1", "has a query or fragment")]
    [InlineData("https://admin:s3cret-pass@services.leadconnectorhq.com", "must not contain a user name or password")]
    [InlineData("http://admin:s3cret-pass@127.0.0.1:noport/x", "--base-url \"http://…@127.0.0.1:noport/x\" is not an http or https URL")]
    [InlineData("http://user:s3cret-pass/x@127.0.0.1/", "--base-url \"http://…@127.0.0.1/\" is not an http or https URL")]
    [InlineData("http://user:s3c#ret-pass@127.0.0.1/", "--base-url \"http://…@127.0.0.1/\"")]
    [InlineData("http:/\\user:s3cret-pass@127.0.0.1/", "--base-url must not contain a user name or password")]
    [InlineData("x:/\\user:s3cret-pass@127.0.0.1/", "--base-url \"…@127.0.0.1/\" is not an http or https URL")]
    [InlineData("https://services.leadconnectorhq.com/?api_key=s3cret-pass", "--base-url \"https://services.leadconnectorhq.com/?…\" has a query or fragment")]
    [InlineData("http://0.0.0.0:8080", "names 0.0.0.0, an address servers listen on, not one to connect to")]
    [InlineData("http://[::]:8080/highlevel", "names [::], an address servers listen on, not one to connect to")]
    [InlineData("http://[::ffff:0.0.0.0]:8080", "an address servers listen on, not one to connect to")]
    public async Task A_bad_base_url_is_a_usage_error_before_any_request(string baseUrl, string expected)
    {
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(),
            "pull", "--location-id", FakeHighLevel.Location, "--base-url", baseUrl);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pass", run.Output, StringComparison.Ordinal);
        Assert.Empty(folder.AllFiles());
    }

    [Theory]
    [InlineData("ve9EPM428h8vShlRW1KT&admin=1")]
    [InlineData("ve9EPM428h8vShlRW1KT/../x")]
    [InlineData("   ")]
    public async Task A_location_id_that_is_not_an_id_is_refused_before_any_request(string locationId)
    {
        var (run, requests, _) = await Ghl.OnceAsync(null, Ghl.Environment(), "pull", "--location-id", locationId);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--location-id is", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("not a HighLevel location id", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(requests);
    }

    [Theory]
    [InlineData("https://services.leadconnectorhq.com", false)]
    [InlineData("http://127.0.0.1:5000/ghl", false)]
    [InlineData("http://localhost:8080", false)]
    [InlineData("http://highlevel-proxy.internal", true)]
    public void Plain_http_to_another_machine_is_flagged(string baseUrl, bool flagged) =>
        Assert.Equal(flagged, ApiEndpoint.Parse(baseUrl).SendsTokenInClearText);

    [Fact]
    public void The_links_url_appends_to_the_base_path()
    {
        Assert.Equal("https://services.leadconnectorhq.com/links/?locationId=abc", ApiEndpoint.Parse("https://services.leadconnectorhq.com").LinksUri("abc").ToString());
        Assert.Equal("https://proxy.example.com/a/b/links/?locationId=abc", ApiEndpoint.Parse("https://proxy.example.com/a/b").LinksUri("abc").ToString());
        Assert.Equal("https://proxy.example.com/a/b/links/?locationId=abc", ApiEndpoint.Parse("https://proxy.example.com/a/b/").LinksUri("abc").ToString());
    }
}
