using System.Globalization;
using System;
using System.Net;
using System.Net.Http;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Tests.Units;

public class RateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_after_in_seconds_and_as_a_date_both_become_a_wait()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), Read(("Retry-After", "3")).RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(90), Read(("Retry-After", "Sun, 01 Jun 2025 12:01:30 GMT")).RetryAfter);
        Assert.Equal(TimeSpan.Zero, Read(("Retry-After", "Sun, 01 Jun 2025 11:00:00 GMT")).RetryAfter);
        Assert.Null(Read(("Retry-After", "soon")).RetryAfter);
    }

    [Fact]
    public void The_interval_counts_for_429_only_and_the_longer_wait_wins()
    {
        RateLimitHeaders headers = Read(("Retry-After", "2"), ("X-RateLimit-Interval-Milliseconds", "10000"));

        Assert.Equal((TimeSpan.FromSeconds(10), "x-ratelimit-interval-milliseconds"), headers.MinimumWait(HttpStatusCode.TooManyRequests));
        Assert.Equal((TimeSpan.FromSeconds(2), "Retry-After"), headers.MinimumWait(HttpStatusCode.ServiceUnavailable));
        Assert.Null(Read(("x-ratelimit-interval-milliseconds", "10000")).MinimumWait(HttpStatusCode.BadGateway));
        Assert.Equal((TimeSpan.FromSeconds(30), "Retry-After"), Read(("Retry-After", "30"), ("x-ratelimit-interval-milliseconds", "10000")).MinimumWait(HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public void Daily_remaining_zero_is_the_exhausted_quota()
    {
        Assert.True(Read(("x-ratelimit-daily-remaining", "0")).DailyQuotaExhausted);
        Assert.False(Read(("x-ratelimit-daily-remaining", "12")).DailyQuotaExhausted);
        Assert.False(Read().DailyQuotaExhausted);
        Assert.False(Read(("x-ratelimit-daily-remaining", "-")).DailyQuotaExhausted);
    }

    [Fact]
    public void The_daily_reset_is_read_as_a_wait_or_as_a_unix_time_in_milliseconds()
    {
        Assert.Equal(Now.AddHours(5), Read(("x-ratelimit-daily-reset", "18000000")).DailyReset);

        var midnight = new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(midnight, Read(("x-ratelimit-daily-reset", midnight.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))).DailyReset);
        Assert.Null(Read(("x-ratelimit-daily-reset", "tomorrow")).DailyReset);
    }

    [Fact]
    public void A_daily_reset_in_unix_seconds_is_read_as_such_and_one_no_daily_quota_has_is_not_known()
    {
        var midnight = new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(midnight, Read(("x-ratelimit-daily-reset", midnight.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))).DailyReset);

        // As milliseconds from now, 11.6 days or more; as seconds, 2030 or 2001: neither is when a day's quota resets.
        Assert.Null(Read(("x-ratelimit-daily-reset", "1893456000")).DailyReset);
        Assert.Null(Read(("x-ratelimit-daily-reset", "1000000000")).DailyReset);
        Assert.Null(Read(("x-ratelimit-daily-reset", "999999999")).DailyReset); // 11.6 days from now
        Assert.Null(Read(("x-ratelimit-daily-reset", Now.AddHours(-1).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))).DailyReset);
        Assert.Equal(Now.AddDays(1), Read(("x-ratelimit-daily-reset", "86400000")).DailyReset);
        Assert.Null(Read(("x-ratelimit-daily-reset", "0")).DailyReset); // now: a quota spent now does not reset now
    }

    [Fact]
    public void Values_past_what_a_wait_or_a_date_can_hold_are_the_longest_wait_or_no_date_never_a_crash()
    {
        TimeSpan longest = TimeSpan.FromDays(365);

        // Valid delta-seconds too large for .NET's own parser still ask for a wait longer than any run allows.
        Assert.Equal(longest, Read(("Retry-After", "2147483648")).RetryAfter);
        Assert.Equal(longest, Read(("Retry-After", "99999999999999999999999")).RetryAfter);
        Assert.Equal(longest, Read(("Retry-After", "2147483647")).RetryAfter);
        Assert.Equal((longest, "x-ratelimit-interval-milliseconds"), Read(("x-ratelimit-interval-milliseconds", "922337203685477")).MinimumWait(HttpStatusCode.TooManyRequests));
        Assert.Equal((longest, "x-ratelimit-interval-milliseconds"), Read(("x-ratelimit-interval-milliseconds", "99999999999999999999")).MinimumWait(HttpStatusCode.TooManyRequests));
        Assert.Null(Read(("x-ratelimit-daily-reset", "99999999999999999")).DailyReset);
        Assert.Null(Read(("x-ratelimit-daily-reset", "253402300800000")).DailyReset);
    }

    private static RateLimitHeaders Read(params (string Name, string Value)[] headers)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return RateLimitHeaders.Read(response.Headers, Now);
    }
}
