using System;
using System.Collections.Generic;
using System.Net;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// How one request to HighLevel (Get Links, or a token exchange) ended. Every way an attempt can end is a value here (not an exception), so the retry
/// strategy and the final report decide on the same facts.
/// </summary>
internal abstract record AttemptResult
{
    /// <summary>Whether waiting and asking again could help.</summary>
    public abstract bool IsTransient { get; }

    /// <summary>A short phrase for the retry line, such as "429 Too Many Requests" or "no answer within 10 s".</summary>
    public abstract string Summary { get; }

    /// <summary>"429 Too Many Requests": the reason phrase is the server's own text, kept on one line like any other.</summary>
    public static string StatusText(HttpStatusCode status, string? reason) =>
        $"{(int)status} {(string.IsNullOrWhiteSpace(reason) ? StatusName(status) : Output.Printable.Line(reason.Trim()))}".TrimEnd();

    /// <summary>"TooManyRequests" → "Too Many Requests", for servers that send no reason phrase (HTTP/2 has none).</summary>
    private static string StatusName(HttpStatusCode status)
    {
        string name = status.ToString();
        if (int.TryParse(name, out _))
        {
            return "";
        }

        var spaced = new System.Text.StringBuilder(name.Length + 8);
        foreach (char c in name)
        {
            if (char.IsUpper(c) && spaced.Length > 0)
            {
                spaced.Append(' ');
            }

            spaced.Append(c);
        }

        return spaced.ToString();
    }
}

/// <summary>A 2xx whose body is a Links response.</summary>
internal sealed record LinksReceived(IReadOnlyList<ApiLink> Links) : AttemptResult
{
    public override bool IsTransient => false;

    public override string Summary => $"{Links.Count} links";
}

/// <summary>A 2xx answer to a token exchange with the location's token; <see cref="Summary"/> never shows it.</summary>
internal sealed record TokenReceived(string Token) : AttemptResult
{
    public override bool IsTransient => false;

    public override string Summary => "a location token";

    /// <summary>Not the record's default, which would print the token.</summary>
    public override string ToString() => nameof(TokenReceived);
}

/// <summary>Whether an answer was more than the tool takes: by itself, or with the answers of the run's other locations.</summary>
internal enum Excess
{
    None,
    Alone,
    WithOtherLocations,
}

/// <summary>
/// A 2xx (or an unfollowed 3xx) that is not a Links response: HTML, empty, truncated, the wrong shape; or one larger than
/// the tool takes (<see cref="Excess"/>), which may well be links, just more than a snapshot can hold.
/// </summary>
internal sealed record UnexpectedAnswer(HttpStatusCode Status, string? Reason, string Problem, BodySample Sample, Excess Excess = Excess.None) : AttemptResult
{
    public override bool IsTransient => false;

    public override string Summary => StatusText(Status, Reason);
}

/// <summary>A status HighLevel uses for errors (4xx, 5xx), with what its body and rate-limit headers said.</summary>
internal sealed record ErrorStatus(HttpStatusCode Status, string? Reason, ServerMessage Message, RateLimitHeaders RateLimits, BodySample Sample) : AttemptResult
{
    public override bool IsTransient => Status switch
    {
        HttpStatusCode.TooManyRequests => !RateLimits.DailyQuotaExhausted,
        HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
        _ => false,
    };

    public override string Summary => StatusText(Status, Reason);
}

/// <summary>
/// The attempt took longer than <c>--timeout</c>: no answer at all, or (<paramref name="AnswerStarted"/>) an answer whose
/// headers came but whose body did not complete in time, as from a server that trickles it.
/// </summary>
internal sealed record TimedOut(TimeSpan Timeout, bool AnswerStarted = false) : AttemptResult
{
    public override bool IsTransient => true;

    public override string Summary => AnswerStarted
        ? $"the answer did not complete within {Durations.Format(Timeout)}"
        : $"no answer within {Durations.Format(Timeout)}";
}

/// <summary>The connection failed: refused, reset, closed mid-response, name not found, TLS failure.</summary>
internal sealed record NetworkFailure(string Description, bool Transient) : AttemptResult
{
    public override bool IsTransient => Transient;

    public override string Summary => Description;
}
