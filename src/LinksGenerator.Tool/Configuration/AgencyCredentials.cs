using System;

namespace LinksGenerator.Tool.Configuration;

/// <summary>
/// The agency token (<c>GHL_AGENCY_TOKEN</c>) and the agency's company id (<c>--company-id</c>, else
/// <c>GHL_COMPANY_ID</c>), which together get each location of a many-location snapshot its own token. Read only when a
/// location has no token of its own.
/// </summary>
internal static class AgencyCredentials
{
    public const string TokenVariable = "GHL_AGENCY_TOKEN";
    public const string CompanyIdVariable = "GHL_COMPANY_ID";

    /// <summary>
    /// The agency token with its company, or null when <see cref="TokenVariable"/> is not set (then
    /// <paramref name="fallbackVariable"/> applies).
    /// </summary>
    public static AgencyToken? Read(string? companyIdOption, Func<string, string?> getEnvironmentVariable, string fallbackVariable)
    {
        if (TokenReader.ReadIfSet(TokenVariable, getEnvironmentVariable, fallbackVariable) is not { } token)
        {
            return null;
        }

        string? companyId = companyIdOption ?? NullIfBlank(getEnvironmentVariable(CompanyIdVariable));
        if (companyId is null)
        {
            throw ToolException.Usage(
                $"{TokenVariable} is set, but not the agency's company id it is exchanged with: pass --company-id ID or set {CompanyIdVariable} " +
                "(the id of the agency the token belongs to, as HighLevel's API calls it)");
        }

        string source = companyIdOption is null ? CompanyIdVariable : "--company-id";
        string id = companyId.Trim();
        if (!Snapshot.MergeField.IsValidId(id))
        {
            throw ToolException.Usage($"{source} is {Output.Printable.Quote(companyId)}, which is not a HighLevel company id ({Snapshot.MergeField.IdRule})");
        }

        return new AgencyToken(TokenVariable, token, id);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
