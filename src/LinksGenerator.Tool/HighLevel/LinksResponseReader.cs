using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Turns a 2xx response into links: the body is read whole, up to a limit, then parsed. Anything that is not the
/// documented shape (HTML, empty, too large, cut off, the wrong JSON) becomes an <see cref="UnexpectedAnswer"/> saying
/// what is wrong.
/// </summary>
internal static class LinksResponseReader
{
    /// <summary>
    /// The most of a Links response the tool holds. 10,000 links in HighLevel's shape are a few MB; a body past this is
    /// not a location's links, and reading on would only use up memory.
    /// </summary>
    public const int DefaultLimit = 64 * 1024 * 1024;

    /// <summary>How much of a body nobody parses is read, to tell its size; the rest is left unread.</summary>
    public const int DrainLimit = 64 * 1024;

    /// <summary>
    /// The links of <paramref name="response"/>, the answer for <paramref name="locationId"/>; a string spelled as one of
    /// <paramref name="known"/> is that string. An answer that is read whole and is the documented shape takes its size
    /// from <paramref name="budget"/>, the run's answers together.
    /// </summary>
    public static async Task<AttemptResult> ReadAsync(HttpResponseMessage response, int limit, AnswerBudget budget, KnownText known, string locationId, CancellationToken cancellationToken)
    {
        if (!ResponseContentType.IsJson(response.Content.Headers))
        {
            using ResponseBody drained = await ResponseBody.ReadAsync(response, DrainLimit, cancellationToken).ConfigureAwait(false);
            return Unexpected(response, drained, ResponseContentType.NotJson(response.Content.Headers));
        }

        using ResponseBody body = await ResponseBody.ReadWholeAsync(response, limit, cancellationToken).ConfigureAwait(false);
        if (!body.Complete)
        {
            string larger = body.UnreadLength is { } announced ? $"its Content-Length announces {announced} bytes, more than {Size(limit)}" : $"it is larger than {Size(limit)}";
            return Unexpected(response, body, $"{larger}, the most the tool reads", Excess.Alone);
        }

        if (body.IsEmpty)
        {
            return Unexpected(response, body, "the body is empty");
        }

        // The tool asks for no compression, so it decodes none: a body compressed anyway reads as bytes that are not text,
        // and the header says why.
        if (body.Compression is { } compression)
        {
            return Unexpected(response, body, $"it is compressed ({compression}), which the tool did not ask for and does not decode");
        }

        LinksResponse? parsed;
        try
        {
            parsed = Parse(body.Bytes, known);
        }
        catch (JsonException e)
        {
            return Unexpected(response, body, JsonProblem.Describe(e, body.Bytes));
        }

        if (ShapeProblem(parsed, locationId, out List<ApiLink> links) is { } shapeProblem)
        {
            return Unexpected(response, body, shapeProblem);
        }

        return budget.TryTake(body.Bytes.Length)
            ? new LinksReceived(links)
            : Unexpected(response, body, $"with it the answers of this run add up to more than {Size(budget.Limit)}, more than a snapshot may hold", Excess.WithOtherLocations);
    }

    /// <summary>The answer's JSON, a string spelled as one of <paramref name="known"/> being that string (<see cref="KnownTextConverter"/>).</summary>
    internal static LinksResponse? Parse(ReadOnlySpan<byte> json, KnownText known)
    {
        using (KnownTextConverter.Use(known))
        {
            return JsonSerializer.Deserialize(json, HighLevelJsonContext.Default.LinksResponse);
        }
    }

    private static string? ShapeProblem(LinksResponse? parsed, string locationId, out List<ApiLink> links)
    {
        links = [];
        if (parsed is null)
        {
            return "the JSON is null, not an object with a \"links\" array";
        }

        if (parsed.Links is null)
        {
            return "the JSON object has no \"links\" array";
        }

        var firstIndexOfId = new Dictionary<string, int>(parsed.Links.Count, StringComparer.Ordinal);
        for (int i = 0; i < parsed.Links.Count; i++)
        {
            if (parsed.Links[i] is not { } link)
            {
                return $"links[{i}] is null, not a link";
            }

            link.Id ??= link.UnderscoreId;

            // The id is what a snapshot entry is keyed by; a link without one cannot be stored or referenced.
            if (string.IsNullOrEmpty(link.Id))
            {
                return $"links[{i}]{(link.Name is null ? "" : " (named " + Output.Printable.Quote(link.Name) + ")")} has no id";
            }

            // The build skips an entry whose id breaks the snapshot's id rule (LNK101, docs/snapshot-format.md): written,
            // it would be a link the code cannot use, so the answer is refused by that same rule.
            if (Snapshot.MergeField.IdProblem(link.Id) is { } idProblem)
            {
                return $"the id of links[{i}], {QuotedId(link.Id)}, {idProblem}: a HighLevel id has {Snapshot.MergeField.IdRule}";
            }

            // Two entries for one link cannot both be stored, and taking either would invent a rename that never was.
            if (firstIndexOfId.TryGetValue(link.Id, out int first))
            {
                return $"links[{i}] and links[{first}] have the same id {Output.Printable.Quote(link.Id)}";
            }

            firstIndexOfId.Add(link.Id, i);

            // A link of another location (a proxy's or a cache's mix-up) would be written into this location's place, and
            // the build would then accept an id this location's messages cannot use. A link that does not say is taken.
            if (link.LocationId is { } other && !string.Equals(other, locationId, StringComparison.Ordinal))
            {
                return $"links[{i}] belongs to another location, {Output.Printable.Quote(other)}, not {locationId}";
            }
        }

        if (PageProblem(parsed, parsed.Links.Count) is { } pageProblem)
        {
            return pageProblem;
        }

        // No null among them now: the parsed list itself, not a copy of 10,000 references.
        links = parsed.Links!;
        return null;
    }

