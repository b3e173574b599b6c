using System;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// A URL as a message quotes it: without the parts that carry secrets by custom, the user name and password before
/// '@' and the query or fragment (<c>?api_key=…</c>), each shown as <c>…</c>. The tokens the redactor knows are masked
/// anyway; these are secrets it cannot know. Works on any text, a URL too broken to parse included: everything between
/// the scheme (or a leading <c>//</c>) and the last '@' goes, since a password may itself hold '/', '?' or '#'.
/// </summary>
internal static class ShownUrl
{
    public static string Of(string url)
    {
        string shown = url.Trim();
        int scheme = shown.IndexOf("://", StringComparison.Ordinal);
        int authorityStart = scheme >= 0 ? scheme + 3 : shown.StartsWith("//", StringComparison.Ordinal) ? 2 : 0;
        int at = shown.LastIndexOf('@');
        if (at >= authorityStart)
        {
            shown = shown[..authorityStart] + "…" + shown[at..];
        }

        int query = shown.IndexOfAny(['?', '#'], authorityStart);
        if (query >= 0 && query + 1 < shown.Length)
        {
            shown = shown[..(query + 1)] + "…";
        }

        return Printable.Quote(shown);
    }
}
