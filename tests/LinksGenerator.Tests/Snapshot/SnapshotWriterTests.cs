using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using LinksGenerator.Snapshot;
using LinksGenerator.Testing;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>The snapshot is committed: its bytes must depend only on the links, and read back exactly.</summary>
public class SnapshotWriterTests
{
    private static readonly SnapshotEntry[] Links =
    [
        new("n4AriwEnFrGh3tu08W0U", "first tag", "https://www.google.com/", "{{trigger_link.n4AriwEnFrGh3tu08W0U}}"),
        new("Ab3dEfGh1jKlMnOpQr5t", "Summer \"Sale\"\n2024 é 🎉 \u2028", "https://acme.example/?a=1&b=<2>", "{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}"),
        new("zz", null, null, null),
    ];

    [Fact]
    public void Writes_schema_1_sorted_by_id_with_two_space_indentation_and_a_final_newline()
    {
        string text = SnapshotWriter.Write("ve9EPM428h8vShlRW1KT", Links);

        Assert.Equal(
            """
            {
              "schemaVersion": 1,
              "locationId": "ve9EPM428h8vShlRW1KT",
              "links": [
                {
                  "id": "Ab3dEfGh1jKlMnOpQr5t",
                  "name": "Summer \"Sale\"\n2024 é 🎉 \u2028",
                  "redirectTo": "https://acme.example/?a=1&b=<2>",
                  "fieldKey": "{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}"
                },
                {
                  "id": "n4AriwEnFrGh3tu08W0U",
                  "name": "first tag",
                  "redirectTo": "https://www.google.com/",
                  "fieldKey": "{{trigger_link.n4AriwEnFrGh3tu08W0U}}"
                },
                {
                  "id": "zz"
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void History_is_written_as_schema_2_with_former_names_and_sorted_deleted_links()
    {
        SnapshotEntry[] links = [new("n4AriwEnFrGh3tu08W0U", "First tag (spring)", "https://www.google.com/", "{{trigger_link.n4AriwEnFrGh3tu08W0U}}", ["first tag", "First \"Tag\""])];
        SnapshotEntry[] deleted =
        [
            new("zz9LastByIdLink00001", "Zebra offer", "https://example.com/z", "{{trigger_link.zz9LastByIdLink00001}}"),
            new("aa1", "Apple", null, "{{trigger_link.aa1}}", ["Apples"]),
        ];

        string text = SnapshotWriter.Write("ve9EPM428h8vShlRW1KT", links, deleted);

        Assert.Equal(
            """
            {
              "schemaVersion": 2,
              "locationId": "ve9EPM428h8vShlRW1KT",
              "links": [
                {
                  "id": "n4AriwEnFrGh3tu08W0U",
                  "name": "First tag (spring)",
                  "redirectTo": "https://www.google.com/",
                  "fieldKey": "{{trigger_link.n4AriwEnFrGh3tu08W0U}}",
                  "formerNames": ["first tag", "First \"Tag\""]
                }
              ],
              "deletedLinks": [
                {
                  "id": "aa1",
                  "name": "Apple",
                  "fieldKey": "{{trigger_link.aa1}}",
                  "formerNames": ["Apples"]
                },
                {
                  "id": "zz9LastByIdLink00001",
                  "name": "Zebra offer",
                  "redirectTo": "https://example.com/z",
                  "fieldKey": "{{trigger_link.zz9LastByIdLink00001}}"
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Empty_history_is_omitted_and_keeps_schema_1()
    {
        string withEmptyHistory = SnapshotWriter.Write("loc", [new("a", "A", null, null, [])], []);

        Assert.Equal(SnapshotWriter.Write("loc", [new("a", "A", null, null)]), withEmptyHistory);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,", withEmptyHistory, StringComparison.Ordinal);
        Assert.DoesNotContain("formerNames", withEmptyHistory, StringComparison.Ordinal);
        Assert.DoesNotContain("deletedLinks", withEmptyHistory, StringComparison.Ordinal);
    }

    [Fact]
    public void History_reads_back_exactly()
    {
        SnapshotEntry[] links = [new("a", "Now", null, "{{trigger_link.a}}", ["Then", "Before \u2028 é 🎉"])];
        SnapshotEntry[] deleted = [new("b", "Gone", "https://b/", "{{trigger_link.b}}", ["Went"])];

        SnapshotDocument document = SnapshotReader.Read(SnapshotWriter.Write("loc", links, deleted)).Document!;

        Assert.Equal(["Then", "Before \u2028 é 🎉"], Assert.Single(document.Links).FormerNames);
        SnapshotLink gone = Assert.Single(document.DeletedLinks);
        Assert.Equal(("b", "Gone", "https://b/", "{{trigger_link.b}}"), (gone.Id, gone.Name, gone.RedirectTo, gone.FieldKey));
        Assert.Equal(["Went"], gone.FormerNames);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void A_document_made_of_entries_means_what_the_written_text_means()
    {
        SnapshotEntry[] links = [new("a", "Now", null, "{{trigger_link.a}}", ["Then"]), new("b", "Other", "https://b/", "{{trigger_link.b}}"), new("c", "now", null, "{{trigger_link.c}}")];
        SnapshotEntry[] deleted = [new("z", "Then", null, "{{trigger_link.z}}"), new("y", "Gone", null, null)];

        var fromEntries = LinksGenerator.Catalog.LinkCatalogReader.Interpret(SnapshotDocument.Of("loc", links, deleted));
        var fromText = LinksGenerator.Catalog.LinkCatalogReader.Read(SnapshotWriter.Write("loc", links, deleted));

        Assert.Equal(fromText.Links, fromEntries.Links);
        Assert.Equal(fromText.Aliases, fromEntries.Aliases);
        Assert.Equal(fromText.DeletedLinks, fromEntries.DeletedLinks);
        Assert.Equal(fromText.LocationId, fromEntries.LocationId);
        Assert.Equal(fromText.Issues.Select(i => i.MessageArgs), fromEntries.Issues.Select(i => i.MessageArgs));
    }

    [Fact]
    public void An_empty_location_writes_an_empty_array()
    {
        Assert.Equal("{\n  \"schemaVersion\": 1,\n  \"links\": []\n}\n", SnapshotWriter.Write(null, []));
    }

    [Fact]
    public void The_order_of_links_never_changes_the_text()
    {
        string expected = SnapshotWriter.Write("loc", Links);
        var random = new Random(7);

        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(expected, SnapshotWriter.Write("loc", Links.OrderBy(_ => random.Next())));
        }
    }

    [Fact]
    public void What_is_written_reads_back_exactly_with_our_reader_and_with_System_Text_Json()
    {
        string nasty = string.Concat(Enumerable.Range(0, 0xD800).Where(c => c % 97 == 0 || c < 0x100).Select(c => (char)c)) + "\uD83C\uDF89";
        SnapshotEntry[] links = [.. Links, new("nasty", nasty, nasty, nasty)];

        string text = SnapshotWriter.Write("loc", links);

        SnapshotDocument document = SnapshotReader.Read(text).Document!;
        Assert.Equal(links.OrderBy(l => l.Id, StringComparer.Ordinal), document.Links.Select(l => new SnapshotEntry(l.Id!, l.Name, l.RedirectTo, l.FieldKey)));
        using JsonDocument json = JsonDocument.Parse(text);
        Assert.Equal(nasty, json.RootElement.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "nasty").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("quote\"back\\slash")]
    [InlineData("line\nend\u2028tab\t")]
    [InlineData("pair\uD83C\uDF89")]
    public void An_ids_own_fieldKey_is_written_as_its_text_would_be(string id)
    {
        // The entry keeps its id's own fieldKey as a flag; the writer writes it in parts, escaped as the whole is.
        var own = new SnapshotEntry(id, null, null, MergeField.For(id));
        string expected = SnapshotWriter.Write("loc", [new SnapshotEntry(id, null, null, "x")]).Replace(JsonString("x"), JsonString(MergeField.For(id)), StringComparison.Ordinal);

        Assert.True(own.HasIdsOwnFieldKey);
        Assert.Equal(expected, SnapshotWriter.Write("loc", [own]));
        Assert.Equal(MergeField.For(id), SnapshotReader.Read(expected).Document!.Links.Single().FieldKey);
    }

    [Fact]
    public void The_repository_snapshot_is_in_canonical_form()
    {
        string path = Path.Combine(RepositoryPaths.Root, SnapshotFormat.DefaultFileName);
        byte[] bytes = File.ReadAllBytes(path);
        SnapshotDocument document = SnapshotReader.Read(Encoding.UTF8.GetString(bytes)).Document!;

        string rewritten = SnapshotWriter.Write(document.LocationId, document.Links.Select(l => new SnapshotEntry(l.Id!, l.Name, l.RedirectTo, l.FieldKey)));

        Assert.Equal(rewritten, Encoding.UTF8.GetString(bytes));
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the snapshot must not start with a BOM");
        Assert.Contains(document.Links, l => l.Id == "n4AriwEnFrGh3tu08W0U" && l.Name == "first tag");
        Assert.True(document.Links.Count >= 12);
    }

    /// <summary><paramref name="value"/> as the writer writes a string, quotes included.</summary>
    private static string JsonString(string value)
    {
        using var text = new StringWriter();
        SnapshotWriter.AppendString(text, value);
        return text.ToString();
    }
}
