using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Output;
using Polly;
using Polly.Retry;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Makes one request to HighLevel (Get Links, or a token exchange) until it succeeds, retrying what is worth retrying
/// through a Polly retry strategy: 429 (unless the daily quota is spent), 502, 503, 504, timeouts and broken
/// connections; never other 4xx or 500. Waits run on the host's clock and are at least what <c>Retry-After</c> or
/// <c>x-ratelimit-interval-milliseconds</c> asks; each retry prints one line; the whole fetch stays within the overall
/// bound. Each fetch keeps its own count and time, so locations fetched side by side never share a retry state, and its
/// time leaves out the time its requests wait for a place among the run's requests in flight (<see cref="RequestGate"/>):
/// fifty locations queued behind four slow ones must not find their bound spent before their first request.
/// </summary>
internal sealed class RetryingFetcher
{
    private readonly Reporter _reporter;
    private readonly TimeProvider _clock;
    private readonly Func<double> _random;
    private readonly RetryPolicy _policy;
    private readonly string _linePrefix;

    /// <summary>Retry lines go to <paramref name="reporter"/>, each starting with <paramref name="linePrefix"/>: "" for one location, "Downtown: " among many.</summary>
    public RetryingFetcher(Reporter reporter, TimeProvider clock, Func<double> random, RetryPolicy policy, string linePrefix = "")
    {
        _reporter = reporter;
        _clock = clock;
        _random = random;
        _policy = policy;
        _linePrefix = linePrefix;
    }

    /// <summary>
    /// Makes <paramref name="attempt"/> until it succeeds or retrying can no longer help. The attempt is given a function
    /// to call when its request is let go, which answers the time the attempt may take.
    /// </summary>
    public async Task<FetchOutcome> FetchAsync(Func<Func<TimeSpan>, CancellationToken, Task<AttemptResult>> attempt, TimeSpan attemptTimeout, CancellationToken cancellationToken)
    {
        var run = new Run(_clock, _policy.OverallLimit(attemptTimeout));
        ResiliencePipeline<AttemptResult> pipeline = new ResiliencePipelineBuilder<AttemptResult> { TimeProvider = _clock }
            .AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                MaxRetryAttempts = _policy.MaxAttempts - 1,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.AttemptNumber, run)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(NextDelay(args.Outcome.Result!, args.AttemptNumber, run)),
                OnRetry = args =>
                {
                    _reporter.Progress($"{_linePrefix}{args.Outcome.Result!.Summary}, retrying in {Durations.Format(args.RetryDelay)} (attempt {args.AttemptNumber + 2}/{_policy.MaxAttempts})");
                    return default;
                },
            })
            .Build();

        AttemptResult last = await pipeline.ExecuteAsync(
            async token =>
            {
                run.Attempts++;
                run.Queued();
                return await attempt(
                    () =>
                    {
                        run.LetGo();
                        TimeSpan remaining = run.Remaining;
                        return remaining < attemptTimeout ? remaining : attemptTimeout;
                    },
                    token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        return new FetchOutcome(last, run.Attempts, run.StoppedEarly, attemptTimeout);
    }

    private bool ShouldRetry(Outcome<AttemptResult> outcome, int attemptNumber, Run run)
    {
        // An exception here is cancellation by the user (or a bug): never retried, it propagates.
        if (outcome.Result is not { IsTransient: true } result || attemptNumber + 1 >= _policy.MaxAttempts)
        {
            return false;
        }

        // Only the server's own wait is fixed; backoff shrinks to fit. If what the server asks cannot fit in the
        // overall bound (with time left for the attempt itself), waiting would only end in the same failure later.
        (TimeSpan Wait, string Source)? asked = ServerWait(result);
        TimeSpan needed = (asked?.Wait ?? TimeSpan.Zero) + _policy.MinimumAttemptTime;
        if (needed > run.Remaining)
        {
            // "Past the limit" would read as if the wait alone were longer, after attempts that used most of it.
            run.StoppedEarly = asked is { } a
                ? needed > run.Limit
                    ? $"HighLevel asked to wait {RateLimitHeaders.DescribeWait(a.Wait)} ({a.Source}), longer than this run's overall limit of {Durations.Format(run.Limit)}"
                    : $"HighLevel asked to wait {RateLimitHeaders.DescribeWait(a.Wait)} ({a.Source}), and {Durations.Format(run.Remaining)} is left of this run's overall limit of {Durations.Format(run.Limit)}: no time for another attempt after it"
                : $"this run's overall limit of {Durations.Format(run.Limit)} is reached";
            return false;
        }

        return true;
    }

    private TimeSpan NextDelay(AttemptResult result, int attemptNumber, Run run)
    {
        TimeSpan backoff = _policy.Backoff(attemptNumber, _random());
        TimeSpan room = run.Remaining - _policy.MinimumAttemptTime;
        if (backoff > room)
        {
            backoff = room > TimeSpan.Zero ? room : TimeSpan.Zero;
        }

        if (ServerWait(result) is not { } asked)
        {
            return backoff;
        }

        TimeSpan atLeast = RetryPolicy.AtLeast(asked.Wait, _random());
        return atLeast > backoff ? atLeast : backoff;
    }

    private static (TimeSpan Wait, string Source)? ServerWait(AttemptResult result) =>
        result is ErrorStatus error ? error.RateLimits.MinimumWait(error.Status) : null;

    /// <summary>The state of one fetch: attempts made, time used (queueing left out), and why retrying stopped early, if it did.</summary>
    private sealed class Run
    {
        private readonly TimeProvider _clock;
        private readonly long _start;
        private long _queuedSince;
        private TimeSpan _queued;

        public Run(TimeProvider clock, TimeSpan limit)
        {
            _clock = clock;
            _start = clock.GetTimestamp();
            Limit = limit;
        }

        public TimeSpan Limit { get; }

        public TimeSpan Remaining => Limit - (_clock.GetElapsedTime(_start) - _queued);

        /// <summary>An attempt starts waiting for a place among the requests in flight.</summary>
        public void Queued() => _queuedSince = _clock.GetTimestamp();

        /// <summary>The attempt's request is let go: the wait since <see cref="Queued"/> is not this fetch's time.</summary>
        public void LetGo() => _queued += _clock.GetElapsedTime(_queuedSince);

        public int Attempts { get; set; }

        public string? StoppedEarly { get; set; }
    }
}

/// <summary>
/// How a fetch ended: the last attempt's result, how many attempts it took, why retrying stopped early, and the time
/// each attempt was given (<c>--timeout</c>; the last may have had less, what the run's overall limit left).
/// </summary>
internal sealed record FetchOutcome(AttemptResult Last, int Attempts, string? StoppedEarly, TimeSpan AttemptTimeout)
{
    public IReadOnlyList<ApiLink>? Links => (Last as LinksReceived)?.Links;

    public string? Token => (Last as TokenReceived)?.Token;
}
