using System;

namespace LinksGenerator.Tool.Configuration;

/// <summary>
/// Reads the HighLevel token from the environment (never from the command line, where it would land in shell history
/// and process listings). Errors name the variable and say how to get a token, and never repeat the value.
/// </summary>
internal static class TokenReader
{
    public const string DefaultVariable = "GHL_TOKEN";

    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// HighLevel's tokens (Private Integration Tokens, OAuth access tokens) are dozens of characters. A shorter value is a
    /// placeholder or a cut-off paste, and would be matched inside ordinary text: links refused as holding it, messages
    /// masked to nonsense.
    /// </summary>
    public const int MinimumLength = 16;

    /// <summary>The token in <paramref name="variable"/>, the only source there is: not set or blank, it is a usage error saying how to get one.</summary>
    public static string Read(string variable, Func<string, string?> getEnvironmentVariable)
    {
        string? raw = getEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(raw))
        {
            string state = raw is null ? "is not set" : "is empty";
            throw ToolException.Usage(
                $"{variable} {state}: create a Private Integration Token in HighLevel (Settings > Private Integrations) with the links.readonly scope " +
                $"(or use a sub-account OAuth access token) and export it as {variable}");
        }

        return Checked(variable, raw);
    }

    /// <summary>
    /// The token in <paramref name="variable"/>, one source of several; null when it is not set (the next source then
    /// applies, <paramref name="next"/>, or none). Set but blank is a usage error, not a reason to go on: a CI secret that
    /// does not exist expands to nothing, and the location would be read with another token than the one meant for it.
    /// </summary>
    public static string? ReadIfSet(string variable, Func<string, string?> getEnvironmentVariable, string? next = null)
    {
        string? raw = getEnvironmentVariable(variable);
        if (raw is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(raw))
        {
            throw ToolException.Usage(
                $"{variable} is set but empty (as a CI secret that does not exist expands): put the token in it, or unset it" +
                (next is null ? "" : $" so that {next} applies"));
        }

        return Checked(variable, raw);
    }

    /// <summary>The token a non-blank <paramref name="raw"/> value holds, or a usage error saying why it is none (never quoting it).</summary>
    private static string Checked(string variable, string raw)
    {
        string token = WithoutScheme(raw);
        foreach (char c in token)
        {
            // An HTTP header value cannot carry these, and HttpClient's own error would quote the value: refuse here,
            // without saying which character, so no part of the token is ever printed.
            if (c < '!' || c > '~')
            {
                throw ToolException.Usage(
                    $"{variable} contains a character that cannot be sent in an HTTP header (a space, line break or non-ASCII character inside the token): " +
                    $"copy the token from HighLevel again and export it as {variable}");
            }
        }

        // Quotes around nothing (a .env file's GHL_TOKEN="") leave nothing.
        if (token.Length == 0)
        {
            throw ToolException.Usage($"{variable} holds only quotes: export the token itself as {variable}");
        }

        // "Bearer " trims to the word alone, which is no token either (a CI secret that expanded to nothing after it).
        if (token.Equals(BearerPrefix.TrimEnd(), StringComparison.OrdinalIgnoreCase))
        {
            throw ToolException.Usage($"{variable} holds only the word 'Bearer': export the token itself as {variable}");
        }

        if (token.Length < MinimumLength)
        {
            throw ToolException.Usage(
                $"{variable} is too short to be a HighLevel token (Private Integration Tokens and OAuth access tokens are dozens of characters): " +
                $"copy the whole token from HighLevel and export it as {variable}");
        }

        return token;
    }

    /// <summary>
    /// The token a variable's value would give, without refusing anything: null unless it is long enough to be one. For
    /// masking, where a malformed token must be hidden as well as a good one.
    /// </summary>
    public static string? Lenient(string? raw) =>
        raw is null ? null : WithoutScheme(raw) is { Length: >= MinimumLength } token ? token : null;

    /// <summary>
    /// The value trimmed, without quotes around it and without a leading "Bearer ": people paste the whole header value
    /// from another tool (the scheme is ours to add), and a line of a <c>.env</c> file quotes its value, which some tools
    /// that load one into the environment keep. No HighLevel token holds a quote.
    /// </summary>
    private static string WithoutScheme(string raw)
    {
        string token = raw.Trim();
        if (token.Length >= 2 && token[0] is '"' or '\'' && token[^1] == token[0])
        {
            token = token[1..^1].Trim();
        }

        return token.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? token[BearerPrefix.Length..].TrimStart() : token;
    }
}
