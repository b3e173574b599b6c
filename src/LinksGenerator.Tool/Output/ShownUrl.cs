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

    /// <summary>
    /// <paramref name="text"/> with the user name and password of every URL in it shown as <c>…</c>
    /// (<c>'http://…@proxy:3128/'</c>): a URL runs from its <c>://</c> to the next space or quote, and its credentials
    /// to the last '@' before its path.
    /// </summary>
    public static string WithoutCredentials(string text)
    {
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return text;
        }

        var shown = new System.Text.StringBuilder(text.Length);
        int copied = 0;
        for (; scheme >= 0; scheme = text.IndexOf("://", copied, StringComparison.Ordinal))
        {
            int authority = scheme + 3;
            int end = text.IndexOfAny([' ', '\t', '\r', '\n', '\'', '"', '<', '>'], authority);
            end = end < 0 ? text.Length : end;
            int path = text.IndexOf('/', authority, end - authority);
            int at = text.LastIndexOf('@', (path < 0 ? end : path) - 1, (path < 0 ? end : path) - authority);
            shown.Append(text, copied, authority - copied);
            if (at >= authority)
            {
                shown.Append('…');
                copied = at;
            }
            else
            {
                copied = authority;
            }
        }

        return shown.Append(text, copied, text.Length - copied).ToString();
    }
}
