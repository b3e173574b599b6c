using System;
using System.CommandLine;
using System.Globalization;
using LinksGenerator.Tool.Commands;
using LinksGenerator.Tool.Configuration;

namespace LinksGenerator.Tool.Cli;

/// <summary>The options <c>pull</c> and <c>check</c> share; each command gets its own instances.</summary>
internal sealed class ConnectionOptions
{
    /// <summary>An hour per attempt is already far past any sensible answer time; more is a typo.</summary>
    public const double MaxTimeoutSeconds = 3600;

    /// <summary>
    /// The shortest time limit (docs/ghl-links.md): no request to HighLevel's API answers in less, and a limit of a
    /// nanosecond would only fail every attempt with a message saying "within 0 s".
    /// </summary>
    public const double MinTimeoutSeconds = 1;

    public Option<string?> LocationId { get; } = new("--location-id")
    {
        HelpName = "ID",
        Description = $"The HighLevel location (sub-account) id. Default: ${Configuration.LocationId.EnvironmentVariable}, else the snapshot's locationId.",
    };

    public Option<string[]> Locations { get; }

    public Option<string?> CompanyId { get; } = new("--company-id")
    {
        HelpName = "ID",
        Description = $"The agency's company id, which ${Configuration.AgencyCredentials.TokenVariable} is exchanged with for each location's token. " +
                      $"Default: ${Configuration.AgencyCredentials.CompanyIdVariable}.",
    };

    public Option<string> BaseUrl { get; } = new("--base-url")
    {
        HelpName = "URL",
        Description = "The HighLevel API base URL; may carry a path prefix (for a proxy).",
        DefaultValueFactory = _ => ApiEndpoint.DefaultBaseUrl,
    };

    public Option<string> TokenEnv { get; } = new("--token-env")
    {
        HelpName = "NAME",
        Description = "The environment variable that holds the token (a Private Integration Token or a sub-account OAuth access token with links.readonly).",
        DefaultValueFactory = _ => TokenReader.DefaultVariable,
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        HelpName = "SECONDS",
        Description = "The time limit for each attempt, in seconds (fractions allowed, from 1 to 3600).",
        DefaultValueFactory = _ => ConnectionSettings.DefaultTimeoutSeconds,
    };

    /// <summary>The options of <paramref name="command"/> (<c>pull</c> or <c>check</c>), whose help says what <c>--location NAME=ID</c> does there.</summary>
    public ConnectionOptions(string command)
    {
        string withId = command == "pull"
            ? "NAME=ID adds location ID under NAME, or refreshes it"
            : "NAME=ID also checks that NAME is location ID in the snapshot (exit 2 if not)";
        Locations = new("--location")
        {
            HelpName = "NAME[=ID]",
            Description = $"For a snapshot of many locations (an agency's): NAME reads only that location (your name for it); {withId}. " +
                          "Repeatable. Without it every location of the snapshot is read.",
            AllowMultipleArgumentsPerToken = false,
        };

        // Parsed here rather than by System.CommandLine so that "0.5" means half a second in every culture, and so a
        // bad value gets one message that says what is allowed.
        Timeout.CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= MinTimeoutSeconds && seconds <= MaxTimeoutSeconds)
            {
                return seconds;
            }

            result.AddError(
                $"--timeout must be a number of seconds from {MinTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} to {MaxTimeoutSeconds.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
            return ConnectionSettings.DefaultTimeoutSeconds;
        };

        // A name every shell and CI system can set: the messages that follow tell the user to export it by that name.
        TokenEnv.Validators.Add(result =>
        {
            string name = result.GetValueOrDefault<string>() ?? "";
            if (!EnvironmentTokens.IsVariableName(name))
            {
                result.AddError(
                    $"--token-env must name an environment variable a shell can set (ASCII letters, digits and '_', not starting with a digit, with a letter: '_' alone is the shell's own), such as GHL_TOKEN, not {Output.Printable.Quote(name)}.");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Add(LocationId);
        command.Add(Locations);
        command.Add(CompanyId);
        command.Add(BaseUrl);
        command.Add(TokenEnv);
        command.Add(Timeout);
    }

    public ConnectionSettings Read(ParseResult result) => new(
        result.GetValue(LocationId),
        result.GetRequiredValue(BaseUrl),
        result.GetRequiredValue(TokenEnv),
        TimeSpan.FromSeconds(result.GetValue(Timeout)),
        result.GetValue(Locations) ?? [],
        result.GetValue(CompanyId));
}
