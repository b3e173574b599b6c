using System;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// A server that reads each request and closes the connection without answering: each of the tool's attempts must be
/// one request on the wire (docs/ghl-links.md: up to 5 attempts), not one per retry of the HTTP stack beneath them,
/// each carrying the token again.
/// </summary>
public class SilentServerTests
{
    [Fact]
    public async Task Each_attempt_at_Get_Links_sends_one_request()
    {
        await using var server = await SilentServer.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), "pull", "--base-url", server.BaseUrl);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.True(server.RequestLines.Count == 5, $"{server.RequestLines.Count} requests for 5 attempts; {run}");
        Assert.All(server.RequestLines, line => Assert.StartsWith("GET /links/?locationId=ve9EPM428h8vShlRW1KT ", line, StringComparison.Ordinal));
        Assert.Contains("the server closed the connection without an answer (5 attempts)", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
    }

    [Fact]
    public async Task Each_attempt_at_the_token_exchange_sends_one_request()
    {
        await using var server = await SilentServer.StartAsync();
        using var folder = new TempFolder();
        var environment = Ghl.Environment(("GHL_AGENCY_TOKEN", FakeHighLevel.AgencyToken), ("GHL_COMPANY_ID", FakeHighLevel.CompanyId));

        ToolRun run = await InProcessTool.RunAsync(folder.Path, environment, new RecordingClock(), "pull", "--location", "Downtown=ve9EPM428h8vShlRW1KT", "--base-url", server.BaseUrl);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.True(server.RequestLines.Count == 5, $"{server.RequestLines.Count} requests for 5 attempts; {run}");
        Assert.All(server.RequestLines, line => Assert.StartsWith("POST /oauth/locationToken ", line, StringComparison.Ordinal));
        Assert.Contains("(5 attempts)", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(folder.AllFiles());
    }

    [Fact]
    public async Task A_status_line_that_is_not_HTTP_is_quoted_with_its_control_characters_escaped()
    {
        // The HTTP stack's message quotes the line it refused; the server chose its bytes, a terminal escape among them.
        await using var server = await SilentServer.StartAsync("HTTP/1.1 2\u001b[2J00 OK\r\nContent-Length: 0\r\n\r\n"u8.ToArray());
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), "pull", "--base-url", server.BaseUrl);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("answered something that is not valid HTTP", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("(Received an invalid status code: '2\\u001b[')", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Stdout + run.Stderr);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
    }

    [Fact]
    public async Task A_switch_to_another_protocol_fails_at_once_without_waiting_for_a_body_that_never_ends()
    {
        // After a 101 the connection carries another protocol, which does not end: reading it as the answer's body would
        // only wait for the attempt's timeout, and then report a slow answer.
        await using var server = await SilentServer.StartAsync("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"u8.ToArray(), keepOpen: true);
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), "pull", "--base-url", server.BaseUrl);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("101 Switching Protocols", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("it switches to another protocol instead of answering", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("timed out", run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
    }

    [Fact]
    public async Task A_body_whose_framing_is_not_HTTP_fails_at_once_without_sending_the_token_again()
    {
        // A chunk size that is no number: the same server would frame it the same way on every attempt.
        await using var server = await SilentServer.StartAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n"u8.ToArray());
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), "pull", "--base-url", server.BaseUrl);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Single(server.RequestLines);
        Assert.Contains("the body of the answer is not valid HTTP", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
    }

    [Theory]
    [InlineData("Authorization: Bearer {0}\r\n")]
    [InlineData("{0}\r\n")]
    public async Task A_token_echoed_where_a_chunk_belongs_is_masked_in_the_bytes_dotnet_quotes(string chunkLine)
    {
        // .NET names a malformed chunk by its bytes, in hexadecimal joined by '-': the echoed header would be the token, spelled out.
        string answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, chunkLine, FakeHighLevel.Token);
        await using var server = await SilentServer.StartAsync(System.Text.Encoding.ASCII.GetBytes(answer));
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), "pull", "--base-url", server.BaseUrl);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("the body of the answer is not valid HTTP", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("[redacted]", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(BitConverter.ToString(System.Text.Encoding.ASCII.GetBytes(FakeHighLevel.Token))[..23], run.Output, StringComparison.OrdinalIgnoreCase);
        run.AssertNoToken(folder);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
    }
}
