using LinksGenerator.Configuration;

namespace LinksGenerator.Tests.Configuration;

public sealed class PathPropertyTests
{
    // What buildTransitive/LinksGenerator.targets writes for each path: '|' as '||', '#' as '|h', ';' as '|s'.
    [Theory]
    [InlineData("/src/app/links.snapshot.json", "/src/app/links.snapshot.json")]
    [InlineData("/src/C|h/a|sb/links.json", "/src/C#/a;b/links.json")]
    [InlineData("/src/x||h/y||||z", "/src/x|h/y||z")]
    [InlineData(@"C:\Users\me\C|h projects\it's 100%\links.json", @"C:\Users\me\C# projects\it's 100%\links.json")]
    [InlineData("/odd|/end|", "/odd|/end|")]
    public void Decode_undoes_the_targets_encoding(string property, string path) =>
        Assert.Equal(path, PathProperty.Decode(property));
}
