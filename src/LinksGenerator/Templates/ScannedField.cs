namespace LinksGenerator.Templates;

/// <summary>
/// A merge field found in a template, placed: offsets in the decoded text and 0-based line/character of both ends (as
/// <see cref="LineMap"/> counts them); the id of a well-formed field, or for a malformed one the problem and the field's
/// own text, which LNK003 quotes. Everything the rules need to judge the field without the template's text.
/// </summary>
internal sealed record ScannedField(
    int Start,
    int Length,
    (int Line, int Character) From,
    (int Line, int Character) To,
    string? Id,
    string? Problem,
    string? Text)
{
    public bool IsWellFormed => Id is not null;
}
