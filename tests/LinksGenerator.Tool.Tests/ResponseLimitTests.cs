using System;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// How much of a Links response the tool holds: all of it up to the limit, whether or not the server announces the
/// length; past the limit, nothing is parsed or written, and an answer that announces more is not read at all. The
/// limit is lowered here rather than 64 MiB sent.
/// </summary>
public class ResponseLimitTests
{
    private const int OneMiB = 1024 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_links_response_over_the_limit_is_refused_and_the_snapshot_stays(bool announcesLength)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        string body = TestLinks.ResponseJson(TestLinks.Many(5_000));
        Assert.True(Encoding.UTF8.GetByteCount(body) > OneMiB);

        ToolRun run = await PullAsync(server, folder, body, announcesLength, limit: OneMiB);

        Assert.Equal(4, run.ExitCode);
        int length = Encoding.UTF8.GetByteCount(body);
        Assert.Contains(
            announcesLength
                ? $"error: HighLevel answered 200 OK with more than the tool takes: its Content-Length announces {length} bytes, more than 1 MiB, the most the tool reads. " +
                  $"What came back: application/json; charset=utf-8, {length} bytes by its Content-Length, none of them read. "
                : "error: HighLevel answered 200 OK with more than the tool takes: it is larger than 1 MiB, the most the tool reads. " +
                  $"What came back: application/json; charset=utf-8, at least {OneMiB + 1} bytes: \"{{\\\"links\\\":[{{",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "A snapshot holds at most 256 MiB (the build would not read a larger one), and 10,000 links are a few MB: " +
            "check that --base-url leads to HighLevel's Links API",
            Ghl.Lines(run.Stderr)[^1],
            StringComparison.Ordinal); // and not to pull fewer locations: this run reads one
        Assert.Single(server.Requests);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        Assert.Single(folder.AllFiles());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_links_response_of_exactly_the_limit_is_read_and_one_byte_less_is_not(bool announcesLength)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        string body = TestLinks.ResponseJson(TestLinks.Many(1_000));
        int length = Encoding.UTF8.GetByteCount(body);

        ToolRun fits = await PullAsync(server, folder, body, announcesLength, limit: length);
        string written = folder.ReadText();
        ToolRun over = await PullAsync(server, folder, body, announcesLength, limit: length - 1);

        Assert.True(fits.ExitCode == 0, fits.ToString());
        Assert.Contains("Created links.snapshot.json: 1000 links of location ve9EPM428h8vShlRW1KT", fits.Stdout, StringComparison.Ordinal);
        GeneratorView.AssertClean(written, 1_000);
        Assert.Equal(4, over.ExitCode);
        Assert.Contains(
            announcesLength ? $"its Content-Length announces {length} bytes, more than {length - 1} bytes, the most the tool reads" : $"it is larger than {length - 1} bytes, the most the tool reads",
            over.Stderr,
            StringComparison.Ordinal);
        Assert.Equal(written, folder.ReadText());
    }

    /// <summary>
    /// An answer whose Content-Length alone says it is over the limit is refused at once, none of its body read: read, a
    /// body that never comes would be a timeout, retried with the token sent again, and one that does come thrown away.
    /// The server here sends the start of the body and then nothing, as a misbehaving one would.
    /// </summary>
    [Theory]
    [InlineData(OneMiB + 1L)]
    [InlineData(100_000_000_000L)]
    public async Task A_links_response_announcing_more_than_the_limit_is_refused_without_reading_or_retrying(long announced)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        server.Behavior = (context, _) => Respond.Stall(context, server, "{\"links\":[", announced);

        var tool = new InProcessTool { LinksResponseLimit = OneMiB };
        ToolRun run = await tool.RunAsync(folder.Path, Ghl.Environment(), "pull", "--location-id", FakeHighLevel.Location, "--base-url", server.BaseUrl, "--timeout", "1");

        run.AssertNoToken(folder);
        Assert.Equal(4, run.ExitCode);
        Assert.Contains(
            $"error: HighLevel answered 200 OK with more than the tool takes: its Content-Length announces {announced} bytes, more than 1 MiB, the most the tool reads. " +
            $"What came back: application/json, {announced} bytes by its Content-Length, none of them read. A snapshot holds at most 256 MiB",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.DoesNotContain("retrying", run.Stderr, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        Assert.Single(folder.AllFiles());
    }

    /// <summary>
    /// A pull with the tool's limit at <paramref name="limit"/> bytes, from a server answering <paramref name="body"/>
    /// with a Content-Length, or in chunks without one.
    /// </summary>
    private static async Task<ToolRun> PullAsync(FakeHighLevel server, TempFolder folder, string body, bool announcesLength, int limit)
    {
        server.Behavior = (context, _) => announcesLength
            ? Respond.Body(context, HttpStatusCode.OK, "application/json; charset=utf-8", body)
            : Respond.Chunked(context, HttpStatusCode.OK, "application/json; charset=utf-8", body);

        var tool = new InProcessTool { LinksResponseLimit = limit };
        ToolRun run = await tool.RunAsync(folder.Path, Ghl.Environment(), "pull", "--location-id", FakeHighLevel.Location, "--base-url", server.BaseUrl);
        run.AssertNoToken(folder);
        return run;
    }
}
