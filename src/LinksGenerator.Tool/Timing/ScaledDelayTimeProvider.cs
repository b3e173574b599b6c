using System;
using System.Threading;

namespace LinksGenerator.Tool.Timing;

/// <summary>
/// A clock whose timers fire after a fraction of the time asked for, while reading the time stays real. Polly waits by
/// creating a timer, so this shortens retry waits without touching the decisions made from the time of day
/// (<c>Retry-After</c> dates, the daily reset).
/// </summary>
internal sealed class ScaledDelayTimeProvider : TimeProvider
{
    private readonly TimeProvider _inner;

    public ScaledDelayTimeProvider(TimeProvider inner, double scale)
    {
        _inner = inner;
        Scale = scale;
    }

    public double Scale { get; }

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _inner.CreateTimer(callback, state, Shorten(dueTime), Shorten(period));

    private TimeSpan Shorten(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span * Scale;
}
