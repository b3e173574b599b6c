using LinksGenerator.Configuration;

namespace LinksGenerator.Tests.Configuration;

public sealed class SnapshotFilesTests
{
    [Theory]
    [InlineData("/p/custom.json", "/p/custom.json", "Configured")]
    [InlineData("/p/sub/../custom.json", "/p/custom.json", "Configured")]
    [InlineData(@"C:\p\custom.json", "c:/p/custom.json", "Configured")]
    [InlineData("/p/links.snapshot.json", "/p/custom.json", "Named")]
    [InlineData("/p/other.json", "/p/custom.json", "None")]
    [InlineData("/p/links.snapshot.json", null, "Named")]
    [InlineData("/p/custom.json", null, "None")]
    public void The_configured_path_wins_then_the_default_name(string path, string? configured, string expected) =>
        Assert.Equal(expected, SnapshotFiles.Classify(path, configured).ToString());
}
