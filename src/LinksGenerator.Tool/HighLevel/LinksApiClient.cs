using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>One Get Links request: <c>GET {base-url}/links/?locationId=ID</c> with the location's token.</summary>
internal sealed class LinksApiClient
{
    private readonly HighLevelHttp _http;
    private readonly int _responseLimit;
    private readonly AnswerBudget _budget;
    private readonly KnownText _known;
    private readonly string _locationId;

    /// <param name="http">The run's connection to HighLevel.</param>
    /// <param name="responseLimit">The most bytes of a Links response to hold (<see cref="LinksResponseReader.DefaultLimit"/>).</param>
    /// <param name="budget">What the run's answers may hold together.</param>
    /// <param name="known">Text the answer is likely to repeat (the location's links in the snapshot), read as those strings.</param>
    /// <param name="locationId">The location asked for: a link the answer says belongs to another is refused.</param>
    public LinksApiClient(HighLevelHttp http, int responseLimit, AnswerBudget budget, KnownText known, string locationId)
    {
        _http = http;
        _responseLimit = responseLimit;
        _budget = budget;
        _known = known;
        _locationId = locationId;
    }

    /// <summary>
    /// One attempt with <paramref name="token"/>, the bearer token, sent with this request only and never shown, within
    /// the time <paramref name="timeout"/> gives once the run's gate lets the request go (<see cref="HighLevelHttp.AttemptAsync"/>).
    /// </summary>
    public Task<AttemptResult> AttemptAsync(Uri uri, string token, Func<TimeSpan> timeout, CancellationToken cancellationToken) =>
        _http.AttemptAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Add(LinksApi.VersionHeader, LinksApi.Version);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(LinksApi.MediaType));
                return request;
            },
            (response, reading) => LinksResponseReader.ReadAsync(response, _responseLimit, _budget, _known, _locationId, reading),
            timeout,
            cancellationToken);
}
