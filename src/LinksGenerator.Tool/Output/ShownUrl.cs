using System;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// A URL as a message quotes it: without the parts that carry secrets by custom, the user name and password before
/// '@' and the query or fragment (<c>?api_key=…</c>), each shown as <c>…</c>. The tokens the redactor knows are masked
/// anyway; these are secrets it cannot know. Works on any text, a URL too broken to parse included.
/// </summary>
internal static class ShownUrl
{
    public static string Of(string url)
    {
        string shown = url.Trim();
        int query = shown.IndexOfAny(['?', '#']);
        if (query >= 0 && query + 1 < shown.Length)
        {
            shown = shown[..(query + 1)] + "…";
        }

        int scheme = shown.IndexOf("://", StringComparison.Ordinal);
        int authorityStart = scheme >= 0 ? scheme + 3 : 0;
        int authorityEnd = shown.IndexOfAny(['/', '\\', '?', '#'], authorityStart) is var end and >= 0 ? end : shown.Length;
        int at = authorityEnd > authorityStart ? shown.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart) : -1;
        if (at >= 0)
        {
            shown = shown[..authorityStart] + "…" + shown[at..];
        }

        return Printable.Quote(shown);
    }
}
