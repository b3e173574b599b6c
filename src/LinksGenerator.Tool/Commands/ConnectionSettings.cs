using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using LinksGenerator.Tool.Configuration;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// The options <c>pull</c> and <c>check</c> share, as given on the command line (nothing resolved yet).
/// <see cref="Locations"/> holds each <c>--location</c> as written (<c>NAME=ID</c> or <c>NAME</c>).
/// </summary>
internal sealed record ConnectionSettings(
    string? LocationId,
    string BaseUrl,
    string TokenVariable,
    TimeSpan Timeout,
    IReadOnlyList<string> Locations,
    string? CompanyId)
{
    public const double DefaultTimeoutSeconds = 30;

    /// <summary>
    /// These options as <c>check</c>'s advice writes them into the <c>pull</c> it suggests (" --location-id X --token-env
    /// Y"), each one the user gave that differs from its default: followed word for word, the pull asks the same server for
    /// the same locations with the token from the same variable, not what the defaults would pick. "" when all are defaults.
    /// </summary>
    public string AsArguments()
    {
        var arguments = new StringBuilder();
        void Add(string option, string value) => arguments.Append(' ').Append(option).Append(' ').Append(ShellWord.Of(value));

        if (LocationId is { } locationId)
        {
            Add("--location-id", locationId);
        }

        foreach (string location in Locations)
        {
            Add("--location", location);
        }

        if (CompanyId is { } companyId)
        {
            Add("--company-id", companyId);
        }

        if (BaseUrl != ApiEndpoint.DefaultBaseUrl)
        {
            Add("--base-url", BaseUrl);
        }

        if (TokenVariable != TokenReader.DefaultVariable)
        {
            Add("--token-env", TokenVariable);
        }

        if (Timeout != TimeSpan.FromSeconds(DefaultTimeoutSeconds))
        {
            Add("--timeout", Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture));
        }

        return arguments.ToString();
    }
}
