namespace LinksGenerator.Fields;

/// <summary>How a brace of a merge field is written.</summary>
internal enum BraceEncoding
{
    /// <summary><c>{</c> or <c>}</c>: what HighLevel replaces.</summary>
    None,

    /// <summary><c>%7B</c> / <c>%7D</c> (any case): what a visual editor writes inside a link's address.</summary>
    Percent,

    /// <summary><c>&amp;#123;</c>, <c>&amp;#x7B;</c>, <c>&amp;lbrace;</c>, <c>&amp;lcub;</c> and their closing twins.</summary>
    HtmlEntity,
}
