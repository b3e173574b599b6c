namespace LinksGenerator.Catalog;

/// <summary>How messages name a link: its name in quotes, or "(unnamed)".</summary>
internal static class LinkNames
{
    public static string Quoted(string? name) => name is null ? "(unnamed)" : "'" + name + "'";
}
