using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>Many-location snapshots (docs/snapshot-format.md, "Many locations"): read, written, and never mixed with <c>links</c>.</summary>
public class SnapshotLocationsTests
{
    private static readonly SnapshotLocationEntry[] Locations =
    [
        new("Uptown", "LOC2", [new("u1", "Book a call", "https://b/u", "{{trigger_link.u1}}")], []),
        new("Downtown", "LOC1", [new("d2", "Book a call", "https://b/d", "{{trigger_link.d2}}", ["Call us"]), new("d1", "Parking", null, "{{trigger_link.d1}}")], [new("d9", "Old", null, "{{trigger_link.d9}}")]),
    ];

    [Fact]
    public void Locations_are_written_sorted_by_name_with_their_links_and_history()
    {
        Assert.Equal(
            """
            {
              "schemaVersion": 2,
              "locations": [
                {
                  "name": "Downtown",
                  "locationId": "LOC1",
                  "links": [
                    {
                      "id": "d1",
                      "name": "Parking",
                      "fieldKey": "{{trigger_link.d1}}"
                    },
                    {
                      "id": "d2",
                      "name": "Book a call",
                      "redirectTo": "https://b/d",
                      "fieldKey": "{{trigger_link.d2}}",
                      "formerNames": ["Call us"]
                    }
                  ],
                  "deletedLinks": [
                    {
                      "id": "d9",
                      "name": "Old",
                      "fieldKey": "{{trigger_link.d9}}"
                    }
                  ]
                },
                {
                  "name": "Uptown",
                  "locationId": "LOC2",
                  "links": [
                    {
                      "id": "u1",
                      "name": "Book a call",
                      "redirectTo": "https://b/u",
                      "fieldKey": "{{trigger_link.u1}}"
                    }
                  ]
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            SnapshotWriter.WriteLocations(Locations));
    }

    [Fact]
    public void Written_locations_read_back_exactly()
    {
        SnapshotDocument document = SnapshotReader.Read(SnapshotWriter.WriteLocations(Locations)).Document!;

        Assert.Equal(["Downtown", "Uptown"], document.Locations!.Select(l => l.Name));
        Assert.Equal(["LOC1", "LOC2"], document.Locations!.Select(l => l.LocationId));
        Assert.Equal(["d1", "d2"], document.Locations![0].Links.Select(l => l.Id));
        Assert.Equal(["Call us"], document.Locations![0].Links[1].FormerNames);
        Assert.Equal("d9", Assert.Single(document.Locations![0].DeletedLinks).Id);
        Assert.Empty(document.Links);
        Assert.True(document.HasHistory);
        Assert.Equal(2, document.SchemaVersion);
    }

    [Fact]
    public void No_locations_write_an_empty_list()
    {
        Assert.Equal("{\n  \"schemaVersion\": 2,\n  \"locations\": []\n}\n", SnapshotWriter.WriteLocations([]));
        Assert.Empty(SnapshotReader.Read(SnapshotWriter.WriteLocations([])).Document!.Locations!);
    }

    [Theory]
    [InlineData("""{"links":[],"locations":[]}""", "a snapshot has either \"links\" (one location) or \"locations\" (many), not both", "\"locations\"")]
    [InlineData("""{"locations":[],"links":[]}""", "a snapshot has either \"links\" (one location) or \"locations\" (many), not both", "\"links\"")]
    [InlineData("""{"locations":[{"name":"A","locationId":"L"}]}""", "a location has no \"links\" array", "{\"name\"")]
    [InlineData("""{"locations":{"name":"A"}}""", "\"locations\" must be an array, found an object", "{\"name\"")]
    [InlineData("""{"locations":[{"name":7,"links":[]}]}""", "\"name\" must be a string or null, found a number", "7")]
    public void Locations_of_the_wrong_shape_fail_the_file_where_they_go_wrong(string text, string message, string at)
    {
        SnapshotReadError error = SnapshotReader.Read(text).Error!;

        Assert.Equal(message, error.Message);
        Assert.Equal(text.IndexOf(at, System.StringComparison.Ordinal) + (at == "\"locations\"" || at == "\"links\"" ? at.Length + 1 : 0), error.Offset);
    }

    [Fact]
    public void A_top_level_deleted_links_beside_locations_is_skipped_with_a_problem()
    {
        const string Text = """{"locations":[{"name":"A","locationId":"L","links":[]}],"deletedLinks":[{"id":"x"}]}""";
        SnapshotDocument document = SnapshotReader.Read(Text).Document!;

        SnapshotProblem problem = Assert.Single(document.Problems);
        Assert.Equal("a top-level \"deletedLinks\" is skipped: in a snapshot with \"locations\", each location keeps its own", problem.Message);
        Assert.Equal(Text.IndexOf("[{\"id\"", System.StringComparison.Ordinal), problem.Range.Start); // at the list, not the file's start
        Assert.Empty(document.DeletedLinks);
    }
}
