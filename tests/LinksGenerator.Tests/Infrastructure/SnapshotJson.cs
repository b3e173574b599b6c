using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>Builds snapshot text for tests; System.Text.Json does the escaping so hostile strings arrive intact.</summary>
internal static class SnapshotJson
{
    public const string LocationId = "ve9EPM428h8vShlRW1KT";

    public static string Of(params (string Id, string? Name)[] links) =>
        Of(links.Select(l => new TestLink(l.Id, l.Name, "https://example.com/" + l.Id, "{{trigger_link." + l.Id + "}}")));

    public static string Of(IEnumerable<TestLink> links, string? locationId = LocationId)
    {
        var document = new Dictionary<string, object?> { ["schemaVersion"] = 1 };
        if (locationId is not null)
        {
            document["locationId"] = locationId;
        }

        document["links"] = links.Select(l => new Dictionary<string, string?>
        {
            ["id"] = l.Id,
            ["name"] = l.Name,
            ["redirectTo"] = l.RedirectTo,
            ["fieldKey"] = l.FieldKey,
        }).ToList();
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true });
    }
}

internal sealed record TestLink(string Id, string? Name, string? RedirectTo, string? FieldKey);
