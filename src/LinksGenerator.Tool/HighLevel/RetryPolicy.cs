using System;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// How long to keep trying: a few attempts with exponential backoff and jitter, never more than an overall bound, and
/// never sooner than the server asked.
/// </summary>
internal sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan MinimumOverallLimit, TimeSpan MinimumAttemptTime)
{
    /// <summary>5 attempts; waits of 0.5–1, 1–2, 2–4, 4–8 s (never over 30 s); at most 3 minutes (or twice --timeout) in all.</summary>
    public static RetryPolicy Default { get; } = new(
        MaxAttempts: 5,
        BaseDelay: TimeSpan.FromSeconds(1),
        MaxDelay: TimeSpan.FromSeconds(30),
        MinimumOverallLimit: TimeSpan.FromMinutes(3),
        MinimumAttemptTime: TimeSpan.FromSeconds(1));

    /// <summary>The whole command's bound. It grows with <c>--timeout</c> so that a long timeout still allows a retry.</summary>
    public TimeSpan OverallLimit(TimeSpan attemptTimeout) =>
        attemptTimeout * 2 > MinimumOverallLimit ? attemptTimeout * 2 : MinimumOverallLimit;

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (0 for the first): exponential and capped, with "equal
    /// jitter" (between half and all of the step) so clients that failed together do not retry together.
    /// </summary>
    public TimeSpan Backoff(int retry, double random)
    {
        double step = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30)));
        return TimeSpan.FromMilliseconds(step * (0.5 + (0.5 * Math.Clamp(random, 0, 1))));
    }

    /// <summary>
    /// A wait the server asked for, plus a little jitter (up to a tenth, at most a second): at least what was asked, but
    /// not every client at the same instant.
    /// </summary>
    public static TimeSpan AtLeast(TimeSpan requested, double random)
    {
        TimeSpan spread = requested / 10 < TimeSpan.FromSeconds(1) ? requested / 10 : TimeSpan.FromSeconds(1);
        return requested + (spread * Math.Clamp(random, 0, 1));
    }
}
