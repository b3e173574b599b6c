using System;
using System.Linq;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>How the two sides of a conflicted many-location snapshot are put together, location by location.</summary>
public class ConflictResolutionTests
{
    private static readonly SnapshotEntry Book = new("bk000000000000000001", "Book a call", "https://a.example/book", "{{trigger_link.bk000000000000000001}}");
    private static readonly SnapshotEntry Offer = new("of000000000000000001", "Offer", "https://a.example/offer", "{{trigger_link.of000000000000000001}}");
    private static readonly SnapshotEntry Uptown = new("up000000000000000001", "Book a call", "https://b.example/book", "{{trigger_link.up000000000000000001}}");

    [Fact]
    public void Locations_are_matched_by_name_and_each_keeps_the_links_and_history_of_both_sides()
    {
        // Ours renamed a link of Downtown and saw Offer deleted; theirs added the Uptown location and still has Offer live.
        string ours = SnapshotWriter.WriteLocations(
        [
            new("Downtown", "LOC1000000000000000A", [Book with { Name = "Book now", FormerNames = ["Book a call"] }], [Offer]),
        ]);
        string theirs = SnapshotWriter.WriteLocations(
        [
            new("Downtown", "LOC1000000000000000A", [Book, Offer], []),
            new("Uptown", "LOC2000000000000000B", [Uptown], []),
        ]);

        LocalSnapshot merged = Resolve(ConflictText.Of(ours, theirs));

        Assert.Equal(["Downtown", "Uptown"], merged.Locations.Select(l => l.Name));
        StoredLocation downtown = merged.Locations[0];
        Assert.Equal(["Book now (Book a call)", "Offer ()"], downtown.Entries.Select(l => $"{l.Name} ({string.Join(", ", l.FormerNames ?? [])})"));
        Assert.Empty(downtown.DeletedEntries); // live on one side: the pull asks HighLevel whether it is gone
        Assert.Equal([Uptown.Id], merged.Locations[1].Entries.Select(l => l.Id));
    }

    [Theory]
    [InlineData("Downtown", "LOC9000000000000000Z", "give location 'Downtown' different ids (LOC1000000000000000A and LOC9000000000000000Z)")]
    [InlineData("Midtown", "LOC1000000000000000A", "name location LOC1000000000000000A differently ('Downtown' and 'Midtown')")]
    public void A_location_the_sides_name_or_identify_differently_is_for_the_user_to_settle(string name, string locationId, string message)
    {
        string ours = SnapshotWriter.WriteLocations([new("Downtown", "LOC1000000000000000A", [Book], [])]);
        string theirs = SnapshotWriter.WriteLocations([new(name, locationId, [Book with { Name = "Book now" }], [])]);

        var error = Assert.Throws<ToolException>(() => Resolve(ConflictText.Of(ours, theirs)));

        Assert.Equal(ExitCode.UsageError, error.ExitCode);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_git_merged_outside_the_conflict_into_both_sides_are_folded_into_one()
    {
        // Both branches saw Offer deleted and added the location's deletedLinks; git kept both lists outside the conflict,
        // and the Offer one side still has live. Each side as rebuilt holds "deletedLinks" twice and Offer live and deleted.
        const string Offer = """
                    {
                      "id": "of000000000000000001",
                      "name": "Offer",
                      "redirectTo": "https://a.example/offer",
                      "fieldKey": "{{trigger_link.of000000000000000001}}"
                    }
            """;
        string conflicted = $$$"""
            {
              "schemaVersion": 2,
              "locations": [
                {
                  "name": "Downtown",
                  "locationId": "LOC1000000000000000A",
                  "links": [
                    {
                      "id": "bk000000000000000001",
            <<<<<<< HEAD
                      "name": "Book now",
                      "formerNames": ["Book a call"],
            =======
                      "name": "Book today",
            >>>>>>> feature
                      "redirectTo": "https://a.example/book",
                      "fieldKey": "{{trigger_link.bk000000000000000001}}"
                    },
            {{{Offer}}}
                  ],
                  "deletedLinks": [
            {{{Offer}}}
                  ],
                  "deletedLinks": [
            {{{Offer}}}
                  ]
                }
              ]
            }

            """;

        LocalSnapshot merged = Resolve(conflicted.ReplaceLineEndings("\n"));

        StoredLocation downtown = Assert.Single(merged.Locations);
        Assert.Equal(["Book now (Book a call, Book today)", "Offer ()"], downtown.Entries.Select(l => $"{l.Name} ({string.Join(", ", l.FormerNames ?? [])})"));
        Assert.Empty(downtown.DeletedEntries); // live on a side: the pull asks HighLevel whether it is gone
    }

    [Theory]
    [InlineData("{\"links\": []}")]
    [InlineData("{\"deletedLinks\": [], \"deletedLinks\": {}}")]
    [InlineData("{\"deletedLinks\": [], \"deletedLinks\": [], ")]
    [InlineData("[1, 2]")]
    public void Text_with_no_lists_to_join_is_left_as_it_is(string side)
    {
        // Nothing repeated, a list of another shape, not JSON: the reader then says what is wrong, in the side's own words.
        Assert.Same(side, RepeatedDeletedLinks.Joined(side));
    }

    [Fact]
    public void Repeated_lists_are_joined_in_order_and_nothing_else_changes()
    {
        string joined = RepeatedDeletedLinks.Joined("""{"schemaVersion": 2, "deletedLinks": [{"id": "a"}], "links": [], "deletedLinks": [{"id": "b", "name": "Été \u00e9"}]}""");

        Assert.True(
            System.Text.Json.Nodes.JsonNode.DeepEquals(
                System.Text.Json.Nodes.JsonNode.Parse("""{"schemaVersion": 2, "deletedLinks": [{"id": "a"}, {"id": "b", "name": "Été é"}], "links": []}"""),
                System.Text.Json.Nodes.JsonNode.Parse(joined)),
            joined);
        Assert.Equal(["schemaVersion", "deletedLinks", "links"], System.Text.Json.JsonDocument.Parse(joined).RootElement.EnumerateObject().Select(p => p.Name));
    }

    private static LocalSnapshot Resolve(string conflicted)
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", conflicted);
        LocalSnapshot snapshot = LocalSnapshot.Load(folder.Path, "links.snapshot.json");
        Assert.True(snapshot.HasMergeConflict, snapshot.Problem);
        return ConflictResolution.Resolve(snapshot);
    }
}
