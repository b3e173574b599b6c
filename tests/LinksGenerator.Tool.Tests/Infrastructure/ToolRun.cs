using System;
using System.Collections.Generic;
using System.Linq;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>How one run of the tool ended: its exit code, what it printed, and the retry waits it asked for.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr, IReadOnlyList<TimeSpan> Waits)
{
    public string Output => Stdout + Stderr;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}--- stderr\n{Stderr}--- waits: {string.Join(", ", Waits.Select(w => w.TotalSeconds))}";

    /// <summary>The token appears nowhere: not in either output stream, not in any file the folder holds.</summary>
    public void AssertNoToken(TempFolder folder)
    {
        Assert.DoesNotContain(FakeHighLevel.Token, Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeHighLevel.Token, Stderr, StringComparison.Ordinal);

        // Not even a recognisable piece of it (a body sample could cut it in half).
        string piece = FakeHighLevel.Token[..8];
        Assert.DoesNotContain(piece, Output, StringComparison.Ordinal);
        foreach (var (name, text) in folder.AllFiles())
        {
            Assert.False(text.Contains(piece, StringComparison.Ordinal), $"the token is in {name}");
        }
    }
}
