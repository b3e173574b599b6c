using System;
using System.Net;
using LinksGenerator.Tool.Configuration;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>What was asked of HighLevel when a fetch failed: a location's links, or a location token for the agency token.</summary>
internal enum FailedRequest
{
    Links,
    LocationToken,
}

/// <summary>
/// Turns a failed fetch into the message and exit code the user sees: what HighLevel said, what it means, and what to do
/// next. Refusals (4xx but 429) exit 3; everything that failed after retries, or answered nonsense, exits 4. It sits with
/// the commands because exit codes and advice are theirs; HighLevel/ only reports how each attempt ended.
/// </summary>
internal sealed class FailureAdvice
{
    private readonly FailedRequest _request;
    private readonly TokenSource _token;
    private readonly string _locationId;
    private readonly string _locationOrigin;
    private readonly Uri _uri;
    private readonly Redactor _redactor;
    private readonly TimeProvider _clock;

    /// <param name="request">What was asked.</param>
    /// <param name="token">The token it was asked with (for a token exchange, the agency token).</param>
    /// <param name="locationId">The location it was asked for.</param>
    /// <param name="locationOrigin">Where that id came from, for advice about it ("--location-id, GHL_LOCATION_ID or the snapshot").</param>
    /// <param name="uri">Where it was asked.</param>
    /// <param name="redactor">The run's secrets, masked in anything quoted.</param>
    /// <param name="clock">For how long until a quota resets.</param>
    public FailureAdvice(FailedRequest request, TokenSource token, string locationId, string locationOrigin, Uri uri, Redactor redactor, TimeProvider clock)
    {
        _request = request;
        _token = token;
        _locationId = locationId;
        _locationOrigin = locationOrigin;
        _uri = uri;
        _redactor = redactor;
        _clock = clock;
    }

    public ToolException For(FetchOutcome outcome)
    {
        ToolException failure = outcome.Last switch
        {
            ErrorStatus error => ForStatus(error, outcome.Attempts, waitedAsAsked: outcome.StoppedEarly is null),
            TimedOut { AnswerStarted: true } timedOut => Failed(
                $"HighLevel's answer did not complete within {Within(timedOut, outcome)}: it began, but its body came too slowly. " +
                "Check the network (and the proxy, if any), or allow more time per attempt with --timeout SECONDS"),
            TimedOut timedOut => Failed(
                $"HighLevel did not answer within {Within(timedOut, outcome)}. " +
                "Check the network (and the proxy, if any), or allow more time per attempt with --timeout SECONDS"),
            NetworkFailure network => Failed(
                $"could not {(_request == FailedRequest.Links ? "get the links from" : "exchange the agency token at")} {_uri}: {network.Description}{Tries(outcome.Attempts)}. " +
                "Check the network connection, the proxy (if any) and --base-url"),
            UnexpectedAnswer { Excess: not Excess.None } answer => Failed(
                $"HighLevel answered {answer.Summary} with more than the tool takes: {answer.Problem}. " +
                $"What came back: {answer.Sample.Describe(_redactor)}. " +
                $"A snapshot holds at most {BoundedFile.LimitText} (the build would not read a larger one), and 10,000 links are a few MB: " +
                "check that --base-url leads to HighLevel's Links API" + (answer.Excess == Excess.WithOtherLocations ? ", and pull fewer locations into one snapshot" : "")),
            UnexpectedAnswer answer => Failed(
                $"HighLevel answered {answer.Summary} with something that is not {(_request == FailedRequest.Links ? "a Links response" : "a location token")}: {answer.Problem}. " +
                $"What came back: {answer.Sample.Describe(_redactor)}. " +
                NextStep(answer)),
            _ => throw new InvalidOperationException($"{outcome.Last.GetType().Name} is not a failure"),
        };

        return outcome.StoppedEarly is { } reason
            ? new ToolException(failure.ExitCode, $"{failure.Message}. Stopped retrying: {reason}")
            : failure;
    }

    /// <param name="error">The last answer.</param>
    /// <param name="attempts">How many requests were made.</param>
    /// <param name="waitedAsAsked">False when the tool stopped because HighLevel asked for a longer wait than a run allows.</param>
    private ToolException ForStatus(ErrorStatus error, int attempts, bool waitedAsAsked)
    {
        string said = Said(error);
        if (_request == FailedRequest.LocationToken && ForExchange(error.Status, said) is { } exchange)
        {
            return exchange;
        }

        return error.Status switch
        {
            HttpStatusCode.Unauthorized => Refused(
                $"HighLevel rejected the token: {said}. {_token.Named} is invalid or expired: {_token.Renewal}"),
            HttpStatusCode.Forbidden => Refused(
                $"HighLevel denied access: {said}. {_token.Named} lacks the {LinksApi.Scope} scope or belongs to another location than {_locationId}: " +
                $"give the Private Integration the {LinksApi.Scope} scope, or use a token of location {_locationId}"),
            HttpStatusCode.NotFound => Refused(
                $"HighLevel answered {said} for {_uri}. Check --base-url: requests go to <base-url>/links/ (default base URL {ApiEndpoint.DefaultBaseUrl})"),
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => Refused(
                $"HighLevel refused the request: {said}. Check the location id {_locationId} (from {_locationOrigin}): {LocationId.WhereToFindIt}"),
            HttpStatusCode.TooManyRequests when error.RateLimits.DailyQuotaExhausted => Failed(
                $"HighLevel's daily API quota for this app and location is used up ({said}, {RateLimitHeaders.DailyRemainingHeader}: 0). {DailyReset(error.RateLimits)} " +
                "Retrying sooner cannot succeed, so the tool did not retry"),
            HttpStatusCode.TooManyRequests => Failed(
                $"HighLevel {(attempts > 1 ? "kept answering" : "answered")} {said}{Tries(attempts)}: its burst limit (100 requests per 10 seconds per app and location) is being used up, " +
                $"perhaps by other integrations of this location. {(waitedAsAsked ? "Run again in a minute" : "Run again after the wait it asks for")}"),
            _ when (int)error.Status < 500 => Refused(
                $"HighLevel refused the request: {said}, an answer HighLevel does not document for it. Check --base-url (a proxy in between may have answered; " +
                $"default base URL {ApiEndpoint.DefaultBaseUrl}) and the location id {_locationId} (from {_locationOrigin}); if both are right, " +
                "run again later, and if it persists ask HighLevel's support about this status"),
            _ => Failed($"HighLevel failed: {said}{Tries(attempts)}. The fault is on HighLevel's side (or a proxy's): try again later"),
        };
    }

