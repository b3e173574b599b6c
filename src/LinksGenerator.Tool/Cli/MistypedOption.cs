using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace LinksGenerator.Tool.Cli;

/// <summary>
/// An option its command does not have (<c>pull --locaton-id x</c>, <c>check --output x</c>): one error that names the
/// option meant, instead of System.CommandLine's "Unrecognized command or argument" for the option and again for its value.
/// The option meant is one of the command's own a letter or two away, or the command's name for an option another
/// command calls by what was typed (<c>pull</c> writes <c>--output</c>, also <c>--snapshot</c>; <c>check</c> reads <c>--snapshot</c>).
/// </summary>
internal static class MistypedOption
{
    /// <summary>
    /// For each unrecognized word of <paramref name="parsed"/> that is a mistyped option, the error that replaces
    /// System.CommandLine's (<see langword="null"/> for the value after it, whose error goes).
    /// </summary>
    public static Dictionary<string, string?> Rewordings(ParseResult parsed)
    {
        var rewordings = new Dictionary<string, string?>(StringComparer.Ordinal);
        Command command = parsed.CommandResult.Command;
        if (command == parsed.RootCommandResult.Command)
        {
            return rewordings;
        }

        IReadOnlyList<string> unmatched = parsed.UnmatchedTokens;
        for (int i = 0; i < unmatched.Count; i++)
        {
            string typed = unmatched[i];
            if (!typed.StartsWith('-') || Meant(command, parsed.RootCommandResult.Command, typed) is not var (option, name, reason))
            {
                continue;
            }

            rewordings[typed] = $"'{typed}' is not an option of ghl-links {command.Name}{Suggestion(name, reason)}";

            // The value meant for it: "--locaton-id x" is one mistake, not two.
            if (option.Arity.MaximumNumberOfValues > 0 && i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith('-') && Follows(parsed.Tokens, typed, unmatched[i + 1]))
            {
                rewordings.TryAdd(unmatched[i + 1], null);
                i++;
            }
        }

        return rewordings;
    }

    /// <summary>": did you mean '--snapshot'?" for <paramref name="typed"/>, an option <paramref name="command"/> does not have; "" when none is near.</summary>
    public static string DidYouMean(Command command, Command root, string typed) =>
        Meant(command, root, typed) is var (_, name, reason) ? Suggestion(name, reason) : "";

    private static string Suggestion(string name, string reason) => $": did you mean '{name}'?{reason}";

    /// <summary>System.CommandLine's error for a word it could not place, as the error to replace is found by.</summary>
    public static string Unrecognized(string word) => $"Unrecognized command or argument '{word}'.";

    private static (Option Option, string Name, string Reason)? Meant(Command command, Command root, string typed)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name).Select(n => (Option: o, Name: n))).Where(n => n.Name.StartsWith('-')).ToList();

        // Another command's name for one of this command's options.
        foreach (Command other in root.Subcommands.Where(c => c != command))
        {
            foreach (Option theirs in other.Options.Where(o => o.Name == typed || o.Aliases.Contains(typed)))
            {
                if (names.FirstOrDefault(n => n.Name != typed && (theirs.Name == n.Name || theirs.Aliases.Contains(n.Name))) is { Option: not null } ours)
                {
                    return (ours.Option, ours.Name, $" ('{typed}' is {other.Name}'s name for it)");
                }
            }
        }

        string lower = typed.ToLowerInvariant();
        return names.Where(n => EditDistance.Near(lower, n.Name)).OrderBy(n => EditDistance.Between(lower, n.Name)).Select(n => ((Option, string, string)?)(n.Option, n.Name, "")).FirstOrDefault();
    }

    /// <summary>Whether <paramref name="value"/> is the word right after <paramref name="option"/> on the command line.</summary>
    private static bool Follows(IReadOnlyList<Token> tokens, string option, string value)
    {
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Value == option)
            {
                return tokens[i + 1].Value == value;
            }
        }

        return false;
    }
}
