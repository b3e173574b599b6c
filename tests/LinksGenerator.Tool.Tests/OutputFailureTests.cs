using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// Output nobody can read (standard output or error closed, or redirected to a full disk): the run still does its work
/// and exits with the code of what it did, never "unexpected failure" or a crash.
/// </summary>
public class OutputFailureTests
{
    public static TheoryData<bool, bool> BrokenStreams => new() { { true, false }, { false, true }, { true, true } };

    [Theory]
    [MemberData(nameof(BrokenStreams))]
    public async Task A_pull_whose_output_cannot_be_written_still_writes_the_snapshot_and_exits_0(bool brokenOut, bool brokenError)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();

        int exitCode = await RunAsync(folder, brokenOut, brokenError, "pull", "--location-id", FakeHighLevel.Location, "--base-url", server.BaseUrl);

        Assert.Equal(0, exitCode);
        Assert.Equal(TestLinks.FirstSnapshot, folder.ReadText());
    }

    [Theory]
    [MemberData(nameof(BrokenStreams))]
    public async Task A_check_whose_output_cannot_be_written_still_exits_with_its_verdict(bool brokenOut, bool brokenError)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var upToDate = new TempFolder();
        using var stale = new TempFolder();
        upToDate.Write("links.snapshot.json", TestLinks.FirstSnapshot);
        stale.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        int upToDateExit = await RunAsync(upToDate, brokenOut, brokenError, "check", "--base-url", server.BaseUrl);
        int staleExit = await RunAsync(stale, brokenOut, brokenError, "check", "--base-url", server.BaseUrl);

        Assert.Equal(0, upToDateExit);
        Assert.Equal(1, staleExit);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("pull", "--help")]
    public async Task Help_and_version_that_cannot_be_written_end_quietly(params string[] args)
    {
        using var folder = new TempFolder();

        int exitCode = await RunAsync(folder, brokenOut: true, brokenError: true, args);

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task A_usage_error_with_no_readable_error_stream_is_still_exit_2()
    {
        using var folder = new TempFolder();

        int exitCode = await RunAsync(folder, brokenOut: true, brokenError: true, "pull", "--no-such-option");

        Assert.Equal(2, exitCode);
    }

    private static Task<int> RunAsync(TempFolder folder, bool brokenOut, bool brokenError, params string[] args)
    {
        var environment = Ghl.Environment();
        var host = new ToolHost
        {
            Out = brokenOut ? new FullDisk() : new StringWriter(),
            Error = brokenError ? new FullDisk() : new StringWriter(),
            GetEnvironmentVariable = name => environment.TryGetValue(name, out string? value) ? value : null,
            WorkingDirectory = folder.Path,
        };
        return GhlLinks.RunAsync(args, host);
    }

    /// <summary>A stream redirected to a full disk: every write fails as the console's does (ENOSPC).</summary>
    private sealed class FullDisk : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(ReadOnlySpan<char> buffer) => throw new IOException("No space left on device");

        public override void WriteLine(ReadOnlySpan<char> buffer) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }
}
