using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>Schema 2 (docs/snapshot-format.md): former names, deleted links, <c>_id</c>, and history edited into nonsense.</summary>
public class SnapshotHistoryReaderTests
{
    [Fact]
    public void Schema_2_reads_former_names_and_deleted_links()
    {
        const string Text = """
            {
              "schemaVersion": 2,
              "locationId": "ve9EPM428h8vShlRW1KT",
              "links": [
                { "id": "n4AriwEnFrGh3tu08W0U", "name": "First tag (spring)", "fieldKey": "{{trigger_link.n4AriwEnFrGh3tu08W0U}}", "formerNames": ["first tag", "First Tag"] }
              ],
              "deletedLinks": [
                { "id": "zz9LastByIdLink00001", "name": "Zebra offer", "redirectTo": "https://example.com/z", "fieldKey": "{{trigger_link.zz9LastByIdLink00001}}", "formerNames": ["Zebra"] }
              ]
            }
            """;

        SnapshotDocument document = SnapshotReader.Read(Text).Document!;

        Assert.Equal(2, document.SchemaVersion);
        Assert.True(document.HasHistory);
        Assert.Equal(["first tag", "First Tag"], Assert.Single(document.Links).FormerNames);
        SnapshotLink deleted = Assert.Single(document.DeletedLinks);
        Assert.Equal(("zz9LastByIdLink00001", "Zebra offer", "https://example.com/z"), (deleted.Id, deleted.Name, deleted.RedirectTo));
        Assert.Equal(["Zebra"], deleted.FormerNames);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void Schema_1_without_history_reads_as_before()
    {
        SnapshotDocument document = SnapshotReader.Read("""{"schemaVersion":1,"links":[{"id":"a"}]}""").Document!;

        Assert.False(document.HasHistory);
        Assert.Empty(Assert.Single(document.Links).FormerNames);
        Assert.Empty(document.DeletedLinks);
    }

    [Theory]
    [InlineData("""{"links":[{"_id":"fromUnderscore","name":"x"}]}""", "fromUnderscore")]
    [InlineData("""{"links":[{"id":"plain","_id":"ignored"}]}""", "plain")]
    [InlineData("""{"links":[{"id":null,"_id":"fallback"}]}""", "fallback")]
    public void An_underscore_id_is_read_where_id_is_absent(string text, string id)
    {
        SnapshotLink link = Assert.Single(SnapshotReader.Read(text).Document!.Links);

        Assert.Equal(id, link.Id);
        Assert.Equal("\"" + id + "\"", text.Substring(link.IdRange!.Value.Start, link.IdRange.Value.Length));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("17")]
    public void A_newer_schema_version_says_to_update(string version)
    {
        string text = "{\"schemaVersion\": " + version + ", \"links\": []}";

        SnapshotReadError error = SnapshotReader.Read(text).Error!;

        Assert.Equal($"it was written by a newer ghl-links (schemaVersion {version}; this version reads 1 to 2): update LinksGenerator and LinksGenerator.Tool", error.Message);
        Assert.Equal(text.IndexOf(version, System.StringComparison.Ordinal), error.Offset);
    }

    [Theory]
    [InlineData("2147483648", "2147483648")]
    [InlineData("1000000000000000000000000000000", "10000000000000000000…")]
    public void A_schema_version_too_large_for_a_number_is_newer_too(string version, string shown)
    {
        string text = "{\"schemaVersion\": " + version + ", \"links\": []}";

        SnapshotReadError error = SnapshotReader.Read(text).Error!;

        Assert.Equal($"it was written by a newer ghl-links (schemaVersion {shown}; this version reads 1 to 2): update LinksGenerator and LinksGenerator.Tool", error.Message);
    }

    [Theory]
    [InlineData("""{"links":[{"id":"a","formerNames":"old"}]}""", "\"old\"", "\"formerNames\" is skipped: \"formerNames\" must be an array of strings, found a string")]
    [InlineData("""{"links":[{"id":"a","formerNames":["old",42]}]}""", "[\"old\",42]", "\"formerNames\" is skipped: each entry of \"formerNames\" must be a string, found a number")]
    [InlineData("""{"links":[],"deletedLinks":{"id":"z"}}""", "{\"id\":\"z\"}", "\"deletedLinks\" is skipped: \"deletedLinks\" must be an array of links, found an object")]
    [InlineData("""{"links":[],"deletedLinks":["z"]}""", "\"z\"", "an entry of \"deletedLinks\" is skipped: each entry of \"deletedLinks\" must be an object, found a string")]
    [InlineData("""{"links":[],"deletedLinks":[{"id":"z","name":7}]}""", "{\"id\":\"z\",\"name\":7}", "an entry of \"deletedLinks\" is skipped: \"name\" must be a string or null, found a number")]
    public void History_of_the_wrong_shape_is_skipped_with_a_problem_where_it_is(string text, string skipped, string message)
    {
        SnapshotDocument document = SnapshotReader.Read(text).Document!;

        SnapshotProblem problem = Assert.Single(document.Problems);
        Assert.Equal(message, problem.Message);
        Assert.Equal(skipped, text.Substring(problem.Range.Start, problem.Range.Length));
        Assert.Equal(text.Contains("\"links\":[{", System.StringComparison.Ordinal) ? 1 : 0, document.Links.Count);
    }

    [Fact]
    public void A_bad_deleted_entry_leaves_the_good_ones()
    {
        const string Text = """{"links":[],"deletedLinks":[{"id":"a"},{"id":["b"]},{"id":"c","formerNames":{}}]}""";

        SnapshotDocument document = SnapshotReader.Read(Text).Document!;

        Assert.Equal(["a", "c"], document.DeletedLinks.Select(l => l.Id));
        Assert.Equal(2, document.Problems.Count);
    }

    [Theory]
    [InlineData("""{"links":[],"deletedLinks":[{"id":"a",}]}""")]
    [InlineData("""{"links":[{"id":"a","formerNames":["x" "y"]}]}""")]
    [InlineData("""{"links":[],"deletedLinks":[{"id":"a","id":"b"}]}""")]
    public void History_that_is_not_well_formed_JSON_still_fails_the_file(string text) =>
        Assert.Null(SnapshotReader.Read(text).Document);

    [Fact]
    public void A_link_of_the_wrong_shape_in_links_still_fails_the_file()
    {
        // Links are what the build generates from: strict. Only history is lenient.
        Assert.Null(SnapshotReader.Read("""{"links":[{"id":"a","name":7}]}""").Document);
    }
}
