using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>
/// Read with shared text (as ghl-links reads a snapshot), the names and URLs cloned locations repeat are one string each;
/// ids and anything escaped are read as always, and what is read never changes.
/// </summary>
public class SharedStringsTests
{
    private static readonly string Text = SnapshotWriter.WriteLocations(
    [
        new("Downtown", "LOC1000000000000000A", [new("bk000000000000000001", "Book a call", "https://a.example/book", MergeField.For("bk000000000000000001"), ["Book \"now\""])], []),
        new("Uptown", "LOC2000000000000000B", [new("bk000000000000000002", "Book a call", "https://a.example/book", MergeField.For("bk000000000000000002"), ["Book \"now\""])], []),
    ]);

    [Fact]
    public void Names_and_URLs_repeated_across_locations_are_one_string_when_shared()
    {
        SnapshotLink[] links = [.. SnapshotReader.Read(Text, shareRepeatedText: true).Document!.Locations!.Select(l => l.Links.Single())];

        Assert.Same(links[0].Name, links[1].Name);
        Assert.Same(links[0].RedirectTo, links[1].RedirectTo);
        Assert.Equal(links[0].FormerNames, links[1].FormerNames);
        Assert.NotSame(links[0].FormerNames[0], links[1].FormerNames[0]); // escaped: read the slow way, never shared
    }

    [Fact]
    public void Without_sharing_each_value_is_a_string_of_its_own()
    {
        SnapshotLink[] links = [.. SnapshotReader.Read(Text).Document!.Locations!.Select(l => l.Links.Single())];

        Assert.Equal(links[0].Name, links[1].Name);
        Assert.NotSame(links[0].Name, links[1].Name);
    }

    [Fact]
    public void Many_distinct_strings_are_each_found_again_after_the_table_grows()
    {
        var shared = new SharedStrings();
        string text = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"value{i};"));
        string[] first = [.. Enumerable.Range(0, 5_000).Select(i => Slice(shared, text, $"value{i};"))];

        for (int i = 0; i < first.Length; i++)
        {
            Assert.Equal($"value{i}", first[i]);
            Assert.Same(first[i], Slice(shared, text, $"value{i};"));
        }

        Assert.False(shared.GaveUp);
    }

    [Fact]
    public void Text_that_hardly_repeats_is_no_longer_shared_once_judged_and_still_read_exactly()
    {
        var shared = new SharedStrings();
        int count = SharedStrings.GiveUpAfter + 10;
        string text = string.Concat(Enumerable.Range(0, count).Select(i => $"v{i};"));

        string[] made = [.. Enumerable.Range(0, count).Select(i => Slice(shared, text, $"v{i};"))];

        Assert.True(shared.GaveUp);
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"v{i}"), made);
        Assert.Equal("v1", Slice(shared, text, "v1;"));
        Assert.NotSame(made[1], Slice(shared, text, "v1;"));
    }

    [Fact]
    public void Text_that_repeats_stays_shared_past_the_judgement()
    {
        var shared = new SharedStrings();
        string text = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"v{i};"));

        // Like cloned locations: the same 3,000 names, location after location.
        for (int location = 0; location < 5; location++)
        {
            for (int i = 0; i < 3_000; i++)
            {
                Slice(shared, text, $"v{i};");
            }
        }

        string extra = string.Concat(Enumerable.Range(0, SharedStrings.GiveUpAfter).Select(i => $"w{i};"));
        for (int i = 0; i < SharedStrings.GiveUpAfter; i++)
        {
            Slice(shared, extra, $"w{i};");
        }

        Assert.False(shared.GaveUp);
    }

    private static string Slice(SharedStrings shared, string text, string marked) =>
        shared.Get(new StringText(text), text.IndexOf(marked, System.StringComparison.Ordinal), marked.Length - 1);
}
