using System;
using System.Linq;
using System.Runtime.CompilerServices;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>
/// What a read snapshot keeps for the rest of a run: its document, not the text it was read from. A 10,000-link file's
/// text is 5 MB of a pull's memory (docs/benchmarks.md, "ghl-links pull").
/// </summary>
public class LocalSnapshotMemoryTests
{
    [Fact]
    public void A_read_snapshot_lets_its_text_go_and_keeps_its_document()
    {
        (LocalSnapshot snapshot, WeakReference text) = ReadFromTextNothingElseHolds();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(text.IsAlive, "the snapshot keeps the text it was read from alive");
        Assert.Equal(["Book now"], snapshot.Single.Entries.Select(e => e.Name));
        Assert.Single(snapshot.Single.DeletedEntries);
        GC.KeepAlive(snapshot);
    }

    /// <summary>In a method of its own, so no local of the test's frame holds the text.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (LocalSnapshot Snapshot, WeakReference Text) ReadFromTextNothingElseHolds()
    {
        // With history, so the problems of history are looked for in the text while it is read.
        string text = SnapshotWriter.Write(
            FakeHighLevel.Location,
            [new SnapshotEntry("bk000000000000000001", "Book now", "https://a.example/book", "{{trigger_link.bk000000000000000001}}", ["Book a call"])],
            [new SnapshotEntry("of000000000000000001", "Offer", "https://a.example/offer", "{{trigger_link.of000000000000000001}}")]);
        using var folder = new TempFolder();
        LocalSnapshot snapshot = LocalSnapshot.Load(folder.Path, "links.snapshot.json").Side(text);
        Assert.True(snapshot.IsReadable, snapshot.Problem);
        Assert.True(snapshot.HasHistory);
        return (snapshot, new WeakReference(text));
    }
}
