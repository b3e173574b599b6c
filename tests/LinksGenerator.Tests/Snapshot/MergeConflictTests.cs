using LinksGenerator.Snapshot;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>Git's conflict markers: found where git writes them, and split into the file as each side had it.</summary>
public class MergeConflictTests
{
    [Theory]
    [InlineData("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> feature\nd\n", "a\nb\nd\n", "a\nc\nd\n")]
    [InlineData("<<<<<<<\nb\n=======\n>>>>>>>\n", "b\n", "")]
    [InlineData("a\r\n<<<<<<< HEAD\r\nb\r\n||||||| base\r\nx\r\n=======\r\nc\r\n>>>>>>> feature\r\nd", "a\r\nb\r\nd", "a\r\nc\r\nd")]
    [InlineData("<<<<<<< a\n1\n=======\n2\n>>>>>>> b\nmid\n<<<<<<< a\n3\n=======\n4\n>>>>>>> b\n", "1\nmid\n3\n", "2\nmid\n4\n")]
    [InlineData("<<<<<<< a\n======= not a separator\n=======\n>>>>>>> b\n", "======= not a separator\n", "")]
    public void A_well_formed_conflict_splits_into_each_sides_file(string text, string ours, string theirs)
    {
        Assert.True(MergeConflict.TrySplit(text, out string oursText, out string theirsText));
        Assert.Equal((ours, theirs), (oursText, theirsText));
        Assert.Equal(text.IndexOf('<'), MergeConflict.FirstMarker(text));
    }

    [Theory]
    [InlineData("no markers\n")]
    [InlineData("=======\n<<<<<<< a\n>>>>>>> b\n")]
    [InlineData("<<<<<<< a\n<<<<<<< a\n=======\n>>>>>>> b\n")]
    [InlineData("<<<<<<< a\n=======\nunfinished\n")]
    [InlineData("<<<<<<< a\n>>>>>>> b\n")]
    [InlineData("<<<<<<< a\n=======\n||||||| base\n>>>>>>> b\n")]
    public void Markers_out_of_order_or_unfinished_do_not_split(string text) =>
        Assert.False(MergeConflict.TrySplit(text, out _, out _));

    [Theory]
    [InlineData(" <<<<<<< a\n")]
    [InlineData("<<<<<<<< a\n")]
    [InlineData("<<<<<<<a\n")]
    [InlineData("======= a\n")]
    [InlineData("<<<<<<\n")]
    [InlineData("\"<<<<<<< a\"\n")]
    public void Only_seven_marker_characters_at_the_start_of_a_line_then_its_end_or_a_label_are_a_marker(string text) =>
        Assert.Equal(-1, MergeConflict.FirstMarker(text));
}
