using System;
using System.Threading;
using LinksGenerator.Tool.Commands;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>
/// <c>pull</c> never writes a snapshot larger than the tool reads back (<see cref="BoundedFile.Limit"/>): past the limit
/// the write stops, the existing file stays as it was and no temporary file is left. The limit is lowered here rather
/// than 256 MiB written.
/// </summary>
public class SnapshotSizeLimitTests
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
}
