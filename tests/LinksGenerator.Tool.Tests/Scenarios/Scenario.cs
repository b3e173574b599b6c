using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace LinksGenerator.Tool.Tests.Scenarios;

internal enum SnapshotAfter
{
    /// <summary>Byte-identical to the snapshot the folder had before the run.</summary>
    Unchanged,

    /// <summary>Exactly <see cref="TestLinks.ExpectedSnapshot"/>.</summary>
    Expected,

    /// <summary>Replaced by a snapshot the generator reads with <see cref="Scenario.LinkCount"/> links, sorted by id.</summary>
    Replaced,
}

/// <summary>
/// One way HighLevel (or the network) can answer, and what the tool must do about it: exit code, how many requests
/// reach the server, what the message says, and what becomes of the snapshot.
/// </summary>
/// <param name="Respond">Answers request number n (from 1); null serves as documented.</param>
/// <param name="MinimumWaitSeconds">
/// The wait the server asks for before a retry (<c>Retry-After</c>, or the 429 interval); some retry wait must be at
/// least this long. Null when the scenario retries on the retry policy's backoff alone, or not at all.
/// </param>
internal sealed record Scenario(
    string Name,
    Func<FakeHighLevel, HttpContext, int, Task>? Respond,
    int ExitCode,
    int Requests,
    string[] Expect,
    SnapshotAfter Snapshot = SnapshotAfter.Unchanged,
    double TimeoutSeconds = 20,
    double? MinimumWaitSeconds = null,
    IReadOnlyList<TestLink>? Links = null,
    int LinkCount = 5)
{
    /// <summary>
    /// Whether the tool retries here: every retry waits first, and only a fake clock makes the waits instant. A run on the
    /// real clock (the installed tool) sleeps through them, for as long as <see cref="LongestTotalWait"/>.
    /// </summary>
    public bool NeedsClock => Requests > 1;

    /// <summary>
    /// The most a run on the real clock sleeps between its attempts, all waits added up: the retry policy's backoff at
    /// its largest jitter. Null when the server asks for waits of its own (<see cref="MinimumWaitSeconds"/>), which the
    /// policy does not bound.
    /// </summary>
    public TimeSpan? LongestTotalWait => MinimumWaitSeconds is not null
        ? null
        : TimeSpan.FromTicks(Enumerable.Range(0, Requests - 1).Sum(retry => RetryPolicy.Default.Backoff(retry, random: 1).Ticks));

    public override string ToString() => Name;
}
