using System.Linq;
using System.Text;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>
/// A snapshot file is read from its UTF-8 bytes, not as a string: what is read, and every line and column the tool
/// names, are what the build's reading of the text gives (characters of two to four bytes, a byte order mark, CRLF).
/// </summary>
public class SnapshotBytesReadingTests
{
    private static readonly string Text = SnapshotWriter.WriteLocations(
    [
        new("Café 🎉", "LOC1000000000000000A",
            [
                new("bk000000000000000001", "Réservez 🎉 maintenant", "https://a.example/é", MergeField.For("bk000000000000000001"), ["日本語の名前", "Réservez 🎉 maintenant", "日本語の名前"]),
                new("bk000000000000000001", "Twice 🎉", null, null),
            ],
            []),
        new("Uptown", "LOC2000000000000000B", [new("up000000000000000001", "Ünïcödé", null, MergeField.For("up000000000000000001"))], []),
    ]).ReplaceLineEndings("\r\n");

    [Fact]
    public void A_file_read_from_its_bytes_names_the_places_the_text_names()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("links.snapshot.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]);

        LocalSnapshot fromBytes = LocalSnapshot.Load(folder.Path, "links.snapshot.json");
        LocalSnapshot fromText = fromBytes.Side(Text);

        Assert.True(fromBytes.IsReadable, fromBytes.Problem);
        Assert.Equal(fromText.HistoryProblems, fromBytes.HistoryProblems);
        Assert.Equal(fromText.SkippedEntries, fromBytes.SkippedEntries);
        Assert.Equal(2, fromBytes.HistoryProblems.Count);
        Assert.Single(fromBytes.SkippedEntries);
        Assert.StartsWith("line 13, column 37: ", fromBytes.HistoryProblems[0]);
        Assert.Equal(fromText.Locations.SelectMany(l => l.Entries).Select(e => e.Name), fromBytes.Locations.SelectMany(l => l.Entries).Select(e => e.Name));
        Assert.Equal("Café 🎉", fromBytes.Locations[0].Name);
    }

    [Fact]
    public void A_file_that_is_no_snapshot_is_refused_in_the_words_and_at_the_place_the_text_gives()
    {
        using var folder = new TempFolder();
        string broken = Text.Replace("\"Ünïcödé\"", "\"Ünïcödé\" oops", System.StringComparison.Ordinal);
        folder.WriteBytes("links.snapshot.json", Encoding.UTF8.GetBytes(broken));

        LocalSnapshot snapshot = LocalSnapshot.Load(folder.Path, "links.snapshot.json");

        Assert.False(snapshot.IsReadable);
        Assert.Equal(snapshot.Side(broken).Problem, snapshot.Problem);
        Assert.Equal(broken, snapshot.Text);
    }
}
