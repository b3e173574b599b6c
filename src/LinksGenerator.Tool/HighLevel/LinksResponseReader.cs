using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Turns a 2xx response into links, parsing the body as it streams. Anything that is not the documented shape (HTML,
/// empty, cut off, the wrong JSON) becomes an <see cref="UnexpectedAnswer"/> saying what is wrong.
/// </summary>
internal static class LinksResponseReader
{
    /// <summary>Bytes kept for the message when the body is not a Links response.</summary>
    public const int SampleSize = 512;

    /// <summary>How much of a body nobody parses is read, to tell its size; the rest is left unread.</summary>
    public const int DrainLimit = 64 * 1024;

    public static async Task<AttemptResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        MediaTypeHeaderValue? contentType = response.Content.Headers.ContentType;
        await using var body = new HeadRecordingStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), SampleSize);

        if (!IsJson(contentType))
        {
            return await Unexpected(response, body, "it is not JSON", cancellationToken).ConfigureAwait(false);
        }

        LinksResponse? parsed;
        try
        {
            parsed = await JsonSerializer.DeserializeAsync(body, HighLevelJsonContext.Default.LinksResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            string problem = body.BytesRead == 0 ? "the body is empty" : JsonProblem.Describe(e);
            return await Unexpected(response, body, problem, cancellationToken).ConfigureAwait(false);
        }

        string? shapeProblem = ShapeProblem(parsed, out List<ApiLink> links);
        return shapeProblem is null ? new LinksReceived(links) : await Unexpected(response, body, shapeProblem, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>application/json or any <c>+json</c> type; no content type at all is given the benefit of the doubt.</summary>
    private static bool IsJson(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType is not { } mediaType
        || mediaType.Equals(LinksApi.MediaType, StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static string? ShapeProblem(LinksResponse? parsed, out List<ApiLink> links)
    {
        links = new List<ApiLink>();
        if (parsed is null)
        {
            return "the JSON is null, not an object with a \"links\" array";
        }

        if (parsed.Links is null)
        {
            return "the JSON object has no \"links\" array";
        }

        for (int i = 0; i < parsed.Links.Count; i++)
        {
            if (parsed.Links[i] is not { } link)
            {
                return $"links[{i}] is null, not a link";
            }

            // The id is what a snapshot entry is keyed by; a link without one cannot be stored or referenced.
            if (string.IsNullOrEmpty(link.Id))
            {
                return $"links[{i}]{(link.Name is null ? "" : " (named " + Output.Printable.Quote(link.Name) + ")")} has no id";
            }

            links.Add(link);
        }

        return null;
    }

    private static async Task<AttemptResult> Unexpected(HttpResponseMessage response, HeadRecordingStream body, string problem, CancellationToken cancellationToken)
    {
        bool complete = await body.DrainAsync(DrainLimit, cancellationToken).ConfigureAwait(false);
        var sample = new BodySample(response.Content.Headers.ContentType?.ToString(), body.BytesRead, body.Head, complete);
        return new UnexpectedAnswer(response.StatusCode, response.ReasonPhrase, problem, sample);
    }
}
