using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>A link as the fake server holds it.</summary>
internal sealed record TestLink(string Id, string? Name, string? RedirectTo, string? FieldKey = null)
{
    public string ExpectedFieldKey => FieldKey ?? "{{trigger_link." + Id + "}}";
}

/// <summary>
/// The test data: a location's links now (in HighLevel's unsorted order), the snapshot from before (one link of each
/// kind of change), and the exact bytes a pull must write, spelled out by hand rather than computed by the code under
/// test.
/// </summary>
internal static class TestLinks
{
    /// <summary>Now: Summer Sale renamed, "first tag" re-targeted, "Book a Call" added, "Leave a Review" deleted.</summary>
    public static IReadOnlyList<TestLink> Current { get; } =
    [
        new("sTpkr0cStY4qWB8dWKnH", "Referral Program", "https://acme-dental.com/refer-a-friend"),
        new("n4AriwEnFrGh3tu08W0U", "first tag", "https://www.google.com/search"),
        new("U8JZpDE0iGXlD6gNCFba", "Book a Call – Dr. Müller", "https://calendly.com/acme-dental/consult?src=\"sms\""),
        new("EPFjbD0kH8Oool8DklZD", "Summer Sale 2025", "https://acme-dental.com/offers/summer"),
        new("HgaKwVJ7faC9qEwjky40", "New Patient Forms", "https://acme-dental.com/forms/new-patient"),
    ];

    /// <summary>
    /// The snapshot a first pull of <see cref="Current"/> writes (no snapshot before, so no history: schema 1): sorted by id
    /// (ordinal), two-space indent, \n, final newline.
    /// </summary>
    public const string FirstSnapshot =
        "{\n" +
        "  \"schemaVersion\": 1,\n" +
        "  \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n" +
        "  \"links\": [\n" +
        "    {\n" +
        "      \"id\": \"EPFjbD0kH8Oool8DklZD\",\n" +
        "      \"name\": \"Summer Sale 2025\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/offers/summer\",\n" +
        "      \"fieldKey\": \"{{trigger_link.EPFjbD0kH8Oool8DklZD}}\"\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"HgaKwVJ7faC9qEwjky40\",\n" +
        "      \"name\": \"New Patient Forms\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/forms/new-patient\",\n" +
        "      \"fieldKey\": \"{{trigger_link.HgaKwVJ7faC9qEwjky40}}\"\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"U8JZpDE0iGXlD6gNCFba\",\n" +
        "      \"name\": \"Book a Call – Dr. Müller\",\n" +
        "      \"redirectTo\": \"https://calendly.com/acme-dental/consult?src=\\\"sms\\\"\",\n" +
        "      \"fieldKey\": \"{{trigger_link.U8JZpDE0iGXlD6gNCFba}}\"\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"n4AriwEnFrGh3tu08W0U\",\n" +
        "      \"name\": \"first tag\",\n" +
        "      \"redirectTo\": \"https://www.google.com/search\",\n" +
        "      \"fieldKey\": \"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\"\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"sTpkr0cStY4qWB8dWKnH\",\n" +
        "      \"name\": \"Referral Program\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/refer-a-friend\",\n" +
        "      \"fieldKey\": \"{{trigger_link.sTpkr0cStY4qWB8dWKnH}}\"\n" +
        "    }\n" +
        "  ]\n" +
        "}\n";

    /// <summary>
    /// The snapshot a pull of <see cref="Current"/> writes over <see cref="PreviousSnapshot"/>: schema 2, since it keeps
    /// history. Summer Sale's old name goes to its formerNames; Leave a Review goes to deletedLinks as last seen.
    /// </summary>
    public const string ExpectedSnapshot =
        "{\n" +
        "  \"schemaVersion\": 2,\n" +
        "  \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n" +
        "  \"links\": [\n" +
        "    {\n" +
        "      \"id\": \"EPFjbD0kH8Oool8DklZD\",\n" +
        "      \"name\": \"Summer Sale 2025\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/offers/summer\",\n" +
        "      \"fieldKey\": \"{{trigger_link.EPFjbD0kH8Oool8DklZD}}\",\n" +
        "      \"formerNames\": [\"Summer Sale 2024\"]\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"HgaKwVJ7faC9qEwjky40\",\n" +
        "      \"name\": \"New Patient Forms\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/forms/new-patient\",\n" +
        "      \"fieldKey\": \"{{trigger_link.HgaKwVJ7faC9qEwjky40}}\"\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"U8JZpDE0iGXlD6gNCFba\",\n" +
        "      \"name\": \"Book a Call – Dr. Müller\",\n" +
        "      \"redirectTo\": \"https://calendly.com/acme-dental/consult?src=\\\"sms\\\"\",\n" +
        "      \"fieldKey\": \"{{trigger_link.U8JZpDE0iGXlD6gNCFba}}\"\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"n4AriwEnFrGh3tu08W0U\",\n" +
        "      \"name\": \"first tag\",\n" +
        "      \"redirectTo\": \"https://www.google.com/search\",\n" +
        "      \"fieldKey\": \"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\"\n" +
        "    },\n" +
        "    {\n" +
        "      \"id\": \"sTpkr0cStY4qWB8dWKnH\",\n" +
        "      \"name\": \"Referral Program\",\n" +
        "      \"redirectTo\": \"https://acme-dental.com/refer-a-friend\",\n" +
        "      \"fieldKey\": \"{{trigger_link.sTpkr0cStY4qWB8dWKnH}}\"\n" +
        "    }\n" +
        "  ],\n" +
        "  \"deletedLinks\": [\n" +
        "    {\n" +
        "      \"id\": \"OCj2ISaJiHkTj0rLGlko\",\n" +
        "      \"name\": \"Leave a Review\",\n" +
        "      \"redirectTo\": \"https://g.page/r/acme-dental/review\",\n" +
        "      \"fieldKey\": \"{{trigger_link.OCj2ISaJiHkTj0rLGlko}}\"\n" +
        "    }\n" +
        "  ]\n" +
        "}\n";

