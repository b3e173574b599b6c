namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// HighLevel's "Get Location Access Token from Agency Token": <c>POST {base-url}/oauth/locationToken</c> with the agency
/// token, form fields <c>companyId</c> and <c>locationId</c>; the answer's <c>access_token</c> is a token of that location.
/// </summary>
internal static class LocationTokenApi
{
    public const string Path = "oauth/locationToken";

    public const string FormMediaType = "application/x-www-form-urlencoded";

    /// <summary>The scope an agency token needs to be exchanged.</summary>
    public const string Scope = "oauth.write";
}
