using System.CommandLine;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using LinksGenerator.Tool.Cli;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>Ctrl+C as the commands see it, and help that survives any terminal width.</summary>
public class InterruptionTests
{
    [Theory]
    [InlineData(PosixSignal.SIGINT)]
    [InlineData(PosixSignal.SIGTERM)]
    public void The_first_signal_cancels_the_run_and_keeps_the_process_a_second_one_later_ends_it(PosixSignal signal)
    {
        long now = 5_000;
        using var interruption = new Interruption(() => now);
        var first = new PosixSignalContext(signal);
        var again = new PosixSignalContext(signal);
        var later = new PosixSignalContext(signal);

        Assert.False(interruption.Token.IsCancellationRequested);
        interruption.Handle(first);
        Assert.True(first.Cancel);
        Assert.True(interruption.Token.IsCancellationRequested);

        // The same signal delivered twice at once (dotnet forwarding what the process group got) is one request.
        now += 20;
        interruption.Handle(again);
        Assert.True(again.Cancel);

        now += Interruption.SameRequestMilliseconds;
        interruption.Handle(later);
        Assert.False(later.Cancel);
    }

    [Theory]
    [InlineData(0, int.MaxValue)]
    [InlineData(-1, int.MaxValue)]
    [InlineData(1, HelpWidth.Narrowest)]
    [InlineData(4, HelpWidth.Narrowest)]
    [InlineData(HelpWidth.Narrowest, HelpWidth.Narrowest)]
    [InlineData(120, 120)]
    public void Help_wraps_at_the_terminals_width_but_never_narrower_than_the_floor(int terminal, int wrapsAt) =>
        Assert.Equal(wrapsAt, HelpWidth.For(terminal));

    [Fact]
    public void Help_of_every_command_renders_on_a_one_column_terminal_at_the_narrowest_width()
    {
        var host = new ToolHost { Out = TextWriter.Null, Error = TextWriter.Null, GetEnvironmentVariable = _ => null, WorkingDirectory = Path.GetTempPath() };
        RootCommand root = GhlLinksCommandLine.Create(host, new Reporter(TextWriter.Null, TextWriter.Null, new Redactor()));
        HelpWidth.Apply(root, terminalWidth: 1);

        foreach (string[] args in root.Subcommands.Select(c => new[] { c.Name, "--help" }).Prepend(["--help"]))
        {
            var text = new StringWriter();
            int exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = text });

            string[] lines = text.ToString().Split('\n');
            Assert.Equal(0, exitCode);
            Assert.Contains(lines, line => line.StartsWith("Usage:", System.StringComparison.Ordinal));
            Assert.All(lines, line => Assert.True(line.TrimEnd('\r').Length <= HelpWidth.Narrowest, line));
        }
    }
}
