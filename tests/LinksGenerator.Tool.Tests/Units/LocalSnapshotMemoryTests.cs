using System;
using System.Collections.Generic;
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

    [Fact]
    public void A_refreshed_link_that_did_not_change_is_the_stored_entry_itself()
    {
        string text = SnapshotWriter.Write(
            FakeHighLevel.Location,
            [
                new SnapshotEntry("bk000000000000000001", "Book now", "https://a.example/book", "{{trigger_link.bk000000000000000001}}"),
                new SnapshotEntry("of000000000000000001", "Offer", "https://a.example/offer", "{{trigger_link.of000000000000000001}}", ["Deal"]),
            ]);
        using var folder = new TempFolder();
        StoredLocation stored = LocalSnapshot.Load(folder.Path, "links.snapshot.json").Side(text).Single;
        ApiLink[] received =
        [
            new() { Id = "bk000000000000000001", Name = "Book now", RedirectTo = "https://a.example/book", FieldKey = "{{trigger_link.bk000000000000000001}}" },
            new() { Id = "of000000000000000001", Name = "Offer", RedirectTo = "https://a.example/offer", FieldKey = "{{trigger_link.of000000000000000001}}" },
        ];

        LocationContent content = LocationContent.From(FakeHighLevel.Location, received, LinkHistory.For(stored, FakeHighLevel.Location, forget: false));

        Assert.Same(stored.Entries.Single(e => e.Id == "bk000000000000000001"), content.Entries.Single(e => e.Id == "bk000000000000000001"));
        Assert.Equal(["Deal"], content.Entries.Single(e => e.Id == "of000000000000000001").FormerNames!);
    }

    [Fact]
    public void A_many_location_snapshot_loaded_for_its_entries_keeps_no_document_or_catalog_and_its_locations_mean_what_the_file_does()
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", SnapshotWriter.WriteLocations(
        [
            new("Downtown", "LOC1000000000000000A",
                [
                    new("bk000000000000000001", "Book now", "https://a.example/book", MergeField.For("bk000000000000000001"), ["Book a call"]),
                    new("bk000000000000000002", "Book now", "https://a.example/book2", "{{trigger_link.elsewhere0000000001}}"),
                    new("", "No id", null, null),
                    new("not an id", "Broken", null, null),
                ],
                [new("gn000000000000000001", "Gone", "https://a.example/gone", MergeField.For("gn000000000000000001"), ["Going"])]),
            new("Uptown", "LOC2000000000000000B", [new("up000000000000000001", "Book now", null, MergeField.For("up000000000000000001"))], []),
        ]));

        LocalSnapshot entriesOnly = LocalSnapshot.Load(folder.Path, "links.snapshot.json");
        LocalSnapshot whole = LocalSnapshot.Load(folder.Path, "links.snapshot.json", SnapshotUse.Document);
        LocalSnapshot forLint = LocalSnapshot.Load(folder.Path, "links.snapshot.json", SnapshotUse.Catalog);

        Assert.Null(entriesOnly.Document);
        Assert.Throws<InvalidOperationException>(() => entriesOnly.Catalog);
        Assert.NotNull(whole.Document);
        Assert.Null(forLint.Document);
        Assert.Empty(forLint.Locations);
        Assert.Equal(whole.Catalog!.Locations, forLint.Catalog!.Locations);
        Assert.Equal(whole.SkippedEntries, forLint.SkippedEntries);
        Assert.Equal(whole.SkippedEntries, entriesOnly.SkippedEntries);
        Assert.Equal(2, entriesOnly.SkippedEntries.Count);
        Assert.Equal(whole.Catalog!.Locations, entriesOnly.Locations.Select(l => l.Catalog!));
        Assert.Equal(whole.Locations.SelectMany(Described), entriesOnly.Locations.SelectMany(Described));
        Assert.Equal(6, entriesOnly.Locations.SelectMany(Described).Count());

        static IEnumerable<string> Described(StoredLocation location) =>
            location.Entries.Concat(location.DeletedEntries).Select(e => $"{e.Id} {e.Name} {e.RedirectTo} {e.FieldKey} [{string.Join(", ", e.FormerNames ?? [])}]");
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
