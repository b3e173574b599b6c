using System;
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
    /// <summary>A redactor that already masks <c>GHL_TOKEN</c>, <c>GHL_AGENCY_TOKEN</c> and every <c>GHL_TOKEN_&lt;NAME&gt;</c>.</summary>
    public static Redactor NewRedactor(ToolHost host)
    {
        var redactor = new Redactor();
        var variables = new[] { TokenReader.DefaultVariable, AgencyCredentials.TokenVariable }
            .Concat(host.GetEnvironmentVariableNames().Where(name => name.StartsWith(LocationTokens.Prefix, StringComparison.Ordinal)));
        foreach (string variable in variables.Distinct(StringComparer.Ordinal))
        {
            if (TokenReader.Lenient(host.GetEnvironmentVariable(variable)) is { } token)
            {
                redactor.Add(token);
            }
        }

        return redactor;
    }
}
