using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using static LinksGenerator.Tool.Tests.Lint.LintTemplates;
using static LinksGenerator.Tool.Tests.Lint.LintTests;

namespace LinksGenerator.Tool.Tests.Lint;

/// <summary>
/// Files that are no templates in a searched folder (a named pipe: opening it waits for a writer that never comes), and
/// a named one that blocks, which the first Ctrl+C must end. Unix only: Windows has no <c>mkfifo</c>.
/// </summary>
public class LintSpecialFileTests
{
    [Fact]
    public async Task A_named_pipe_in_a_searched_folder_is_left_out_by_the_folder_and_by_a_glob()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using TempFolder folder = WithSnapshot();
        folder.Write("Templates/welcome.html", Welcome);
        folder.MakeFifo(Path.Combine("Templates", "pipe.html"));

        // Were the pipe opened, lint would wait for a writer for ever: the timeout turns that into a failure.
        ToolRun byFolder = await LintAsync(folder, "Templates").WaitAsync(TimeSpan.FromSeconds(60));
        ToolRun byGlob = await LintAsync(folder, "Templates/**/*.html").WaitAsync(TimeSpan.FromSeconds(60));

        string[] expected = [.. WelcomeLines("Templates/welcome.html"), "2 errors and 1 warning in 1 of 1 template file"];
        Assert.Equal(expected, Ghl.Lines(byFolder.Stdout));
        Assert.Equal(expected, Ghl.Lines(byGlob.Stdout));
    }

    [Fact]
    public async Task Cancelling_while_a_named_pipe_is_opened_exits_130_at_once()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using TempFolder folder = WithSnapshot();
        folder.MakeFifo("pipe.txt");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), cancel.Token, "lint", "pipe.txt")
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("error: cancelled", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("snapshot", run.Stderr, StringComparison.Ordinal); // lint writes none, so it has none to leave untouched
    }
}
