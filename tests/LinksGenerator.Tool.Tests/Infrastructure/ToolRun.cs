using System;
using System.Collections.Generic;
using System.Linq;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>How one run of the tool ended: its exit code, what it printed, and the retry waits it asked for.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr, IReadOnlyList<TimeSpan> Waits)
{
    public string Output => Stdout + Stderr;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}--- stderr\n{Stderr}--- waits: {string.Join(", ", Waits.Select(w => w.TotalSeconds))}";

    /// <summary>
    /// The token appears nowhere, not even a recognisable piece of it (a body sample could cut it in half, a server
    /// could quote it cut short): not in either output stream, not in any file the folder holds.
    /// </summary>
    public void AssertNoToken(TempFolder folder) => AssertNoPieceOf(FakeHighLevel.Token, folder);

    /// <summary>
    /// No run of <paramref name="token"/> as long as the tool masks (8 characters), in any letter case, is in the output or
    /// a file; but for runs of <paramref name="publicValues"/>, ids the token may carry, which the tool prints as ids.
    /// </summary>
    public void AssertNoPieceOf(string token, TempFolder folder, params string[] publicValues)
    {
        const int PieceLength = 8;
        var texts = new List<(string Where, string Text)> { ("the output", Output) };
        texts.AddRange(folder.AllFiles());
        for (int at = 0; at + PieceLength <= token.Length; at++)
        {
            string piece = token.Substring(at, PieceLength);
            if (piece.All(char.IsAsciiLetterLower) || piece.All(char.IsAsciiLetterUpper))
            {
                continue; // a word ("location"), which the tool leaves unmasked (docs/ghl-links.md)
            }

            if (publicValues.Any(value => value.Contains(piece, StringComparison.OrdinalIgnoreCase)))
            {
                continue; // a piece of a location's or the company's id, which is no secret (docs/ghl-links.md)
            }

            foreach (var (where, text) in texts)
            {
                Assert.False(text.Contains(piece, StringComparison.OrdinalIgnoreCase), $"\"{piece}\", a piece of a token, is in {where}:\n{text}");
            }
        }
    }
}
