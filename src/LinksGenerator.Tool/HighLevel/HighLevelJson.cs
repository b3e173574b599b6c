using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// The documented 200 body of Get Links: <c>{"links":[Link…]}</c>. Properties it does not name are ignored, but for
/// those by which HighLevel's paged APIs (its search endpoints, contacts) say an answer is one page of more: a count of
/// them all, a next page, at the top or in <c>meta</c>. Get Links is not paged; an answer that says it is a page (a
/// proxy's, a cache's, a future version's) holds only some of the links, and read as all of them, the others would be
/// recorded as deleted. Kept as raw elements: a value of another type must not make the answer unreadable, only be read
/// for what it says.
/// </summary>
internal sealed class LinksResponse
{
    /// <summary>The names by which a page says how many there are in all, or where the next page is.</summary>
    public static readonly string[] CountNames = ["total", "totalCount"];

    /// <inheritdoc cref="CountNames"/>
    public static readonly string[] NextPageNames = ["nextPage", "nextPageUrl", "hasMore"];

    [JsonPropertyName(SnapshotFormat.LinksProperty)]
    public List<ApiLink?>? Links { get; set; }

    /// <summary>Where HighLevel's paged APIs put those facts: <c>"meta":{"total":…,"nextPage":…}</c>.</summary>
    [JsonPropertyName("meta")]
    public JsonElement? Meta { get; set; }

    /// <summary>The other properties at the top, among them any page hint: a handful of small values, where there are any.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; set; }

    /// <summary>The value named <paramref name="name"/> (one of <see cref="CountNames"/> and <see cref="NextPageNames"/>) at the top, or in <c>meta</c> with <paramref name="inMeta"/>.</summary>
    public JsonElement? Hint(string name, bool inMeta) =>
        inMeta ? Meta is { ValueKind: JsonValueKind.Object } meta && meta.TryGetProperty(name, out JsonElement value) ? value : null
        : Others is not null && Others.TryGetValue(name, out JsonElement top) ? top : null;
}

/// <summary>
/// One link as HighLevel sends it; every property is optional in HighLevel's schema. Its <c>locationId</c> is not read:
/// the snapshot records the location once, and 10,000 copies of it would only cost memory. Its strings are read by
/// <see cref="KnownTextConverter"/>, which takes the snapshot's copy of a value that did not change.
/// </summary>
internal sealed class ApiLink
{
    /// <summary>The link's id. Some HighLevel endpoints send the database's <c>_id</c> instead; the reader takes that where <c>id</c> is absent, as every snapshot reader does.</summary>
    [JsonPropertyName(SnapshotFormat.IdProperty)]
    [JsonConverter(typeof(KnownTextConverter))]
    public string? Id { get; set; }

    [JsonPropertyName(SnapshotFormat.UnderscoreIdProperty)]
    [JsonConverter(typeof(KnownTextConverter))]
    public string? UnderscoreId { get; set; }

    [JsonPropertyName(SnapshotFormat.NameProperty)]
    [JsonConverter(typeof(KnownTextConverter))]
    public string? Name { get; set; }

    [JsonPropertyName(SnapshotFormat.RedirectToProperty)]
    [JsonConverter(typeof(KnownTextConverter))]
    public string? RedirectTo { get; set; }

    [JsonPropertyName(SnapshotFormat.FieldKeyProperty)]
    [JsonConverter(typeof(KnownTextConverter))]
    public string? FieldKey { get; set; }

    /// <summary>The location the link belongs to, when the answer says: it must be the one asked for.</summary>
    [JsonPropertyName("locationId")]
    [JsonConverter(typeof(KnownTextConverter))]
    public string? LocationId { get; set; }
}

/// <summary>The answer to a token exchange: <c>{"access_token":"…","token_type":"Bearer","expires_in":86399,…}</c>; only the token is read.</summary>
internal sealed class LocationTokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    /// <summary>The location the token is for: it must be the one asked for.</summary>
    [JsonPropertyName("locationId")]
    public string? LocationId { get; set; }
}

/// <summary>
/// HighLevel's error body: <c>{"statusCode":…,"message":"…" or ["…",…],"error":"…"}</c>. Kept as raw elements because
/// the types vary (422 sends an array of messages) and a body that disagrees must still be described, not rejected.
/// </summary>
internal sealed class ErrorBody
{
    [JsonPropertyName("statusCode")]
    public JsonElement? StatusCode { get; set; }

    [JsonPropertyName("message")]
    public JsonElement? Message { get; set; }

    [JsonPropertyName("error")]
    public JsonElement? Error { get; set; }
}

/// <summary>
/// Source-generated (no reflection) and strict the way the snapshot reader is: no comments, no trailing commas, no
/// duplicate property names.
/// </summary>
[JsonSourceGenerationOptions(AllowDuplicateProperties = false, ReadCommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false)]
[JsonSerializable(typeof(LinksResponse))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(LocationTokenResponse))]
internal sealed partial class HighLevelJsonContext : JsonSerializerContext;
