using System;
using System.Threading;
using LinksGenerator.Tool.Commands;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>
/// A Ctrl+C that comes after HighLevel answered, while the links are compared (seconds, for 100,000), still stops the
/// pull before it writes: exit 130 promises the snapshot was not written (docs/ghl-links.md, exit codes).
/// </summary>
public class CancelledWriteTests
{
    [Fact]
    public void A_pull_cancelled_before_its_write_leaves_the_snapshot_as_it_was()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        LocalSnapshot existing = LocalSnapshot.Load(folder.Path, "links.snapshot.json");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        bool written = false;

        Assert.Throws<OperationCanceledException>(() => PullCommand.Write(existing, "links.snapshot.json", _ => written = true, cancelled.Token));

        Assert.False(written);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        Assert.Single(folder.AllFiles());
    }
}
