using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>One exchange of the agency token for a location's token (<see cref="LocationTokenApi"/>).</summary>
internal sealed class LocationTokenClient
{
    private readonly HighLevelHttp _http;

    public LocationTokenClient(HighLevelHttp http) => _http = http;

    /// <summary>One attempt with <paramref name="agencyToken"/>, the agency's bearer token, sent with this request only and never shown.</summary>
    public Task<AttemptResult> AttemptAsync(Uri uri, string agencyToken, string companyId, string locationId, Func<TimeSpan> timeout, CancellationToken cancellationToken) =>
        _http.AttemptAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, uri)
                {
                    // Sent as application/x-www-form-urlencoded, both values escaped.
                    Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("companyId", companyId), new KeyValuePair<string, string>("locationId", locationId)]),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agencyToken);
                request.Headers.Add(LinksApi.VersionHeader, LinksApi.Version);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(LinksApi.MediaType));
                return request;
            },
            (response, cancel) => LocationTokenReader.ReadAsync(response, locationId, agencyToken, cancel),
            timeout,
            cancellationToken);
}
