using System;
using System.Net.Http.Headers;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// An answer's Content-Type as HighLevel (or whatever answered) sent it. HttpClient gives a header it cannot parse (two
/// types, a stray quote or semicolon) as no content type at all; such a header is still there, and it is not JSON's.
/// </summary>
internal static class ResponseContentType
{
    private const string Header = "Content-Type";

    /// <summary>
    /// application/json, its older spelling text/json, or any <c>+json</c> type; no Content-Type header at all is given
    /// the benefit of the doubt; one that does not parse as a single media type, or more than one header line of it
    /// (HttpClient parses the first), is not JSON's.
    /// </summary>
    public static bool IsJson(HttpContentHeaders headers) =>
        headers.NonValidated.TryGetValues(Header, out HeaderStringValues sent)
            ? sent.Count == 1 && headers.ContentType?.MediaType is { } mediaType
              && (mediaType.Equals(LinksApi.MediaType, StringComparison.OrdinalIgnoreCase)
                  || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
                  || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            : headers.ContentType is null;

    /// <summary>
    /// Why a body is not read: its declared type, not its text, which may even be JSON (a proxy that labels everything
    /// text/plain); saying "it is not JSON" of a JSON body would send the user looking in the wrong place.
    /// </summary>
    public static string NotJson(HttpContentHeaders headers) =>
        $"its content type is {(Parsed(headers)?.MediaType is { } mediaType ? Printable.Quote(mediaType) : AsSent(headers) ?? "\"\"")}, not JSON";

    /// <summary>The header for a message: parsed, or quoted as sent when it does not parse; null when there is none.</summary>
    public static string? Shown(HttpContentHeaders headers) => Parsed(headers)?.ToString() ?? AsSent(headers);

    /// <summary>The header as HttpClient parsed it, when it was one line of one media type.</summary>
    private static MediaTypeHeaderValue? Parsed(HttpContentHeaders headers) =>
        headers.NonValidated.TryGetValues(Header, out HeaderStringValues sent) && sent.Count > 1 ? null : headers.ContentType;

    /// <summary>A header that does not parse, quoted (it may hold anything: control characters, a token), its lines joined by ", "; null when there is none.</summary>
    private static string? AsSent(HttpContentHeaders headers) =>
        headers.NonValidated.TryGetValues(Header, out HeaderStringValues sent) ? Printable.Quote(sent.ToString()) : null;
}
