using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Configuration;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// Gets a location's links for a run, with its own retries: first, for the agency token, the location's own token
/// (exchanged once, and masked from then on), then Get Links. A failure comes back as the <see cref="ToolException"/>
/// the user sees, with <see cref="FailureAdvice"/>'s words. The links are not yet checked for tokens: that waits until
/// every token of the run is known (<see cref="TokensInLinks"/>).
/// </summary>
internal sealed class LocationFetch
{
    private readonly HighLevelHttp _http;
    private readonly ApiEndpoint _endpoint;
    private readonly TimeSpan _timeout;
    private readonly ToolHost _host;
    private readonly Reporter _reporter;
    private readonly AnswerBudget _answers;

    public LocationFetch(HighLevelHttp http, ApiEndpoint endpoint, TimeSpan timeout, ToolHost host, Reporter reporter)
    {
        _http = http;
        _endpoint = endpoint;
        _timeout = timeout;
        _host = host;
        _reporter = reporter;
        _answers = new AnswerBudget(host.LinksAnswersLimit);
    }

    /// <param name="locationId">The location to get.</param>
    /// <param name="token">Where its token comes from.</param>
    /// <param name="locationOrigin">Where the id came from, for advice when HighLevel refuses it.</param>
    /// <param name="linePrefix">What retry lines start with: "" for one location, "Downtown: " among many.</param>
    /// <param name="known">Text the answer is likely to repeat: the location's links as the snapshot has them.</param>
    /// <param name="cancellationToken">The user's Ctrl+C.</param>
    public async Task<IReadOnlyList<ApiLink>> LinksAsync(string locationId, TokenSource token, string locationOrigin, string linePrefix, KnownText known, CancellationToken cancellationToken)
    {
        string bearer = token switch
        {
            AgencyToken agency => await ExchangeAsync(agency, locationId, locationOrigin, linePrefix, cancellationToken).ConfigureAwait(false),
            VariableToken variable => variable.Token,
            _ => throw new InvalidOperationException($"{token.GetType().Name} is not a token source"),
        };

        Uri uri = _endpoint.LinksUri(locationId);
        var client = new LinksApiClient(_http, _host.LinksResponseLimit, _answers, known, locationId);
        FetchOutcome outcome = await Fetcher(linePrefix).FetchAsync((timeout, cancel) => client.AttemptAsync(uri, bearer, timeout, cancel), _timeout, cancellationToken).ConfigureAwait(false);
        return outcome.Links ?? throw Advice(FailedRequest.Links, token, locationId, locationOrigin, uri).For(outcome);
    }

    private async Task<string> ExchangeAsync(AgencyToken agency, string locationId, string locationOrigin, string linePrefix, CancellationToken cancellationToken)
    {
        Uri uri = _endpoint.LocationTokenUri();
        var client = new LocationTokenClient(_http);
        FetchOutcome outcome = await Fetcher(linePrefix)
            .FetchAsync((timeout, cancel) => client.AttemptAsync(uri, agency.Token, agency.CompanyId, locationId, timeout, cancel), _timeout, cancellationToken)
            .ConfigureAwait(false);
        if (outcome.Token is not { } token)
        {
            throw Advice(FailedRequest.LocationToken, agency, locationId, locationOrigin, uri).For(outcome);
        }

        // Before anything else is printed: from here on a server may echo it like any other token.
        _reporter.Redactor.Add(token);
        return token;
    }

    private RetryingFetcher Fetcher(string linePrefix) => new(_reporter, _host.Clock, _host.NextRandom, RetryPolicy.Default, linePrefix);

    private FailureAdvice Advice(FailedRequest request, TokenSource token, string locationId, string locationOrigin, Uri uri) =>
        new(request, token, locationId, locationOrigin, uri, _reporter.Redactor, _host.Clock);
}
