using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;

namespace LinksGenerator.Tool.Cli;

/// <summary>
/// lint's paths that look like options. Without this check a mistyped option (<c>--strict</c>) would be taken for a path
/// and reported as a file that does not exist. A path after <c>--</c> is a path whatever it looks like, as in every
/// command line; the check runs after parsing because only the whole parse knows where <c>--</c> stood.
/// </summary>
internal static class OptionLikePaths
{
    /// <summary>One usage error per token of <paramref name="paths"/> that starts with '-' and stands before any <c>--</c>.</summary>
    public static IEnumerable<string> Errors(ParseResult parsed, Argument paths)
    {
        if (parsed.GetResult(paths) is not { } result)
        {
            yield break;
        }

        int endOfOptions = IndexOf(parsed.Tokens, token => token.Type == TokenType.DoubleDash);
        foreach (Token token in result.Tokens)
        {
            bool afterEndOfOptions = endOfOptions >= 0 && IndexOf(parsed.Tokens, t => ReferenceEquals(t, token)) > endOfOptions;
            if (token.Value.StartsWith('-') && !afterEndOfOptions)
            {
                string error = MistypedOption.Error(parsed.CommandResult.Command, parsed.RootCommandResult.Command, token.Value);
                yield return $"{error} (for a file of that name, write ./{token.Value} or put it after --)";
            }
        }
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
