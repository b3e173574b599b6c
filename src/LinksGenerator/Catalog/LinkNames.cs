using LinksGenerator.Rules;

namespace LinksGenerator.Catalog;

/// <summary>How messages name a link: its name in quotes (made safe for a one-line message), or "(unnamed)".</summary>
internal static class LinkNames
{
    public static string Quoted(string? name) => name is null ? "(unnamed)" : "'" + MessageText.Safe(name) + "'";
}
