using System;
using System.Net;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// Turns a failed fetch into the message and exit code the user sees: what HighLevel said, what it means, and what to do
/// next. Refusals (4xx but 429) exit 3; everything that failed after retries, or answered nonsense, exits 4. It sits with
/// the commands because exit codes and advice are theirs; HighLevel/ only reports how each attempt ended.
/// </summary>
internal sealed class FailureAdvice
{
    private readonly string _tokenVariable;
    private readonly string _locationId;
    private readonly Uri _uri;
    private readonly Redactor _redactor;
    private readonly TimeProvider _clock;

    public FailureAdvice(string tokenVariable, string locationId, Uri uri, Redactor redactor, TimeProvider clock)
    {
        _tokenVariable = tokenVariable;
        _locationId = locationId;
        _uri = uri;
        _redactor = redactor;
        _clock = clock;
    }

    public ToolException For(FetchOutcome outcome)
    {
        ToolException failure = outcome.Last switch
        {
            ErrorStatus error => ForStatus(error, outcome.Attempts),
            TimedOut timedOut => Failed(
                $"HighLevel did not answer within {Durations.Format(timedOut.Timeout)}{Tries(outcome.Attempts, " in a row")}. " +
                "Check the network (and the proxy, if any), or allow more time per attempt with --timeout SECONDS"),
            NetworkFailure network => Failed(
                $"could not get the links from {_uri}: {network.Description}{Tries(outcome.Attempts)}. " +
                "Check the network connection, the proxy (if any) and --base-url"),
            UnexpectedAnswer answer => Failed(
                $"HighLevel answered {answer.Summary} with something that is not a Links response: {answer.Problem}. " +
                $"What came back: {answer.Sample.Describe(_redactor)}. " +
                "If --base-url points at a proxy, check that it forwards to HighLevel; otherwise try again later"),
            _ => throw new InvalidOperationException($"{outcome.Last.GetType().Name} is not a failure"),
        };

        return outcome.StoppedEarly is { } reason
            ? new ToolException(failure.ExitCode, $"{failure.Message}. Stopped retrying: {reason}")
            : failure;
    }

    private ToolException ForStatus(ErrorStatus error, int attempts)
    {
        string said = Said(error);
        string tokenAdvice = $"create a new Private Integration Token in HighLevel (Settings > Private Integrations) with the {LinksApi.Scope} scope, " +
                             $"or get a fresh OAuth access token, and export it as {_tokenVariable}";
        return error.Status switch
        {
            HttpStatusCode.Unauthorized => Refused(
                $"HighLevel rejected the token: {said}. The token in {_tokenVariable} is invalid or expired: {tokenAdvice}"),
            HttpStatusCode.Forbidden => Refused(
                $"HighLevel denied access: {said}. The token in {_tokenVariable} lacks the {LinksApi.Scope} scope or belongs to another location than {_locationId}: " +
                $"give the Private Integration the {LinksApi.Scope} scope, or use a token of location {_locationId}"),
            HttpStatusCode.NotFound => Refused(
                $"HighLevel answered {said} for {_uri}. Check --base-url: requests go to <base-url>/links/ (default base URL {Configuration.ApiEndpoint.DefaultBaseUrl})"),
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => Refused(
                $"HighLevel refused the request: {said}. Check the location id {_locationId} (from --location-id, {Configuration.LocationId.EnvironmentVariable} or the snapshot): " +
                Configuration.LocationId.WhereToFindIt),
            HttpStatusCode.TooManyRequests when error.RateLimits.DailyQuotaExhausted => Failed(
                $"HighLevel's daily API quota for this app and location is used up ({said}, {RateLimitHeaders.DailyRemainingHeader}: 0). {DailyReset(error.RateLimits)} " +
                "Retrying sooner cannot succeed, so the tool did not retry"),
            HttpStatusCode.TooManyRequests => Failed(
                $"HighLevel kept answering {said}{Tries(attempts)}: its burst limit (100 requests per 10 seconds per app and location) is being used up, " +
                "perhaps by other integrations of this location. Run again in a minute"),
            _ when (int)error.Status < 500 => Refused($"HighLevel refused the request: {said}"),
            _ => Failed($"HighLevel failed: {said}{Tries(attempts)}. The fault is on HighLevel's side (or a proxy's): try again later"),
        };
    }

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
            return $"HighLevel did not say when it resets (no {RateLimitHeaders.DailyResetHeader} header); the quota is per day, so run again later.";
        }

        TimeSpan left = reset - _clock.GetUtcNow();
        return $"It resets at {reset.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (in {Durations.Format(left)}); run again after that.";
    }

    private static string Tries(int attempts, string suffix = "") => attempts > 1 ? $" ({attempts} attempts{suffix})" : "";

    private static ToolException Refused(string message) => new(ExitCode.Refused, message);

    private static ToolException Failed(string message) => new(ExitCode.Failed, message);
}
