namespace LinksGenerator.Tool.HighLevel;

/// <summary>The fixed parts of HighLevel's Get Links request (see the Get Links reference page).</summary>
internal static class LinksApi
{
    /// <summary>The API version Get Links is documented for; HighLevel requires the header.</summary>
    public const string VersionHeader = "Version";
    public const string Version = "2021-07-28";

    public const string MediaType = "application/json";

    /// <summary>The scope a token needs for Get Links.</summary>
    public const string Scope = "links.readonly";
}
