using System;

namespace LinksGenerator.Tool.Configuration;

/// <summary>
/// Where requests go: Get Links to <c>{base-url}/links/?locationId=ID</c>, token exchanges to
/// <c>{base-url}/oauth/locationToken</c>; the base URL may carry a path prefix.
/// </summary>
internal sealed class ApiEndpoint
{
    public const string DefaultBaseUrl = "https://services.leadconnectorhq.com";

    private ApiEndpoint(Uri baseUri) => BaseUri = baseUri;

    /// <summary>The base URL, always ending in '/', so relative paths append to its path prefix.</summary>
    public Uri BaseUri { get; }

    /// <summary>
    /// True when the token would travel unencrypted to another machine. Allowed (a proxy inside a private network may
    /// need it) but worth a warning; plain HTTP to this machine is how local proxies and the tests run.
    /// </summary>
    public bool SendsTokenInClearText => BaseUri.Scheme == Uri.UriSchemeHttp && !BaseUri.IsLoopback;

    public static ApiEndpoint Parse(string baseUrl)
    {
        string advice = $"pass an absolute http(s) URL such as {DefaultBaseUrl}, optionally with a path prefix (https://proxy.example.com/highlevel)";
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw ToolException.Usage($"--base-url {Output.ShownUrl.Of(baseUrl)} is not an http or https URL: {advice}");
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw ToolException.Usage($"--base-url {Output.ShownUrl.Of(baseUrl)} has a query or fragment, which the request URL cannot keep: {advice}");
        }

        if (uri.UserInfo.Length > 0)
        {
            // Credentials in a URL end up in messages and logs; HighLevel takes the token in a header only.
            throw ToolException.Usage($"--base-url must not contain a user name or password: {advice}");
        }

        // 0.0.0.0 and [::] are where a server listens, not an address to connect to: every attempt would fail alike.
        if (System.Net.IPAddress.TryParse(uri.IdnHost, out System.Net.IPAddress? address)
            && (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address) is var unmapped
            && (unmapped.Equals(System.Net.IPAddress.Any) || unmapped.Equals(System.Net.IPAddress.IPv6Any)))
        {
            throw ToolException.Usage($"--base-url {Output.ShownUrl.Of(baseUrl)} names {uri.Host}, an address servers listen on, not one to connect to: {advice} (for this machine, 127.0.0.1)");
        }

        string text = uri.GetLeftPart(UriPartial.Path);
        return new ApiEndpoint(new Uri(text.EndsWith('/') ? text : text + "/"));
    }

    public Uri LinksUri(string locationId) => new(BaseUri, "links/?locationId=" + Uri.EscapeDataString(locationId));

    /// <summary>Where an agency token is exchanged for a location's: <c>{base-url}/oauth/locationToken</c>.</summary>
    public Uri LocationTokenUri() => new(BaseUri, HighLevel.LocationTokenApi.Path);
}
