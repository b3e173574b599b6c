using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// A snapshot path that is a named pipe: read when something writes to it (<c>check --snapshot &lt;(git show …)</c>), and
/// a wait for a writer that never comes ends with the first Ctrl+C or SIGTERM (exit 130), as a CI job's timeout sends it.
/// Unix only: Windows has no <c>mkfifo</c>.
/// </summary>
public class SnapshotPipeTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("lint")]
    public async Task Waiting_for_a_writer_that_never_comes_ends_with_the_first_cancel(string command)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.MakeFifo("pipe.json");
        folder.Write("welcome.txt", "Hi\n");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        string[] args = command == "lint"
            ? [command, "--snapshot", "pipe.json", "welcome.txt"]
            : [command, "--location-id", FakeHighLevel.Location, "--base-url", server.BaseUrl, "--snapshot", "pipe.json"];

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), cancel.Token, args).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("error: cancelled", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("pull", "--output")]
    [InlineData("convert", "--snapshot")]
    public async Task A_command_that_writes_the_snapshot_refuses_a_pipe_without_opening_it(string command, string option)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.MakeFifo("pipe.json");
        string[] args = command == "convert"
            ? [command, "--name", "Main", option, "pipe.json"]
            : [command, "--location-id", FakeHighLevel.Location, "--base-url", server.BaseUrl, option, "pipe.json"];

        // Were the pipe opened, the command would wait for a writer for ever: the timeout turns that into a failure.
        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), args).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: pipe.json is not a file but a device, a named pipe or a socket, which cannot hold the snapshot this command writes: choose another {option}"], Ghl.Lines(run.Stderr));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_snapshot_written_into_a_pipe_is_checked()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var server = await FakeHighLevel.StartAsync();
        ToolRun run = await CheckThroughPipeAsync(server, TestLinks.ExpectedSnapshot);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("pipe.json is up to date", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_snapshot_from_a_pipe_is_refreshed_in_the_file_it_came_from()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var server = await FakeHighLevel.StartAsync();
        ToolRun run = await CheckThroughPipeAsync(server, TestLinks.PreviousSnapshot);

        // pull refuses a pipe (above), so the advice cannot name it: it asks for the file the pipe was fed from.
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"Run 'ghl-links pull --base-url {server.BaseUrl} --output FILE' on the file this snapshot was read from (pull writes files, not pipes or descriptors), then commit it.",
            Ghl.Lines(run.Stdout)[^1]);
    }

    [Fact]
    public async Task A_snapshot_from_a_process_substitution_is_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // What a shell's <(…) passes: /dev/fd/N (here /proc/self/fd/N), a link the kernel makes to "pipe:[inode]", which
        // names no file yet opens.
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);
        string path = $"/proc/self/fd/{pipe.ClientSafePipeHandle.DangerousGetHandle()}";
        byte[] snapshot = System.Text.Encoding.UTF8.GetBytes(TestLinks.ExpectedSnapshot);
        await pipe.WriteAsync(snapshot);
        pipe.Close();

        ToolRun run = await Ghl.RunAsync(folder, server, "check", "--snapshot", path).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{path} is up to date", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_snapshot_read_through_a_descriptor_is_refreshed_in_the_file_it_came_from()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // 'check --snapshot /dev/stdin < links.snapshot.json': a regular file, read through a descriptor that in the shell
        // the advice is pasted into is the terminal, so the advice cannot name it either.
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        using FileStream file = File.OpenRead(folder.SnapshotPath);
        string path = $"/proc/self/fd/{file.SafeFileHandle.DangerousGetHandle()}";

        ToolRun run = await Ghl.RunAsync(folder, server, "check", "--snapshot", path).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"Run 'ghl-links pull --base-url {server.BaseUrl} --output FILE' on the file this snapshot was read from (pull writes files, not pipes or descriptors), then commit it.",
            Ghl.Lines(run.Stdout)[^1]);
    }

    [Fact]
    public async Task Lint_of_a_conflicted_snapshot_read_through_a_descriptor_asks_for_the_file_it_came_from()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // 'lint --snapshot <(cat links.snapshot.json)': pull cannot write /dev/fd/63, so the way out names the file to pull into.
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", ConflictText.Of(TestLinks.PreviousSnapshot, TestLinks.ExpectedSnapshot));
        folder.Write("welcome.txt", "Hi\n");
        using FileStream file = File.OpenRead(folder.SnapshotPath);
        string path = $"/proc/self/fd/{file.SafeFileHandle.DangerousGetHandle()}";

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "lint", "--snapshot", path, "welcome.txt").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("run 'ghl-links pull --output FILE'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("--output /proc", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary><c>check --snapshot pipe.json</c>, pipe.json a named pipe that <paramref name="snapshot"/> is written into.</summary>
    private static async Task<ToolRun> CheckThroughPipeAsync(FakeHighLevel server, string snapshot)
    {
        using var folder = new TempFolder();
        string pipe = folder.MakeFifo("pipe.json");

        // The writer's open waits for the tool to open the other end, as a shell's <(…) does.
        Task writer = Task.Run(() => File.WriteAllText(pipe, snapshot));
        ToolRun run = await Ghl.RunAsync(folder, server, "check", "--snapshot", "pipe.json").WaitAsync(TimeSpan.FromSeconds(60));
        await writer.WaitAsync(TimeSpan.FromSeconds(60));
        return run;
    }
}
