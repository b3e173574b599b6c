using System;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Sends one request to HighLevel's API and says how it ended. One <see cref="HttpClient"/> and one
/// <see cref="RequestGate"/> for the whole run; every way an attempt can end, including a timeout or a broken
/// connection, comes back as an <see cref="AttemptResult"/>. What a success means is the caller's to read.
/// </summary>
internal sealed class HighLevelHttp : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly RequestGate _gate = new();

    /// <param name="handler">How connections are made: <see cref="ToolHost.CreateHttpHandler"/> (tests set its connect timeout).</param>
    /// <param name="clock">The clock rate-limit dates are read against.</param>
    public HighLevelHttp(HttpMessageHandler handler, TimeProvider clock)
    {
        // Attempts are bounded by their own cancellation (see AttemptAsync); HttpClient's single timeout would be a
        // second, conflicting bound.
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(ToolVersion.UserAgent);
        _clock = clock;
    }

    /// <summary>
    /// One attempt: <paramref name="request"/> sent, the response headers and the whole body read (by
    /// <paramref name="readSuccess"/> for a 2xx), all within the time <paramref name="timeout"/> gives. It is asked once
    /// the gate lets the request go, so that a caller with an overall bound (<see cref="RetryingFetcher"/>) can leave out
    /// the time spent queued behind other locations' requests.
    /// </summary>
    public Task<AttemptResult> AttemptAsync(
        Func<HttpRequestMessage> request,
        Func<HttpResponseMessage, CancellationToken, Task<AttemptResult>> readSuccess,
        Func<TimeSpan> timeout,
        CancellationToken cancellationToken) =>
        _gate.RunAsync(() => AttemptNowAsync(request, readSuccess, timeout(), cancellationToken), cancellationToken);

    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }

    private async Task<AttemptResult> AttemptNowAsync(
        Func<HttpRequestMessage> request,
        Func<HttpResponseMessage, CancellationToken, Task<AttemptResult>> readSuccess,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        // Real time on purpose, whatever clock the retry waits use: a fake clock must not make a slow server look fast.
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        using HttpRequestMessage message = request();
        var headersArrived = new StrongBox<bool>();
        try
        {
            return await SendAsync(message, readSuccess, headersArrived, attempt.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested && e is OperationCanceledException or IOException or HttpRequestException)
        {
            return new TimedOut(timeout, AnswerStarted: headersArrived.Value);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && e.InnerException is TimeoutException)
        {
            // The handler's connect timeout (ToolHost.ConnectTimeout), shorter than the attempt's: a host that drops the
            // connection request (a firewall, a wrong address). Not the attempt's own timeout, which the catch above takes.
            return NetworkFailures.NotConnected(message.RequestUri!, e, NetworkFailures.ProxyFor(message.RequestUri!));
        }
        catch (HttpRequestException e)
        {
            return NetworkFailures.From(e, message.RequestUri!, NetworkFailures.ProxyFor(message.RequestUri!));
        }
        catch (IOException e)
        {
            // The headers came, then the connection broke while the body was read.
            return NetworkFailures.FromBrokenBody(e);
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/> and reads its answer; <paramref name="headersArrived"/> is set once the response's
    /// headers are in, so a timeout can say whether an answer had begun.
    /// </summary>
    private async Task<AttemptResult> SendAsync(
        HttpRequestMessage request,
        Func<HttpResponseMessage, CancellationToken, Task<AttemptResult>> readSuccess,
        StrongBox<bool> headersArrived,
        CancellationToken cancellationToken)
    {
        // Headers first, so the readers can read the body within their own limits rather than HttpClient buffering all
        // of it, however large.
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        headersArrived.Value = true;
        int status = (int)response.StatusCode;
        if (status is >= 200 and <= 299 and not 206 and not 226)
        {
            return await readSuccess(response, cancellationToken).ConfigureAwait(false);
        }

        if (status is >= 400 and <= 599)
        {
            var rateLimits = RateLimitHeaders.Read(response.Headers, _clock.GetUtcNow());
            var (message, sample) = await ErrorBodyReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
            return new ErrorStatus(response.StatusCode, response.ReasonPhrase, message, rateLimits, sample);
        }

        if (status < 200)
        {
            // 101 Switching Protocols (HttpClient passes interim 1xx answers over): the connection now carries another
            // protocol, which does not end, so reading it as a body would only wait for the attempt's timeout.
            var nothing = new BodySample(ResponseContentType.Shown(response.Content.Headers), 0, ReadOnlyMemory<byte>.Empty, complete: true);
            return new UnexpectedAnswer(response.StatusCode, response.ReasonPhrase, "it switches to another protocol instead of answering", nothing);
        }

        // A redirect (not followed: see ToolHost), a 304 from a cache in between, part of an answer (read whole, its
        // missing links would be taken for deletions), a status HTTP does not have: not the answer asked for.
        var (_, body) = await ErrorBodyReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        string problem = response.Headers.Location is { } location && status is >= 300 and <= 399
            ? $"it redirects to {Output.ShownUrl.Of(location.ToString())}"
            : status switch
            {
                304 => "it says the answer is not modified, an answer only to a request that names a cached copy, which the tool never sends",
                206 => "it holds part of an answer, an answer only to a request for a range of it, which the tool never sends",
                226 => "it holds changes to an earlier answer, an answer only to a request that names that answer, which the tool never sends",
                >= 600 => "its status is none HTTP has (they run from 100 to 599)",
                _ => "it is neither a success nor an error",
            };
        return new UnexpectedAnswer(response.StatusCode, response.ReasonPhrase, problem, body);
    }
}
