using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http.Headers;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// The waiting instructions in a response: the standard <c>Retry-After</c> (seconds or an HTTP-date) and HighLevel's
/// rate-limit headers (<c>x-ratelimit-*</c>, sent on every response; names are case-insensitive).
/// </summary>
internal sealed record RateLimitHeaders(
    TimeSpan? RetryAfter,
    TimeSpan? Interval,
    long? Remaining,
    long? DailyRemaining,
    DateTimeOffset? DailyReset)
{
    public const string IntervalHeader = "x-ratelimit-interval-milliseconds";
    public const string RemainingHeader = "x-ratelimit-remaining";
    public const string DailyRemainingHeader = "x-ratelimit-daily-remaining";
    public const string DailyResetHeader = "x-ratelimit-daily-reset";

    /// <summary>
    /// Below this, <c>x-ratelimit-daily-reset</c> is read as milliseconds from now; from it up to
    /// <see cref="UnixMillisecondsThreshold"/>, as a Unix time in seconds (2001 to 5138), which as a wait would be 11.6
    /// days or more, longer than any daily quota asks for.
    /// </summary>
    private const long UnixSecondsThreshold = 1_000_000_000;

    /// <summary>
    /// From this up, <c>x-ratelimit-daily-reset</c> is read as a Unix time in milliseconds. HighLevel documents only
    /// "milliseconds"; 10^11 ms is about three years as a wait and 1973 as a date, and 5138 in Unix seconds, so no
    /// plausible value of any kind is misread.
    /// </summary>
    private const long UnixMillisecondsThreshold = 100_000_000_000;

    /// <summary>A daily quota resets within a day: a reset further away than this, or now or past (a quota spent now), is no reset time of one.</summary>
    private static readonly TimeSpan LongestReset = TimeSpan.FromDays(2);

    /// <summary>
    /// The longest wait a header is taken to ask for: far past any run's limit, so the tool stops and says so, and small
    /// enough that no value a server sends can overflow a <see cref="TimeSpan"/> or a date.
    /// </summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(365);

    /// <summary>A wait as a message says it: "10 min", or "a year or more" for one cut to <see cref="LongestWait"/> (not the server's number).</summary>
    public static string DescribeWait(TimeSpan wait) => wait >= LongestWait ? "a year or more" : Output.Durations.Format(wait);

    public static RateLimitHeaders None { get; } = new(null, null, null, null, null);

    /// <summary>The daily quota (200,000 requests per app and location) is spent: waiting seconds will not help.</summary>
    public bool DailyQuotaExhausted => DailyRemaining == 0;

    public static RateLimitHeaders Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        TimeSpan? retryAfter = headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,

            // Delta-seconds past what .NET parses (2^31 s and up) are still valid, and still a wait not to cut short.
            _ => IsWholeNumber(headers, "Retry-After") ? LongestWait : null,
        };

        // A window past what a long holds is still a window longer than any run allows, never none at all.
        long? interval = Number(headers, IntervalHeader) ?? (IsWholeNumber(headers, IntervalHeader) ? long.MaxValue : null);
        long? reset = Number(headers, DailyResetHeader);
        return new RateLimitHeaders(
            Shortest(retryAfter, LongestWait),
            interval is { } ms ? TimeSpan.FromMilliseconds(Math.Min(ms, LongestWait.TotalMilliseconds)) : null,
            Number(headers, RemainingHeader),
            Number(headers, DailyRemainingHeader),
            reset is { } r ? ResetTime(r, now) : null);
    }

    /// <summary>
    /// When the daily quota resets; null for a value no date can hold, or a time past or days away, which no daily quota
    /// resets at (the advice then says it is not known, rather than give a wrong date).
    /// </summary>
    private static DateTimeOffset? ResetTime(long value, DateTimeOffset now)
    {
        DateTimeOffset? reset = value < UnixSecondsThreshold ? now.AddMilliseconds(value)
            : value < UnixMillisecondsThreshold ? DateTimeOffset.FromUnixTimeSeconds(value)
            : value <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() ? DateTimeOffset.FromUnixTimeMilliseconds(value)
            : null;
        return reset <= now || reset > now + LongestReset ? null : reset;
    }

    private static TimeSpan? Shortest(TimeSpan? wait, TimeSpan bound) => wait > bound ? bound : wait;

    /// <summary>
    /// The least time to wait before asking again after <paramref name="status"/>, and which header asked for it; null
    /// when the response asked for nothing. <c>Retry-After</c> counts for any retried status; the rate-limit interval
    /// only for 429, where it is the length of the burst window that was exceeded.
    /// </summary>
    public (TimeSpan Wait, string Source)? MinimumWait(HttpStatusCode status)
    {
        (TimeSpan, string)? wait = RetryAfter is { } after ? (after, "Retry-After") : null;
        if (status == HttpStatusCode.TooManyRequests && Interval is { } interval && (wait is null || interval > wait.Value.Item1))
        {
            wait = (interval, IntervalHeader);
        }

        return wait;
    }

    /// <summary>Whether the header is a whole number (of seconds or milliseconds), however many digits it has.</summary>
    private static bool IsWholeNumber(HttpResponseHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out HeaderStringValues values)
        && values.FirstOrDefault()?.Trim() is { Length: > 0 } text
        && text.All(char.IsAsciiDigit);

    private static long? Number(HttpResponseHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out HeaderStringValues values)
        && long.TryParse(values.FirstOrDefault()?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            ? value
            : null;
}
