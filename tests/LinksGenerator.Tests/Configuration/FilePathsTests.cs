using LinksGenerator.Configuration;

namespace LinksGenerator.Tests.Configuration;

public sealed class FilePathsTests
{
    [Theory]
    [InlineData("/project/Templates/a.html", "/project/Templates/a.html")]
    [InlineData("/project/sub/../Templates/./a.html", "/project/Templates/a.html")]
    [InlineData("/project//Templates/a.html", "/project/Templates/a.html")]
    [InlineData(@"C:\src\App\..\Templates\a.html", "C:/src/Templates/a.html")]
    [InlineData(@"c:\src\a.html", "C:/src/a.html")]
    [InlineData(@"\\server\share\a.html", "//server/share/a.html")]
    [InlineData("../common/a.html", "../common/a.html")]
    [InlineData("../../a/./../b", "../../b")]
    [InlineData("/../a", "/../a")]
    [InlineData("c:/../a", "C:/../a")]
    [InlineData("/C#/x;y/it's a.html", "/C#/x;y/it's a.html")]
    public void Normalize_gives_one_spelling_per_path(string path, string expected)
    {
        Assert.Equal(expected, FilePaths.Normalize(path));

        // A normalized path normalizes to itself: TemplateFiles looks a path up as it is before normalizing it.
        Assert.Equal(expected, FilePaths.Normalize(expected));
    }

    [Fact]
    public void Same_is_exact_about_case_as_the_compiler_is() =>
        Assert.False(FilePaths.Same("/project/A.html", "/project/a.html"));
}
