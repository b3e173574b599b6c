using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>The update the advice quotes follows how the tool was installed: from a manifest, globally, or with --tool-path.</summary>
public class ToolUpdateTests
{
    [Theory]
    [InlineData("/home/ann/.nuget/packages/linksgenerator.tool/0.1.0/tools/net10.0/any/", "dotnet tool update LinksGenerator.Tool")]
    [InlineData("/home/ann/.dotnet/tools/.store/linksgenerator.tool/0.1.0/linksgenerator.tool/0.1.0/tools/net10.0/any/", "dotnet tool update --global LinksGenerator.Tool")]
    [InlineData(@"C:\Users\Ann\.dotnet\tools\.store\linksgenerator.tool\0.1.0\linksgenerator.tool\0.1.0\tools\net10.0\any\", "dotnet tool update --global LinksGenerator.Tool")]
    [InlineData("/opt/ci tools/.store/linksgenerator.tool/0.1.0/linksgenerator.tool/0.1.0/tools/net10.0/any/", "dotnet tool update --tool-path \"/opt/ci tools\" LinksGenerator.Tool")]
    [InlineData("/work/src/LinksGenerator.Tool/bin/Debug/net10.0/", "dotnet tool update LinksGenerator.Tool")]
    public void The_command_names_the_installation(string baseDirectory, string expected) =>
        Assert.Equal(expected, ToolUpdate.CommandFor(baseDirectory));
}