    /// <summary>What a refused token exchange means; null for what it shares with Get Links (429, 5xx, other 4xx).</summary>
    private ToolException? ForExchange(HttpStatusCode status, string said)
    {
        string agency = _token is AgencyToken token ? token.Variable : "the agency token";
        string company = _token is AgencyToken { CompanyId: var id } ? id : "(none)";
        string companyOrigin = $"from --company-id or {AgencyCredentials.CompanyIdVariable}";
        return status switch
        {
            HttpStatusCode.Unauthorized => Refused(
                $"HighLevel rejected the agency token: {said}. The token in {agency} is invalid or expired: get a fresh agency access token " +
                $"with the {LocationTokenApi.Scope} scope and export it as {agency}"),
            HttpStatusCode.Forbidden => Refused(
                $"HighLevel denied the token exchange: {said}. The agency token in {agency} lacks the {LocationTokenApi.Scope} scope, " +
                $"or company {company} ({companyOrigin}) has no access to location {_locationId}"),
            HttpStatusCode.NotFound => Refused(
                $"HighLevel answered {said} for {_uri}. Check --base-url: token exchanges go to <base-url>/{LocationTokenApi.Path} (default base URL {ApiEndpoint.DefaultBaseUrl})"),
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => Refused(
                $"HighLevel refused the token exchange: {said}. Check the company id {company} ({companyOrigin}) and the location id {_locationId} (from {_locationOrigin})"),
            _ => null,
        };
    }

    /// <summary>
    /// What to do about an answer that is not the one asked for. HighLevel's API never redirects (docs/ghl-links.md), so
    /// a redirect means --base-url points somewhere else; any other such answer may be a proxy's, or a passing fault.
    /// </summary>
    private static string NextStep(UnexpectedAnswer answer) =>
        (int)answer.Status is 300 or 301 or 302 or 303 or 307 or 308
            ? $"HighLevel's API does not redirect, so --base-url is wrong: check it (default base URL {ApiEndpoint.DefaultBaseUrl}; a proxy's URL must lead to HighLevel's API itself)"
            : "If --base-url points at a proxy, check that it forwards to HighLevel; otherwise try again later";

    /// <summary>"401 Unauthorized (Invalid token: …)", or the body itself when it is not HighLevel's error shape.</summary>
    private string Said(ErrorStatus error)
    {
        if (error.Message.IsEmpty)
        {
            return $"{error.Summary} ({error.Sample.Describe(_redactor)})";
        }

        // "400 Bad Request (Bad Request)" says nothing twice.
        string text = Printable.Escape(error.Message.Text);
        return string.Equals(text, error.Reason?.Trim(), StringComparison.OrdinalIgnoreCase) ? error.Summary : $"{error.Summary} ({text})";
    }

    private string DailyReset(RateLimitHeaders rateLimits)
    {
        if (rateLimits.DailyReset is not { } reset)
        {
            return $"HighLevel did not say when it resets (no usable {RateLimitHeaders.DailyResetHeader} header); the quota is per day, so run again later.";
        }

        TimeSpan left = reset - _clock.GetUtcNow();
        return $"It resets at {reset.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (in {Durations.Format(left)}); run again after that.";
    }

    private static string Tries(int attempts, string suffix = "") => attempts > 1 ? $" ({attempts} attempts{suffix})" : "";

    /// <summary>
    /// "50 s (4 attempts in a row)": the time each attempt had. The last may have had less, what the run's overall limit
    /// left; said so, rather than quoted as if it were the time every attempt was given.
    /// </summary>
    private static string Within(TimedOut timedOut, FetchOutcome outcome) =>
        timedOut.Timeout < outcome.AttemptTimeout
            ? $"{Durations.Format(outcome.AttemptTimeout)} ({(outcome.Attempts > 1 ? $"{outcome.Attempts} attempts in a row, " : "")}the last cut to {Durations.Format(timedOut.Timeout)} by the run's overall limit)"
            : Durations.Format(timedOut.Timeout) + Tries(outcome.Attempts, " in a row");

    private static ToolException Refused(string message) => new(ExitCode.Refused, message);

    private static ToolException Failed(string message) => new(ExitCode.Failed, message);
}
