using System;
using System.Linq;
using System.Runtime.CompilerServices;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>
/// What a pull holds for the rest of a run: a read snapshot's document, not the text it was read from (a 10,000-link
/// file's text is 5 MB); a refreshed link's text once, not once as stored and again as received (docs/benchmarks.md,
/// "ghl-links pull").
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

    [Fact]
    public void A_refreshed_link_holds_the_snapshots_text_where_it_is_the_same_and_the_new_text_where_it_changed()
    {
        string text = SnapshotWriter.Write(
            FakeHighLevel.Location,
            [
                new SnapshotEntry("bk000000000000000001", "Book now", "https://a.example/book", "{{trigger_link.bk000000000000000001}}"),
                new SnapshotEntry("of000000000000000001", "Offer", "https://a.example/offer", "{{trigger_link.of000000000000000001}}"),
            ]);
        using var folder = new TempFolder();
        StoredLocation stored = LocalSnapshot.Load(folder.Path, "links.snapshot.json").Side(text).Single;
        ApiLink[] received =
        [
            new() { Id = new string("bk000000000000000001".AsSpan()), Name = new string("Book now".AsSpan()), RedirectTo = "https://a.example/book-a-call" },
            new() { Id = "nw000000000000000001", Name = "New", RedirectTo = "https://a.example/new" },
        ];

        LocationContent content = LocationContent.From(FakeHighLevel.Location, received, LinkHistory.For(stored, FakeHighLevel.Location, forget: false));

        SnapshotEntry book = content.Entries.Single(e => e.Id == "bk000000000000000001");
        Assert.Same(stored.Entries[0].Id, book.Id);
        Assert.Same(stored.Entries[0].Name, book.Name);
        Assert.Same(received[0].RedirectTo, book.RedirectTo);
        Assert.Same(received[1].Name, content.Entries.Single(e => e.Id == "nw000000000000000001").Name);
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
