using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>
/// An entry gives back the fieldKey it was made with, whichever it is, though it keeps the id's own one only as a flag;
/// equality, ordering and comparison of fieldKeys do not see the difference.
/// </summary>
public class SnapshotEntryTests
{
    private const string Id = "n4AriwEnFrGh3tu08W0U";

    [Theory]
    [InlineData("{{trigger_link.n4AriwEnFrGh3tu08W0U}}")]
    [InlineData("{{trigger_link.n4AriwEnFrGh3tu08W0u}}")]
    [InlineData("{{trigger_link.n4AriwEnFrGh3tu08W0U}} ")]
    [InlineData("{{trigger_link.n4AriwEnFrGh3tu08W0}}")]
    [InlineData("{{ trigger_link.n4AriwEnFrGh3tu08W0U }}")]
    [InlineData("")]
    [InlineData(null)]
    public void An_entry_gives_back_the_fieldKey_it_was_made_with(string? fieldKey)
    {
        var entry = new SnapshotEntry(Id, "first tag", "https://x.example/", fieldKey);

        Assert.Equal(fieldKey, entry.FieldKey);
        Assert.Equal(fieldKey, (entry with { Name = "renamed" }).FieldKey);
    }

    [Fact]
    public void Entries_made_with_the_same_values_are_equal_and_those_with_another_fieldKey_are_not()
    {
        var own = new SnapshotEntry(Id, "first tag", null, MergeField.For(Id), ["old"]);
        var other = new SnapshotEntry(Id, "first tag", null, "{{trigger_link.elsewhere000000000001}}", ["old"]);

        Assert.Equal(own, new SnapshotEntry(Id, "first tag", null, "{{trigger_link." + Id + "}}", ["old"]) with { FormerNames = own.FormerNames });
        Assert.Equal(own.GetHashCode(), (own with { }).GetHashCode());
        Assert.NotEqual(own, other);
        Assert.NotEqual(own, new SnapshotEntry(Id, "first tag", null, null, own.FormerNames));
    }

    [Fact]
    public void FieldKeys_are_the_same_when_their_text_is()
    {
        var own = new SnapshotEntry(Id, null, null, MergeField.For(Id));
        var copiedFromIt = new SnapshotEntry("Zz000000000000000001", null, null, MergeField.For(Id));

        Assert.True(SnapshotEntry.SameFieldKey(own, new SnapshotEntry(Id, "x", null, MergeField.For(Id))));
        Assert.True(SnapshotEntry.SameFieldKey(own, copiedFromIt));
        Assert.True(SnapshotEntry.SameFieldKey(copiedFromIt, own));
        Assert.False(SnapshotEntry.SameFieldKey(own, new SnapshotEntry("Zz000000000000000001", null, null, MergeField.For("Zz000000000000000001"))));
        Assert.False(SnapshotEntry.SameFieldKey(own, new SnapshotEntry(Id, null, null, null)));
    }

    [Fact]
    public void Entries_of_one_id_are_ordered_by_their_fieldKeys_text()
    {
        SnapshotEntry[] entries =
        [
            new(Id, "n", null, MergeField.For(Id)),
            new(Id, "n", null, null),
            new(Id, "n", null, "{{trigger_link.n4AriwEnFrGh3tu08W0U}}~"),
            new(Id, "n", null, "{{trigger_link.A}}"),
        ];

        string[] ordered = entries.OrderBy(e => e, SnapshotEntryOrder.Instance).Select(e => e.FieldKey ?? "(none)").ToArray();

        Assert.Equal(["(none)", "{{trigger_link.A}}", MergeField.For(Id), MergeField.For(Id) + "~"], ordered);
        Assert.Equal(0, SnapshotEntryOrder.Instance.Compare(entries[0], new SnapshotEntry(Id, "n", null, MergeField.For(Id))));
    }

    [Theory]
    [InlineData("{{trigger_link.abc}}", "abc", true)]
    [InlineData("{{trigger_link.abc}}", "abd", false)]
    [InlineData("{{trigger_link.abc}}", "ab", false)]
    [InlineData("{{trigger_link.ab}}", "abc", false)]
    [InlineData("{{Trigger_link.abc}}", "abc", false)]
    [InlineData("{{trigger_link.abc}]", "abc", false)]
    [InlineData("{{trigger_link.}}", "", true)]
    [InlineData("", "abc", false)]
    public void A_fieldKey_is_an_ids_own_only_when_it_is_exactly_the_merge_field_of_it(string fieldKey, string id, bool expected)
    {
        Assert.Equal(expected, MergeField.IsFor(fieldKey, id));
        Assert.Equal(expected, fieldKey == MergeField.For(id));
    }
}
