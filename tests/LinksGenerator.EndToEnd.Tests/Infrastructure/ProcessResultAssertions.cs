using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests.Infrastructure;

public static class ProcessResultAssertions
{
    /// <summary>Fails the test with the command's errors, warnings and last lines unless it exited with 0.</summary>
    public static ProcessResult ShouldSucceed(this ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\n{result.Summary}");
        return result;
    }
}
