using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LinksGenerator.Tool.Configuration;

/// <summary>
/// Which token each location of a many-location snapshot is read with, the first that applies: its own
/// <c>GHL_TOKEN_&lt;NAME&gt;</c>; else the agency token exchanged for the location's (<see cref="AgencyCredentials"/>);
/// else the one token in <c>GHL_TOKEN</c> (or <c>--token-env</c>). Decided for every location before any request.
/// </summary>
internal sealed class LocationTokens
{
    /// <summary>What every location's own token variable starts with.</summary>
    public const string Prefix = TokenReader.DefaultVariable + "_";

    private readonly string? _companyIdOption;
    private readonly string _fallbackVariable;
    private readonly Func<string, string?> _getEnvironmentVariable;
    private readonly Lazy<AgencyToken?> _agency;

    public LocationTokens(string? companyIdOption, string fallbackVariable, Func<string, string?> getEnvironmentVariable)
    {
        _companyIdOption = companyIdOption;
        _fallbackVariable = fallbackVariable;
        _getEnvironmentVariable = getEnvironmentVariable;
        _agency = new Lazy<AgencyToken?>(() => AgencyCredentials.Read(_companyIdOption, _getEnvironmentVariable, _fallbackVariable));
    }

    /// <summary>
    /// The variable of a location's own token: the name upper-cased, each run of other characters than ASCII letters
    /// and digits as one '_' (what a shell accepts in a variable name): "Down town" is <c>GHL_TOKEN_DOWN_TOWN</c>.
    /// </summary>
    public static string VariableFor(string locationName)
    {
        var name = new StringBuilder(Prefix, Prefix.Length + locationName.Length);
        bool inRun = false;
        foreach (char c in locationName)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(char.ToUpperInvariant(c));
                inRun = false;
            }
            else if (!inRun)
            {
                name.Append('_');
                inRun = true;
            }
        }

        return name.ToString();
    }

    /// <summary>
    /// Refuses names that make one variable ("Über" and "Äber" are both <c>GHL_TOKEN__BER</c>): one location would be
    /// read with the other's token without a word, so, like names that make one class, they are a usage error before any
    /// request, whichever locations a run reads.
    /// </summary>
    public static void RefuseSharedVariables(IEnumerable<string> locationNames)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in locationNames)
        {
            string variable = VariableFor(name);
            if (!owner.TryAdd(variable, name))
            {
                throw ToolException.Usage(
                    $"the locations {Output.Printable.Quote(owner[variable])} and {Output.Printable.Quote(name)} would both read their own token from {variable} " +
                    "(a name's ASCII letters and digits, upper-cased, each run of other characters as '_'): rename one of them");
            }
        }
    }

    public TokenSource For(string locationName) => Find(locationName) ?? throw NoToken(locationName);

    /// <summary>The sources of <paramref name="locationNames"/>, each once; a usage error naming every location that has none.</summary>
    public IReadOnlyDictionary<string, TokenSource> For(IEnumerable<string> locationNames)
    {
        var sources = new Dictionary<string, TokenSource>(StringComparer.Ordinal);
        var without = new List<string>();
        foreach (string name in locationNames)
        {
            if (Find(name) is { } source)
            {
                sources[name] = source;
            }
            else if (!without.Contains(name, StringComparer.Ordinal))
            {
                without.Add(name);
            }
        }

        return without.Count switch
        {
            0 => sources,
            1 => throw NoToken(without[0]),
            _ => throw ToolException.Usage(
                $"no token for {without.Count} locations: {string.Join(", ", without.Select(name => $"{Output.Printable.Line(name)} ({VariableFor(name)})"))}. " +
                $"Looked for each one's own variable, then {AgencySource}, then {_fallbackVariable}, and none is set. Export each location's own token as its variable, {OtherSources}"),
        };
    }

    private ToolException NoToken(string locationName) => ToolException.Usage(
        $"no token for location {Output.Printable.Line(locationName)}: looked for {VariableFor(locationName)}, then {AgencySource}, " +
        $"then {_fallbackVariable}, and none is set. Export the location's own token as {VariableFor(locationName)}, {OtherSources}");

    private static string AgencySource => $"{AgencyCredentials.TokenVariable} (with --company-id or {AgencyCredentials.CompanyIdVariable})";

    /// <summary>The sources besides a location's own, as a "no token" message offers them.</summary>
    private string OtherSources => $"the agency token as {AgencyCredentials.TokenVariable}, or one token for every location as {_fallbackVariable}";

    /// <summary>The first source that applies to <paramref name="locationName"/>; null when none is set.</summary>
    private TokenSource? Find(string locationName)
    {
        string own = VariableFor(locationName);
        if (TokenReader.ReadIfSet(own, _getEnvironmentVariable, $"{AgencyCredentials.TokenVariable} or {_fallbackVariable}") is { } token)
        {
            return new VariableToken(own, token);
        }

        if (_agency.Value is { } agency)
        {
            return agency;
        }

        return TokenReader.ReadIfSet(_fallbackVariable, _getEnvironmentVariable) is { } shared ? new VariableToken(_fallbackVariable, shared) : null;
    }
}
