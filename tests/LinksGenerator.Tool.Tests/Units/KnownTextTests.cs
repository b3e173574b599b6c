using System.Linq;
using System.Text;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>
/// A Links answer read with the text the snapshot already has: a value spelled the same way is the snapshot's string,
/// not a copy, however the answer escapes it; any other value is read as it always was (docs/benchmarks.md, "ghl-links pull").
/// </summary>
public class KnownTextTests
{
    private static readonly SnapshotEntry Stored = new("bk000000000000000001", "Book \"now\" é", "https://a.example/book?x=1&y=2", MergeField.For("bk000000000000000001"));

    [Fact]
    public void Values_the_snapshot_has_are_its_own_strings_however_the_answer_escapes_them()
    {
        ApiLink link = Read(
            """{"links":[{"id":"bk000000000000000001","name":"Book \"now\" \u00e9","redirectTo":"https:\/\/a.example\/book?x=1&y=2","fieldKey":"{{trigger_link.bk000000000000000001}}"}]}""",
            KnownText.Of([Stored]));

        Assert.Same(Stored.Id, link.Id);
        Assert.Same(Stored.Name, link.Name);
        Assert.Same(Stored.RedirectTo, link.RedirectTo);
        Assert.Equal(Stored.FieldKey, link.FieldKey);
    }

    [Fact]
    public void Other_values_are_new_strings_with_the_answers_text()
    {
        string longName = new('n', 2_000);
        ApiLink link = Read(
            $$"""{"links":[{"id":"bk000000000000000001","name":"{{longName}}","redirectTo":"https://a.example/book?x=1&y=3","fieldKey":null}]}""",
            KnownText.Of([Stored]));

        Assert.Same(Stored.Id, link.Id);
        Assert.Equal(longName, link.Name);
        Assert.Equal("https://a.example/book?x=1&y=3", link.RedirectTo);
        Assert.Null(link.FieldKey);
    }

    [Fact]
    public void The_location_id_every_link_repeats_is_the_one_string_asked_with_even_on_a_first_pull()
    {
        string locationId = new StringBuilder("ve9EPM428h8vShlRW1KT").ToString();
        var known = KnownText.Of([], locationId);
        LinksResponse? answer = LinksResponseReader.Parse(
            Encoding.UTF8.GetBytes("""{"links":[{"id":"a1","locationId":"ve9EPM428h8vShlRW1KT"},{"id":"a2","locationId":"ve9EPM428h8vShlRW1\u004bT"},{"id":"a3","locationId":"other"}]}"""),
            known);

        Assert.Same(locationId, answer!.Links![0]!.LocationId);
        Assert.Same(locationId, answer.Links[1]!.LocationId);
        Assert.Equal("other", answer.Links[2]!.LocationId);
        Assert.Equal("a1", answer.Links[0]!.Id);
    }

    [Fact]
    public void Without_known_text_every_value_is_read_as_it_is()
    {
        ApiLink link = Read("""{"links":[{"_id":"bk000000000000000001","name":"Book \"now\" \u00e9"}]}""", KnownText.None);

        Assert.Equal("bk000000000000000001", link.UnderscoreId);
        Assert.Equal(Stored.Name, link.Name);
        Assert.NotSame(Stored.Name, link.Name);
    }

    private static ApiLink Read(string json, KnownText known) =>
        LinksResponseReader.Parse(Encoding.UTF8.GetBytes(json), known)!.Links!.Single()!;
}