    /// <summary>
    /// Why an answer that says it is one page of more (<see cref="LinksResponse"/>, at its top or in its <c>meta</c>) is
    /// not all <paramref name="count"/> links of the location; null when it says nothing of the kind. A count no larger
    /// than the links it holds, or a next page that is null, false, 0 or "" (<see cref="IsNone"/>), says it is the last page, or the only one.
    /// </summary>
    private static string? PageProblem(LinksResponse parsed, int count)
    {
        foreach (bool inMeta in new[] { false, true })
        {
            string path = inMeta ? "meta." : "";
            foreach (string name in LinksResponse.CountNames)
            {
                if (parsed.Hint(name, inMeta) is { } hint && Count(hint) is { } total && total > count)
                {
                    // Past a decimal's range, as written (cut short: a number may run on for pages).
                    string shown = total == decimal.MaxValue && CountText(hint) is { } written
                        ? Output.Printable.Line(written.Trim().Length > 40 ? written.Trim()[..40] + "…" : written.Trim())
                        : total.ToString("0.############################", CultureInfo.InvariantCulture);
                    return $"it says there are {shown} links (\"{path}{name}\") but holds {count}: " +
                        $"it is one page of them, and taken for all, the links of the other pages would be recorded as deleted. {NotPaged}";
                }
            }

            foreach (string name in LinksResponse.NextPageNames)
            {
                if (parsed.Hint(name, inMeta) is { } next && !IsNone(next))
                {
                    return $"it names a next page (\"{path}{name}\"): it is one page of the links, and taken for all, the links of the other pages would be recorded as deleted. {NotPaged}";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A count, as a number or a number in quotes (some APIs quote their numbers), written as JSON or .NET writes one; null
    /// for anything else. One past what a decimal holds (1e400) is <see cref="decimal.MaxValue"/>: more than any page
    /// holds, not no count at all.
    /// </summary>
    private static decimal? Count(JsonElement value)
    {
        if (CountText(value) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            return number;
        }

        // Past a decimal's range a double is infinite or huge; "NaN" and the like are no count.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double huge) && !double.IsNaN(huge) && Math.Abs(huge) >= 1
            ? (huge > 0 ? decimal.MaxValue : decimal.MinValue)
            : null;
    }

    private static string? CountText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String => value.GetString(),
        _ => null,
    };

    private const string NotPaged = "HighLevel's Get Links answers every link at once (a proxy or cache in between may have answered a page)";

    /// <summary>Whether a next page's value says there is none: null, false, 0, "", [] or {}, and the first three in quotes too (some APIs quote every value).</summary>
    private static bool IsNone(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False => true,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => !value.EnumerateObject().Any(),
        JsonValueKind.String => value.GetString()!.Trim() is var text && (text.Length == 0 || text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("null", StringComparison.OrdinalIgnoreCase) || Count(value) == 0),
        JsonValueKind.Number => value.TryGetDecimal(out decimal number) && number == 0,
        _ => false,
    };

    /// <summary>
    /// The id quoted and escaped; one too long to be an id cut after its start, which is enough to find it (never between
    /// the halves of a surrogate pair, which would show a lone surrogate the id does not have).
    /// </summary>
    private static string QuotedId(string id) =>
        id.Length <= Snapshot.MergeField.MaxIdLength
            ? Output.Printable.Quote(id)
            : Output.Printable.Quote(id.Substring(0, char.IsHighSurrogate(id[Snapshot.MergeField.MaxIdLength - 1]) ? Snapshot.MergeField.MaxIdLength - 1 : Snapshot.MergeField.MaxIdLength)) + "…";

    /// <summary>"64 MiB" for a whole number of MiB, else the bytes.</summary>
    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MiB" : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    private static UnexpectedAnswer Unexpected(HttpResponseMessage response, ResponseBody body, string problem, Excess excess = Excess.None) =>
        new(response.StatusCode, response.ReasonPhrase, problem, body.Sample, excess);
}
