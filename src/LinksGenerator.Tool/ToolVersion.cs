using System.Net.Http.Headers;
using System.Reflection;

namespace LinksGenerator.Tool;

/// <summary>The tool's own version, as packed: sent in the User-Agent so HighLevel (and proxies) can tell who is calling.</summary>
internal static class ToolVersion
{
    public const string ProductName = "ghl-links";

    public static string Current { get; } = Read();

    public static ProductInfoHeaderValue UserAgent => new(ProductName, Current);

    private static string Read()
    {
        string? informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        // The SDK appends "+<commit>" (build metadata); '+' is not allowed in a User-Agent product version, and the
        // commit says nothing the version does not.
        string version = informational?.Split('+')[0] ?? "";
        return version.Length > 0 ? version : typeof(ToolVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}
