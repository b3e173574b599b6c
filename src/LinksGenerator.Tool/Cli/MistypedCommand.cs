using System;
using System.CommandLine;
using System.Linq;

namespace LinksGenerator.Tool.Cli;

/// <summary>
/// A first word that is no command (<c>ghl-links pul</c>): one error that names the commands and the one meant, instead
/// of System.CommandLine's two, whose first ("Required command was not provided") reads as if nothing had been typed.
/// </summary>
internal static class MistypedCommand
{
    /// <summary>The error for <paramref name="parsed"/> when its first word is no command of <paramref name="root"/>; null otherwise.</summary>
    public static string? Error(ParseResult parsed, Command root)
    {
        if (parsed.CommandResult.Command != root || parsed.Tokens.Count == 0 || parsed.Tokens[0].Value is not { Length: > 0 } word || word.StartsWith('-'))
        {
            return null;
        }

        string[] commands = root.Subcommands.Select(c => c.Name).ToArray();
        string typed = word.ToLowerInvariant();
        string? meant = commands.Where(c => Distance(typed, c) <= Math.Max(1, c.Length / 3)).OrderBy(c => Distance(typed, c)).FirstOrDefault();
        string list = string.Join(", ", commands[..^1]) + " and " + commands[^1];
        return meant is null
            ? $"'{word}' is not a command of ghl-links (the commands are {list})"
            : $"'{word}' is not a command of ghl-links: did you mean '{meant}'? (the commands are {list})";
    }

    /// <summary>Edits (a letter added, dropped, changed, or two swapped) that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    private static int Distance(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
