using LinksGenerator.Rules;

namespace LinksGenerator.Catalog;

/// <summary>How messages name a link: its name in quotes (made safe for a one-line message), or "(unnamed)".</summary>
internal static class LinkNames
{
    public static string Quoted(string? name) => name is null ? "(unnamed)" : "'" + MessageText.Safe(name) + "'";

    /// <summary><c>'Zebra offer'</c>, or <c>'Zebra offer' of Downtown</c> for a link of one location of many.</summary>
    public static string Quoted(string? name, string? locationName) => Quoted(name) + (locationName is null ? "" : " of " + MessageText.Safe(locationName));
}
