using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>A link id belongs to one location: each repeat by a later location is named once, with the location that had it first.</summary>
public class LinkIdOwnersTests
{
    [Fact]
    public void An_id_a_location_lists_twice_is_its_own_and_no_repeat()
    {
        Assert.Empty(LinkIdOwners.Repeats([("Downtown", ["a", "b", "a", null, null])]));
    }

    [Fact]
    public void Each_later_location_that_repeats_an_id_is_named_once_with_its_first_owner()
    {
        var repeats = LinkIdOwners.Repeats(
        [
            ("Downtown", ["a", "b"]),
            ("Uptown", ["a", "a", "c", "b"]),
            ("Midtown", ["c", "a"]),
        ]).ToList();

        Assert.Equal(
            [("a", "Downtown", "Uptown"), ("b", "Downtown", "Uptown"), ("c", "Uptown", "Midtown"), ("a", "Downtown", "Midtown")],
            repeats);
    }
}
