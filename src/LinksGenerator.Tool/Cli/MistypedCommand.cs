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
        string? meant = commands.Where(c => EditDistance.Near(typed, c)).OrderBy(c => EditDistance.Between(typed, c)).FirstOrDefault();
        return NotACommand(word, meant, commands);
    }

    /// <summary>
    /// The error for a word in brackets before the command (<c>ghl-links [suggest] check</c>): System.CommandLine's syntax
    /// for a directive, of which ghl-links has none, and which the parser would otherwise pass over in silence. (Its own
    /// <c>[suggest]</c> would print completions and exit 0, which CI reads as "up to date".) Null when there is none.
    /// </summary>
    public static string? Directive(ParseResult parsed, Command root) =>
        parsed.Tokens.FirstOrDefault(t => t.Type == System.CommandLine.Parsing.TokenType.Directive) is { } directive
            ? NotACommand(directive.Value, meant: null, root.Subcommands.Select(c => c.Name).ToArray())
            : null;

    private static string NotACommand(string word, string? meant, string[] commands)
    {
        string list = string.Join(", ", commands[..^1]) + " and " + commands[^1];
        return meant is null
            ? $"'{word}' is not a command of ghl-links (the commands are {list})"
            : $"'{word}' is not a command of ghl-links: did you mean '{meant}'? (the commands are {list})";
    }
}
