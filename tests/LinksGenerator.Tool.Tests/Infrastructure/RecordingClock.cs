using System;
using System.Collections.Generic;
using System.Threading;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>
/// A fake clock for the tool's retry waits: every wait it is asked for is recorded, moves the clock forward by that much,
/// and ends at once. Tests assert what the tool asked to wait without sleeping through it.
/// </summary>
internal sealed class RecordingClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private readonly List<TimeSpan> _waits = new();
    private TimeSpan _elapsed;

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return _waits.ToArray();
            }
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Time passes without a wait of the tool's: what a test's slow server took, on this clock.</summary>
    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _elapsed += by;
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return Start + _elapsed;
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _elapsed.Ticks;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_gate)
            {
                _waits.Add(dueTime);
                _elapsed += dueTime;
            }

            // Never inside CreateTimer: the caller has not stored the timer yet.
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new NeverAgainTimer();
    }

    private sealed class NeverAgainTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }
}
