using System;
using System.Threading;
using LinksGenerator.Tool.Commands;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>
/// What <c>pull</c>'s write refuses, leaving the existing file as it was and no temporary file: a snapshot larger than
/// the tool reads back (<see cref="BoundedFile.Limit"/>; lowered here rather than 256 MiB written), and a run cancelled
/// after HighLevel answered, while the links were compared (exit 130 promises the snapshot was not written:
/// docs/ghl-links.md, exit codes).
/// </summary>
public class PullWriteTests
{
    [Fact]
    public void A_snapshot_past_the_limit_is_not_written_and_the_old_one_stays()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        LocalSnapshot existing = LocalSnapshot.Load(folder.Path, "links.snapshot.json");

        ToolException e = Assert.Throws<ToolException>(() => PullCommand.Write(existing, "links.snapshot.json", stream => stream.Write(new byte[1001]), CancellationToken.None, limit: 1000));

        Assert.Equal(ExitCode.Failed, e.ExitCode);
        Assert.Equal(
            "HighLevel's links would make links.snapshot.json larger than 1000 bytes, more than a snapshot may be (the tool would not read it back); " +
            "the existing file is untouched. That is not what a location's links come to: check --base-url, or try again later",
            e.Message);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public void A_snapshot_of_exactly_the_limit_is_written()
    {
        using var folder = new TempFolder();
        LocalSnapshot missing = LocalSnapshot.Load(folder.Path, "links.snapshot.json");

        Assert.True(PullCommand.Write(missing, "links.snapshot.json", stream => stream.Write("{}\n"u8.ToArray().AsSpan()), CancellationToken.None, limit: 3));
        Assert.Equal("{}\n", folder.ReadText());
    }

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
