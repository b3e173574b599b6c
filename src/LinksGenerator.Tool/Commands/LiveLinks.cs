using System;
using System.Collections.Generic;
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
    public static async Task<LocationContent> GetAsync(ConnectionSettings settings, LocalSnapshot snapshot, bool forgetHistory, bool writesSnapshot, ToolHost host, Reporter reporter, CancellationToken cancellationToken)
    {
        if (settings.CompanyId is not null)
        {
            throw ToolException.Usage(
                $"--company-id goes with {AgencyCredentials.TokenVariable}, for snapshots of many locations; {snapshot.DisplayPath} is one location's, read with {settings.TokenVariable}");
        }

        NotAToken.RefuseInUrl(reporter.Redactor, settings.BaseUrl);
        ApiEndpoint endpoint = ApiEndpoint.Parse(settings.BaseUrl);
        var token = new VariableToken(settings.TokenVariable, TokenReader.Read(settings.TokenVariable, host.GetEnvironmentVariable));
        reporter.Redactor.Add(token.Token);
        string locationId = LocationId.Resolve(settings.LocationId, host.GetEnvironmentVariable, snapshot);
        string origin = $"--location-id, {LocationId.EnvironmentVariable} or the snapshot";
        NotAToken.AcceptId(reporter.Redactor, locationId, $"location id (from {origin})");
        WarnIfClearText(endpoint, reporter);

        Uri uri = endpoint.LinksUri(locationId);
        reporter.Progress($"Getting the trigger links of location {locationId} from {uri.GetLeftPart(UriPartial.Path)}");

        using var http = new HighLevelHttp(host.CreateHttpHandler(), host.Clock);
        IReadOnlyList<ApiLink> links = await new LocationFetch(http, endpoint, settings.Timeout, host, reporter).LinksAsync(locationId, token, origin, "", KnownText.Of(snapshot.Single.Entries, locationId), cancellationToken).ConfigureAwait(false);
        TokensInLinks.Refuse(reporter.Redactor, links, locationId);
        OddFieldKeys.Warn(links, "", reporter);
        LocationContent content = LocationContent.From(locationId, links, LinkHistory.For(snapshot.Single, locationId, forgetHistory));
        TokensInSnapshot.Refuse(reporter.Redactor, snapshot.DisplayPath, location: null, locationId, content.Entries, content.DeletedEntries, writesSnapshot ? "this pull" : null, answered: true);
        return content;
    }

    /// <summary>"5 links of location ve9EPM428h8vShlRW1KT": what HighLevel has, as pull and check name it.</summary>
    public static string Describe(LocationContent live) => $"{LiveLocations.Links(live.Entries.Count)} of location {live.LocationId}";

    public static void WarnIfClearText(ApiEndpoint endpoint, Reporter reporter)
    {
        if (endpoint.SendsTokenInClearText)
        {
            reporter.Warning($"--base-url {endpoint.BaseUri} uses plain http: the token travels unencrypted; use https unless this is a trusted private network");
        }
    }
}
