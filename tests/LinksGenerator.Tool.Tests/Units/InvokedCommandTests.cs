using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>The command the advice quotes: the one the user typed, which depends on how the tool was installed.</summary>
public class InvokedCommandTests
{
    [Theory]
    [InlineData("/usr/share/dotnet/dotnet", "dotnet ghl-links")]
    [InlineData(@"C:\Program Files\dotnet\dotnet.exe", "dotnet ghl-links")]
    [InlineData("/home/ann/.dotnet/tools/ghl-links", "ghl-links")]
    [InlineData(@"C:\Users\ann\.dotnet\tools\ghl-links.exe", "ghl-links")]
    [InlineData("/opt/tools/dotnet-helper", "ghl-links")]
    [InlineData(null, "ghl-links")]
    public void A_manifest_install_runs_through_the_dotnet_host_and_a_global_one_through_its_own_launcher(string? processPath, string expected) =>
        Assert.Equal(expected, InvokedCommand.Of(processPath));

    [Fact]
    public void Every_quoted_command_becomes_the_invoked_one_and_nothing_else_changes() =>
        Assert.Equal(
            "Run 'dotnet ghl-links pull --output \"a b.json\"', or 'dotnet ghl-links convert --name X'; the ghl-links tool",
            InvokedCommand.Quoting("Run 'ghl-links pull --output \"a b.json\"', or 'ghl-links convert --name X'; the ghl-links tool", "dotnet ghl-links"));

    [Theory]
    [InlineData("ghl-links", "line 5, column 1: the file holds a git merge conflict (this line is a conflict marker): run 'ghl-links pull', which resolves it")]
    [InlineData("dotnet ghl-links", "line 5, column 1: the file holds a git merge conflict (this line is a conflict marker): run 'dotnet ghl-links pull', which resolves it")]
    public void The_snapshot_readers_own_advice_quotes_the_invoked_command_too(string command, string expected) =>
        Assert.Equal(
            expected,
            InvokedCommand.Quoting("line 5, column 1: the file holds a git merge conflict (this line is a conflict marker): run 'dotnet ghl-links pull', which resolves it", command));

    [Fact]
    public void Run_as_installed_the_line_is_the_same_string() =>
        Assert.Same(Line, InvokedCommand.Quoting(Line, InvokedCommand.Installed));

    private const string Line = "Run 'ghl-links pull' to update the snapshot, then commit it.";
}
