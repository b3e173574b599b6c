using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>
/// A link as read gives back the fieldKey the file has, though it keeps the id's own one only as a flag (a 50-location
/// document holds 50,000 of them); what the build makes of it does not change.
/// </summary>
public class SnapshotLinkTests
{
    private const string Id = "n4AriwEnFrGh3tu08W0U";

    [Theory]
    [InlineData(Id, "{{trigger_link.n4AriwEnFrGh3tu08W0U}}", true)]
    [InlineData(Id, "{{trigger_link.n4AriwEnFrGh3tu08W0u}}", false)]
    [InlineData(Id, "{{ trigger_link.n4AriwEnFrGh3tu08W0U }}", false)]
    [InlineData(Id, null, false)]
    [InlineData(null, "{{trigger_link.}}", false)]
    [InlineData("", "{{trigger_link.}}", true)]
    public void A_link_gives_back_its_fieldKey_and_knows_when_it_is_the_ids_own(string? id, string? fieldKey, bool idsOwn)
    {
        SnapshotLink link = Link(id, fieldKey);

        Assert.Equal(fieldKey, link.FieldKey);
        Assert.Equal(idsOwn, link.HasIdsOwnFieldKey);
        Assert.Equal(fieldKey, (link with { Name = "renamed" }).FieldKey);
        Assert.Equal(fieldKey, SnapshotEntry.Of(link).FieldKey);
        Assert.Equal(idsOwn, SnapshotEntry.Of(link).HasIdsOwnFieldKey);
    }

    [Fact]
    public void Links_are_equal_when_their_fieldKeys_text_is()
    {
        Assert.Equal(Link(Id, MergeField.For(Id)), Link(Id, "{{trigger_link." + Id + "}}"));
        Assert.Equal(Link(Id, MergeField.For(Id)).GetHashCode(), Link(Id, "{{trigger_link." + Id + "}}").GetHashCode());
        Assert.NotEqual(Link(Id, MergeField.For(Id)), Link(Id, null));
        Assert.NotEqual(Link(Id, MergeField.For(Id)), Link(Id, MergeField.For("Zz000000000000000001")));
    }

    [Fact]
    public void The_reader_keeps_each_fieldKey_as_the_file_spells_it_whatever_the_order_of_properties()
    {
        SnapshotDocument document = SnapshotReader.Read(
            $$"""{"links":[{"fieldKey":"{{MergeField.For(Id)}}","id":"{{Id}}"},{"id":"Zz000000000000000001","fieldKey":"{{MergeField.For(Id)}}"},{"id":"Yy000000000000000001"}]}""").Document!;

        Assert.Equal([true, false, false], document.Links.Select(l => l.HasIdsOwnFieldKey));
        Assert.Equal([MergeField.For(Id), MergeField.For(Id), null], document.Links.Select(l => l.FieldKey));
    }

    private static SnapshotLink Link(string? id, string? fieldKey) => new(id, "first tag", null, fieldKey, null, [], default, null, null, null, null);
}
