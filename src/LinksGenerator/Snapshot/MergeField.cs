namespace LinksGenerator.Snapshot;

/// <summary>The HighLevel trigger-link merge field, <c>{{trigger_link.&lt;id&gt;}}</c>, and what counts as an id.</summary>
internal static class MergeField
{
    public const string Prefix = "{{trigger_link.";
    public const string Suffix = "}}";

    /// <summary>The text every trigger-link merge field contains, in any spelling: the analyzer's cheap pre-check.</summary>
    public const string Marker = "trigger_link";

    /// <summary>
    /// The longest id a snapshot may hold (docs/snapshot-format.md). HighLevel's ids are 20 characters; the limit leaves
    /// room for other id formats while keeping every name the generator makes from an id (<c>Link_&lt;id&gt;</c>,
    /// <c>Name_&lt;id&gt;</c>) far below the 1,023 bytes the compiler allows a name in metadata (CS7013).
    /// </summary>
    public const int MaxIdLength = 100;

    /// <summary>The id rule in words, for messages: one wording wherever an id is refused.</summary>
    public static readonly string IdRule = "ASCII letters, digits, '_' and '-', at most " + MaxIdLength + " characters";

    private static readonly string TooLong = "is longer than " + MaxIdLength + " characters";

    /// <summary>Ids are opaque: a run of <c>[A-Za-z0-9_-]</c> (ASCII only: HighLevel's ids are).</summary>
    public static bool IsIdCharacter(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

    /// <summary>Whether <paramref name="id"/> is a usable id: 1 to <see cref="MaxIdLength"/> of <see cref="IsIdCharacter"/>.</summary>
    public static bool IsValidId(string? id) => IdProblem(id) is null;

    /// <summary>
    /// Why <paramref name="id"/> is not a usable id, as words that follow "the id": null when it is one. The one rule the
    /// build's snapshot reader (LNK101) and ghl-links (a Links response, a location id) apply.
    /// </summary>
    public static string? IdProblem(string? id)
    {
        if (id is null || id.Length == 0)
        {
            return "is empty";
        }

        if (id.Length > MaxIdLength)
        {
            return TooLong;
        }

        for (int i = 0; i < id.Length; i++)
        {
            if (!IsIdCharacter(id[i]))
            {
                return "has the character " + CharacterAt(id, i);
            }
        }

        return null;
    }

    /// <summary>The character at <paramref name="index"/> as a message names it: quoted when printable ASCII, else as U+XXXX.</summary>
    private static string CharacterAt(string text, int index) =>
        text[index] is >= ' ' and <= '~'
            ? "'" + text[index] + "'"
            : "U+" + (char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The exact <c>fieldKey</c> HighLevel gives a link with this id.</summary>
    public static string For(string id) => Prefix + id + Suffix;

    /// <summary>Whether <paramref name="fieldKey"/> is <see cref="For"/> of <paramref name="id"/>, found without building it.</summary>
    public static bool IsFor(string fieldKey, string id) =>
        fieldKey.Length == Prefix.Length + id.Length + Suffix.Length
        && string.CompareOrdinal(fieldKey, 0, Prefix, 0, Prefix.Length) == 0
        && string.CompareOrdinal(fieldKey, Prefix.Length, id, 0, id.Length) == 0
        && string.CompareOrdinal(fieldKey, Prefix.Length + id.Length, Suffix, 0, Suffix.Length) == 0;
}