    /// <summary>The snapshot from before, as a developer committed it (CRLF line ends, as git on Windows may check it out).</summary>
    public const string PreviousSnapshot =
        "{\r\n" +
        "  \"schemaVersion\": 1,\r\n" +
        "  \"locationId\": \"ve9EPM428h8vShlRW1KT\",\r\n" +
        "  \"links\": [\r\n" +
        "    { \"id\": \"EPFjbD0kH8Oool8DklZD\", \"name\": \"Summer Sale 2024\", \"redirectTo\": \"https://acme-dental.com/offers/summer\", \"fieldKey\": \"{{trigger_link.EPFjbD0kH8Oool8DklZD}}\" },\r\n" +
        "    { \"id\": \"HgaKwVJ7faC9qEwjky40\", \"name\": \"New Patient Forms\", \"redirectTo\": \"https://acme-dental.com/forms/new-patient\", \"fieldKey\": \"{{trigger_link.HgaKwVJ7faC9qEwjky40}}\" },\r\n" +
        "    { \"id\": \"OCj2ISaJiHkTj0rLGlko\", \"name\": \"Leave a Review\", \"redirectTo\": \"https://g.page/r/acme-dental/review\", \"fieldKey\": \"{{trigger_link.OCj2ISaJiHkTj0rLGlko}}\" },\r\n" +
        "    { \"id\": \"n4AriwEnFrGh3tu08W0U\", \"name\": \"first tag\", \"redirectTo\": \"https://www.google.com/\", \"fieldKey\": \"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\" },\r\n" +
        "    { \"id\": \"sTpkr0cStY4qWB8dWKnH\", \"name\": \"Referral Program\", \"redirectTo\": \"https://acme-dental.com/refer-a-friend\", \"fieldKey\": \"{{trigger_link.sTpkr0cStY4qWB8dWKnH}}\" }\r\n" +
        "  ]\r\n" +
        "}\r\n";

    /// <summary><paramref name="count"/> links with 20-character ids like HighLevel's, in a scrambled (not sorted) order.</summary>
    public static IReadOnlyList<TestLink> Many(int count) =>
        Enumerable.Range(0, count)
            .Select(i => (i * 7919) % count)
            .Select(n => new TestLink($"L{n:D7}x{(n * 2654435761L) % 1_000_000_000_000L:D12}", $"Campaign link {n}", $"https://example.com/c/{n}?utm_source=sms"))
            .ToList();

    /// <summary>
    /// The Get Links response body, with the properties HighLevel adds that a snapshot does not keep; each link names
    /// <paramref name="location"/> as its own, or no location when it is null.
    /// </summary>
    public static string ResponseJson(IReadOnlyList<TestLink> links, string? location = FakeHighLevel.Location)
    {
        var json = new StringBuilder(64 + (links.Count * 260));
        json.Append("{\"links\":[");
        for (int i = 0; i < links.Count; i++)
        {
            TestLink link = links[i];
            json.Append(i == 0 ? "" : ",")
                .Append("{\"id\":").Append(JsonSerializer.Serialize(link.Id))
                .Append(",\"name\":").Append(JsonSerializer.Serialize(link.Name))
                .Append(",\"redirectTo\":").Append(JsonSerializer.Serialize(link.RedirectTo))
                .Append(",\"fieldKey\":").Append(JsonSerializer.Serialize(link.ExpectedFieldKey))
                .Append(location is null ? "" : ",\"locationId\":\"" + location + "\"")
                .Append(",\"clicks\":").Append((i * 37).ToString(CultureInfo.InvariantCulture))
                .Append(",\"createdAt\":\"2024-03-0").Append((i % 9) + 1).Append("T10:00:00.000Z\"")
                .Append(",\"meta\":{\"tags\":[\"sms\",\"email\"],\"archived\":false}}");
        }

        return json.Append("],\"traceId\":\"abc123\"}").ToString();
    }
}
