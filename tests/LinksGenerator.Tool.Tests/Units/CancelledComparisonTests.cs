using System;
using System.Threading;
using LinksGenerator.Tool.Diff;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>
/// A Ctrl+C (or a CI job's timeout) that comes while <c>check</c> compares HighLevel's answer with the snapshot gives no
/// verdict: exit 130, not 1 "stale" (docs/ghl-links.md, exit codes). The comparison is where the seconds go for 100,000
/// links, so it is where the cancellation is seen.
/// </summary>
public class CancelledComparisonTests
{
    [Fact]
    public void A_comparison_whose_run_was_cancelled_gives_no_verdict()
    {
        LocationContent live = LocationContent.From(FakeHighLevel.Location, [new ApiLink { Id = "a", Name = "first" }], LinkHistory.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => SnapshotDiff.Compare(StoredLocation.None(), live, cancelled.Token));
        Assert.False(SnapshotDiff.Compare(StoredLocation.None(), live).IsUpToDate); // the same comparison, not cancelled, is a verdict
    }
}
