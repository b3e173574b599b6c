using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Configuration;

/// <summary>
/// Every token the environment holds, masked from the start of a run: a token that reaches the command line by mistake
/// (<c>--token-env "$GHL_TOKEN"</c>, <c>--location-id "$GHL_TOKEN"</c>, a stray argument) is quoted back by parse errors
/// and usage messages before any command reads the variable it came from.
/// </summary>
internal static class EnvironmentTokens
{
    /// <summary>
    /// A redactor that already masks <c>GHL_TOKEN</c>, <c>GHL_AGENCY_TOKEN</c>, every <c>GHL_TOKEN_&lt;NAME&gt;</c>, and the
    /// variables <c>--token-env</c> names in <paramref name="args"/> (read here, before parsing, whose errors may quote them).
    /// </summary>
    public static Redactor NewRedactor(ToolHost host, IReadOnlyList<string> args)
    {
        var redactor = new Redactor();
        var named = new[] { TokenReader.DefaultVariable, AgencyCredentials.TokenVariable }.Concat(TokenVariablesNamed(args).Where(IsVariableName)).ToHashSet(StringComparer.Ordinal);
        var variables = named.Concat(host.GetEnvironmentVariableNames().Where(name => name.StartsWith(LocationTokens.Prefix, StringComparison.Ordinal)));
        foreach (string variable in variables.Distinct(StringComparer.Ordinal))
        {
            if (TokenReader.Lenient(host.GetEnvironmentVariable(variable)) is { } token && (named.Contains(variable) || !IsPlainlyNoToken(token)))
            {
                redactor.Add(token);
            }
        }

        return redactor;
    }

    /// <summary>
    /// A value no token looks like: a URL or an absolute path. A variable that only shares <c>GHL_TOKEN_</c>'s prefix
    /// (an OAuth app's <c>GHL_TOKEN_URL</c>, a <c>GHL_TOKEN_DIR</c>) holds such a value; masked, it would make the
    /// default <c>--base-url</c> "hold a token" and every path under the folder print as <c>[redacted]</c>.
    /// </summary>
    private static bool IsPlainlyNoToken(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value[0] == '/' || (value.Length > 2 && char.IsAsciiLetter(value[0]) && value[1] == ':' && value[2] is '\\' or '/');

    /// <summary>A name a shell can export, with a letter somewhere: bash sets <c>_</c> itself, and underscores alone name nothing anyone means.</summary>
    public static bool IsVariableName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && name.Any(char.IsAsciiLetter);

    /// <summary>
    /// The values of every <c>--token-env</c> in <paramref name="args"/>: <c>--token-env X</c>, <c>--token-env=X</c>,
    /// <c>--token-env:X</c>; only names the option takes (<c>_</c>, bash's path of the command just run, is refused, and
    /// masking it would hide the tool's own name in the usage error).
    /// </summary>
    private static IEnumerable<string> TokenVariablesNamed(IReadOnlyList<string> args)
    {
        const string Option = "--token-env";
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == Option && i + 1 < args.Count)
            {
                yield return args[i + 1];
            }
            else if (arg.Length > Option.Length + 1 && arg.StartsWith(Option, StringComparison.Ordinal) && arg[Option.Length] is '=' or ':')
            {
                yield return arg[(Option.Length + 1)..];
            }
        }
    }
}
