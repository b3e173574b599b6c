using System;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Configuration;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// What both commands do first: resolve the configuration (base URL, token, location), ask HighLevel for the links,
/// and turn them into snapshot content, carrying over the existing snapshot's history unless asked to forget it (or the
/// location changed: see <see cref="LinkHistory.For"/>). Configuration errors surface before any request is made.
/// </summary>
internal static class LiveLinks
{
    public static async Task<LocationContent> GetAsync(ConnectionSettings settings, LocalSnapshot snapshot, bool forgetHistory, ToolHost host, Reporter reporter, CancellationToken cancellationToken)
    {
        ApiEndpoint endpoint = ApiEndpoint.Parse(settings.BaseUrl);
        string token = TokenReader.Read(settings.TokenVariable, host.GetEnvironmentVariable);
        reporter.Redactor.Add(token);
        string locationId = LocationId.Resolve(settings.LocationId, host.GetEnvironmentVariable, snapshot);

        if (endpoint.SendsTokenInClearText)
        {
            reporter.Warning($"--base-url {endpoint.BaseUri} uses plain http: the token travels unencrypted; use https unless this is a trusted private network");
        }

        Uri uri = endpoint.LinksUri(locationId);
        reporter.Progress($"Getting the trigger links of location {locationId} from {uri.GetLeftPart(UriPartial.Path)}");

        using var client = new LinksApiClient(host.CreateHttpHandler(), token, host.Clock, host.LinksResponseLimit);
        var fetcher = new LinksFetcher(client, reporter, host.Clock, host.NextRandom, RetryPolicy.Default);
        FetchOutcome outcome = await fetcher.FetchAsync(uri, settings.Timeout, cancellationToken).ConfigureAwait(false);
        if (outcome.Links is not { } links)
        {
            throw new FailureAdvice(settings.TokenVariable, locationId, uri, reporter.Redactor, host.Clock).For(outcome);
        }

        return LocationContent.From(locationId, links, LinkHistory.For(snapshot.Single, locationId, forgetHistory));
    }
}
