namespace LinksGenerator.Snapshot;

/// <summary>The HighLevel trigger-link merge field, <c>{{trigger_link.&lt;id&gt;}}</c>, and what counts as an id.</summary>
internal static class MergeField
{
    public const string Prefix = "{{trigger_link.";
    public const string Suffix = "}}";

    /// <summary>The text every trigger-link merge field contains, in any spelling: the analyzer's cheap pre-check.</summary>
    public const string Marker = "trigger_link";

    /// <summary>Ids are opaque: any non-empty run of <c>[A-Za-z0-9_-]</c>.</summary>
    public static bool IsIdCharacter(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

    public static bool IsValidId(string? id)
    {
        if (id is null || id.Length == 0)
        {
            return false;
        }

        foreach (char c in id)
        {
            if (!IsIdCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The exact <c>fieldKey</c> HighLevel gives a link with this id.</summary>
    public static string For(string id) => Prefix + id + Suffix;
}
