using LinksGenerator.Tool.Commands;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>The snapshot's path in quoted advice: absent for the default file, one shell word otherwise.</summary>
public class SnapshotOptionTests
{
    [Theory]
    [InlineData("links.snapshot.json", "")]
    [InlineData("config/links.json", " --output config/links.json")]
    [InlineData("my links.json", " --output \"my links.json\"")]
    [InlineData("it's.json", " --output \"it's.json\"")]
    public void Output_names_the_path_unless_it_is_the_default(string path, string expected) =>
        Assert.Equal(expected, SnapshotOption.Output(path));

    [Fact]
    public void Snapshot_uses_the_option_of_check_and_convert() =>
        Assert.Equal(" --snapshot config/links.json", SnapshotOption.Snapshot("config/links.json"));
}
