using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>Builds snapshot text for tests; System.Text.Json does the escaping so hostile strings arrive intact.</summary>
internal static class SnapshotJson
{
    public const string LocationId = "ve9EPM428h8vShlRW1KT";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Of(params (string Id, string? Name)[] links) =>
        Of(links.Select(l => new TestLink(l.Id, l.Name, "https://example.com/" + l.Id, "{{trigger_link." + l.Id + "}}")));

    /// <summary>Schema 1, or schema 2 when a link has former names or <paramref name="deleted"/> is not empty.</summary>
    public static string Of(IEnumerable<TestLink> links, string? locationId = LocationId, IEnumerable<TestLink>? deleted = null)
    {
        List<TestLink> live = links.ToList();
        List<TestLink> gone = deleted?.ToList() ?? [];
        bool history = gone.Count > 0 || live.Any(l => l.FormerNames is { Length: > 0 });
        var document = new Dictionary<string, object?> { ["schemaVersion"] = history ? 2 : 1 };
        if (locationId is not null)
        {
            document["locationId"] = locationId;
        }

        document["links"] = live.Select(Entry).ToList();
        if (gone.Count > 0)
        {
            document["deletedLinks"] = gone.Select(Entry).ToList();
        }

        return JsonSerializer.Serialize(document, Indented);
    }

    private static Dictionary<string, object?> Entry(TestLink link)
    {
        var entry = new Dictionary<string, object?>
        {
            ["id"] = link.Id,
            ["name"] = link.Name,
            ["redirectTo"] = link.RedirectTo,
            ["fieldKey"] = link.FieldKey,
        };
        if (link.FormerNames is { Length: > 0 } formerNames)
        {
            entry["formerNames"] = formerNames;
        }

        return entry;
    }
}

public sealed record TestLink(string Id, string? Name, string? RedirectTo, string? FieldKey, string[]? FormerNames = null)
{
    /// <summary>A link as HighLevel would have it: its field key made from its id.</summary>
    public static TestLink Plain(string id, string? name, params string[] formerNames) =>
        new(id, name, "https://example.com/" + id, "{{trigger_link." + id + "}}", formerNames);
}
