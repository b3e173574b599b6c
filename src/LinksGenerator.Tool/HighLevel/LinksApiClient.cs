using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Sends one Get Links request and says how it ended. One <see cref="HttpClient"/> for the whole run; every way an
/// attempt can end, including a timeout or a broken connection, comes back as an <see cref="AttemptResult"/>.
/// </summary>
internal sealed class LinksApiClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly TimeProvider _clock;
    private readonly int _responseLimit;

    /// <param name="handler">How connections are made (the host's; tests pass their own).</param>
    /// <param name="token">The bearer token, sent on every request and never shown.</param>
    /// <param name="clock">The clock rate-limit dates are read against.</param>
    /// <param name="responseLimit">The most bytes of a Links response to hold (<see cref="LinksResponseReader.DefaultLimit"/>).</param>
    public LinksApiClient(HttpMessageHandler handler, string token, TimeProvider clock, int responseLimit)
    {
        // Attempts are bounded by their own cancellation (see AttemptAsync); HttpClient's single timeout would be a
        // second, conflicting bound.
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(ToolVersion.UserAgent);
        _authorization = new AuthenticationHeaderValue("Bearer", token);
        _clock = clock;
        _responseLimit = responseLimit;
    }

    /// <summary>One attempt: the request, the response headers and the whole body, all within <paramref name="timeout"/>.</summary>
    public async Task<AttemptResult> AttemptAsync(Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Real time on purpose, whatever clock the retry waits use: a fake clock must not make a slow server look fast.
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            return await SendAsync(uri, attempt.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested && e is OperationCanceledException or IOException or HttpRequestException)
        {
            return new TimedOut(timeout);
        }
        catch (HttpRequestException e)
        {
            return NetworkFailures.From(e, uri);
        }
        catch (IOException e)
        {
            // The headers came, then the connection broke while the body was read.
            return NetworkFailures.FromBrokenBody(e);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<AttemptResult> SendAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = _authorization;
        request.Headers.Add(LinksApi.VersionHeader, LinksApi.Version);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(LinksApi.MediaType));

        // Headers first, so the readers can read the body within their own limits rather than HttpClient buffering all
        // of it, however large.
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        if (status is >= 200 and <= 299)
        {
            return await LinksResponseReader.ReadAsync(response, _responseLimit, cancellationToken).ConfigureAwait(false);
        }

        if (status >= 400)
        {
            var rateLimits = RateLimitHeaders.Read(response.Headers, _clock.GetUtcNow());
            var (message, sample) = await ErrorBodyReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
            return new ErrorStatus(response.StatusCode, response.ReasonPhrase, message, rateLimits, sample);
        }

        // 1xx that is not interim, or a redirect (not followed: see ToolHost): not a Links response.
        var (_, body) = await ErrorBodyReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        string problem = response.Headers.Location is { } location
            ? $"it redirects to {Output.Printable.Quote(location.ToString())}"
            : "it is neither a success nor an error";
        return new UnexpectedAnswer(response.StatusCode, response.ReasonPhrase, problem, body);
    }
}
