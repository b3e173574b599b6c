using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>Retries beyond the scenario table: HTTP-date waits, the overall bound, real timeouts, backoff.</summary>
public class RetryTests
{
    [Fact]
    public async Task Retry_after_as_an_http_date_is_waited_for()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        var clock = new RecordingClock();
        server.Behavior = (context, n) => n == 1
            ? Respond.TooManyRequests(context, retryAfter: Respond.HttpDate(clock.GetUtcNow().AddSeconds(7)), intervalMilliseconds: null)
            : server.ServeAsDocumented(context);

        ToolRun run = await Ghl.RunAsync(folder, server, Ghl.Environment(), clock, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 0, run.ToString());
        TimeSpan wait = Assert.Single(run.Waits);
        Assert.InRange(wait, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8));
        Assert.Contains("429 Too Many Requests, retrying in 7", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interval_header_sets_the_least_wait_even_when_retry_after_asks_less()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        server.Behavior = (context, n) => n == 1 ? Respond.TooManyRequests(context, retryAfter: "2", intervalMilliseconds: 6500) : server.ServeAsDocumented(context);

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(Assert.Single(run.Waits) >= TimeSpan.FromMilliseconds(6500), run.ToString());
    }

    [Fact]
    public async Task A_wait_past_the_overall_limit_is_not_waited_for()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        server.Behavior = (context, _) => Respond.TooManyRequests(context, retryAfter: "600");

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.Equal(4, run.ExitCode);
        Assert.Single(server.Requests);
        Assert.Empty(run.Waits);
        Assert.Contains(
            "error: HighLevel answered 429 Too Many Requests: its burst limit (100 requests per 10 seconds per app and location) is being used up, " +
            "perhaps by other integrations of this location. Run again after the wait it asks for. " +
            "Stopped retrying: HighLevel asked to wait 10 min (Retry-After), longer than this run's overall limit of 3 min",
            run.Stderr,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("1000000000")] // 31 years: parsed, then cut to the longest wait the tool takes a header to ask for
    [InlineData("99999999999999999999999")]
    public async Task A_wait_too_long_for_a_number_is_not_waited_for_either(string retryAfter)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        server.Behavior = (context, _) => Respond.TooManyRequests(context, retryAfter: retryAfter);

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.Equal(4, run.ExitCode);
        Assert.Single(server.Requests);
        Assert.Empty(run.Waits);
        Assert.Contains("Stopped retrying: HighLevel asked to wait a year or more (Retry-After), longer than this run's overall limit of 3 min", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_waits_stop_at_the_overall_limit()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        server.Behavior = (context, _) =>
        {
            context.Response.Headers.RetryAfter = "50";
            return Respond.Error(context, HttpStatusCode.ServiceUnavailable, "\"Service Unavailable\"");
        };

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        // Attempts at 0, ~50, ~100 and ~150 s; a fifth would need another 50 s of a 180 s bound.
        Assert.Equal(4, run.ExitCode);
        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(3, run.Waits.Count);
        Assert.All(run.Waits, w => Assert.True(w >= TimeSpan.FromSeconds(50)));
        Assert.Matches(
            @"\(4 attempts\)\. The fault is on HighLevel's side \(or a proxy's\): try again later\. Stopped retrying: HighLevel asked to wait 50 s \(Retry-After\), and (2\d|30) s is left of this run's overall limit of 3 min: no time for another attempt after it",
            run.Stderr);
    }

    [Fact]
    public async Task A_longer_timeout_raises_the_overall_limit()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        server.Behavior = (context, _) => Respond.TooManyRequests(context, retryAfter: "600");

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--timeout", "1000");

        // Twice --timeout is 2000 s: room for three waits of 10 minutes (at 0, ~600, ~1200 s), not for a fourth.
        Assert.Equal(4, run.ExitCode);
        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(3, run.Waits.Count);
        Assert.Contains("overall limit of 33 min 20 s", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_retried_and_can_succeed()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        server.Behavior = (context, n) => n == 1 ? Respond.Hang(context, server) : server.ServeAsDocumented(context);

        // Real time: long enough that the second attempt cannot time out on a busy machine.

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location, "--timeout", "3");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("no answer within 3 s, retrying in", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(TestLinks.FirstSnapshot, folder.ReadText());
    }

    [Fact]
    public async Task An_unreachable_server_is_retried_then_reported()
    {
        int closedPort = ClosedPort();
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(),
            "pull", "--location-id", FakeHighLevel.Location, "--base-url", $"http://127.0.0.1:{closedPort}");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal(4, run.Waits.Count);
        Assert.Contains($"could not get the links from http://127.0.0.1:{closedPort}/links/?locationId=ve9EPM428h8vShlRW1KT: could not connect to 127.0.0.1:{closedPort}", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("(5 attempts)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_takes_the_connection_is_retried_then_reported()
    {
        // A listener whose queue of connections not yet accepted is full: the system drops further connection requests,
        // so opening one hangs, as it does at a firewall that drops packets.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var fillers = new List<Socket>();
        try
        {
            while (true)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                fillers.Add(filler);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                try
                {
                    await filler.ConnectAsync(IPAddress.Loopback, port, wait.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                Assert.True(fillers.Count < 100, "the listener's queue never filled up");
            }

            using var folder = new TempFolder();
            ToolRun run = await new InProcessTool { ConnectTimeout = TimeSpan.FromMilliseconds(300) }.RunAsync(folder.Path, Ghl.Environment(),
                "pull", "--location-id", FakeHighLevel.Location, "--base-url", $"http://127.0.0.1:{port}", "--timeout", "60");

            // The handler's connect timeout, well within the attempt's 60 s: a failure to connect, retried, not a crash.
            Assert.Equal(4, run.ExitCode);
            Assert.Equal(4, run.Waits.Count);
            Assert.Contains($"could not get the links from http://127.0.0.1:{port}/links/?locationId=ve9EPM428h8vShlRW1KT: could not connect to 127.0.0.1:{port}", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("(5 attempts)", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("unexpected", run.Stderr, StringComparison.Ordinal);
            Assert.Empty(folder.AllFiles());
        }
        finally
        {
            fillers.ForEach(f => f.Dispose());
        }
    }

    [Fact]
    public async Task Backoff_grows_exponentially_between_attempts()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        server.Behavior = (context, _) => Respond.Error(context, HttpStatusCode.BadGateway, "\"Bad Gateway\"");

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        // Jitter is fixed at the middle of its range in-process: 3/4 of 1, 2, 4, 8 s.
        Assert.Equal([0.75, 1.5, 3, 6], run.Waits.Select(w => w.TotalSeconds));
        Assert.Equal(4, Ghl.Lines(run.Stderr).Count(l => l.StartsWith("502 Bad Gateway, retrying in ", StringComparison.Ordinal)));
        Assert.Contains("502 Bad Gateway, retrying in 6 s (attempt 5/5)", run.Stderr, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
