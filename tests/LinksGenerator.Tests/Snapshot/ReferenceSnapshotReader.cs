using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>One link in comparable form; former names joined with a separator no generated text contains.</summary>
internal sealed record ReadLink(string? Id, string? Name, string? RedirectTo, string? FieldKey, string? LocationId, string FormerNames)
{
    public const string Separator = "\u0001|";
}

/// <summary>One location of a many-location snapshot in comparable form.</summary>
internal sealed record ReadLocation(string? Name, string? LocationId, IReadOnlyList<ReadLink> Links, IReadOnlyList<ReadLink> DeletedLinks)
{
    public bool Matches(ReadLocation other) =>
        Name == other.Name && LocationId == other.LocationId && Links.SequenceEqual(other.Links) && DeletedLinks.SequenceEqual(other.DeletedLinks);
}

/// <summary>What a reader makes of a snapshot, in comparable form: null when it rejects it.</summary>
internal sealed record ReadOutcome(int? SchemaVersion, string? LocationId, IReadOnlyList<ReadLink> Links, IReadOnlyList<ReadLink> DeletedLinks, int Problems, IReadOnlyList<ReadLocation>? Locations)
{
    public bool Matches(ReadOutcome other) =>
        SchemaVersion == other.SchemaVersion && LocationId == other.LocationId && Links.SequenceEqual(other.Links)
        && DeletedLinks.SequenceEqual(other.DeletedLinks) && Problems == other.Problems
        && (Locations is null ? other.Locations is null : other.Locations is not null && Locations.Count == other.Locations.Count && Locations.Zip(other.Locations).All(p => p.First.Matches(p.Second)));
}

/// <summary>
/// The oracle for the differential fuzz test: the snapshot rules written plainly on top of System.Text.Json. Its only
/// departures from a bare JsonDocument.Parse are the rules our format adds on purpose: one leading BOM is skipped (file
/// readers do that), every string must be valid UTF-16 and every object's keys unique (JsonDocument checks neither
/// until asked), and the schema's types: strict in <c>links</c>, lenient in the history (<c>formerNames</c>,
/// <c>deletedLinks</c>), where a part of the wrong shape is skipped and counted as a problem.
/// </summary>
internal static class ReferenceSnapshotReader
{
    public static ReadOutcome? Read(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text.Substring(1);
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            ValidateEverywhere(document.RootElement);
            return Interpret(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or SchemaException)
        {
            return null;
        }
    }

    private static ReadOutcome Interpret(JsonElement root)
    {
        Require(root.ValueKind == JsonValueKind.Object);
        int? schemaVersion = null;
        if (root.TryGetProperty("schemaVersion", out JsonElement version) && version.ValueKind != JsonValueKind.Null)
        {
            Require(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out int v) && v >= 1 && v <= 2);
            schemaVersion = version.GetInt32();
        }

        string? locationId = OptionalString(root, "locationId");
        bool hasLinks = root.TryGetProperty("links", out JsonElement links);
        bool hasLocations = root.TryGetProperty("locations", out JsonElement locations);
        Require(hasLinks != hasLocations);
        int problems = 0;
        List<ReadLink> deleted = DeletedLinks(root, ref problems);
        if (hasLocations)
        {
            Require(locations.ValueKind == JsonValueKind.Array);
            var read = new List<ReadLocation>();
            foreach (JsonElement location in locations.EnumerateArray())
            {
                Require(location.ValueKind == JsonValueKind.Object);
                Require(location.TryGetProperty("links", out JsonElement locationLinks));
                read.Add(new ReadLocation(OptionalString(location, "name"), OptionalString(location, "locationId"), Links(locationLinks, ref problems), DeletedLinks(location, ref problems)));
            }

            problems += deleted.Count > 0 ? 1 : 0;
            return new ReadOutcome(schemaVersion, null, [], [], problems, read);
        }

        return new ReadOutcome(schemaVersion, locationId, Links(links, ref problems), deleted, problems, null);
    }

    private static List<ReadLink> Links(JsonElement links, ref int problems)
    {
        Require(links.ValueKind == JsonValueKind.Array);
        var read = new List<ReadLink>();
        foreach (JsonElement link in links.EnumerateArray())
        {
            Require(link.ValueKind == JsonValueKind.Object);
            read.Add(Link(link, ref problems));
        }

        return read;
    }

    private static List<ReadLink> DeletedLinks(JsonElement parent, ref int problems)
    {
        var deleted = new List<ReadLink>();
        if (parent.TryGetProperty("deletedLinks", out JsonElement history) && history.ValueKind != JsonValueKind.Null)
        {
            if (history.ValueKind != JsonValueKind.Array)
            {
                problems++;
            }
            else
            {
                foreach (JsonElement entry in history.EnumerateArray())
                {
                    int entryProblems = 0;
                    ReadLink? link = null;
                    try
                    {
                        Require(entry.ValueKind == JsonValueKind.Object);
                        link = Link(entry, ref entryProblems);
                    }
                    catch (SchemaException)
                    {
                        // A deleted entry of the wrong shape is skipped as a whole: one problem, whatever was inside.
                        entryProblems = 1;
                    }

                    problems += entryProblems;
                    if (link is not null)
                    {
                        deleted.Add(link);
                    }
                }
            }
        }

        return deleted;
    }

    private static ReadLink Link(JsonElement link, ref int problems)
    {
        string? id = OptionalString(link, "id");
        string? underscoreId = OptionalString(link, "_id");
        string formerNames = "";
        if (link.TryGetProperty("formerNames", out JsonElement names) && names.ValueKind != JsonValueKind.Null)
        {
            if (names.ValueKind == JsonValueKind.Array && names.EnumerateArray().All(n => n.ValueKind == JsonValueKind.String))
            {
                formerNames = string.Join(ReadLink.Separator, names.EnumerateArray().Select(n => n.GetString()));
            }
            else
            {
                problems++;
            }
        }

        return new ReadLink(id ?? underscoreId, OptionalString(link, "name"), OptionalString(link, "redirectTo"), OptionalString(link, "fieldKey"), OptionalString(link, "locationId"), formerNames);
    }

    private static string? OptionalString(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Require(value.ValueKind == JsonValueKind.String);
        return value.GetString();
    }

    private static void ValidateEverywhere(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    Require(names.Add(property.Name));
                    ValidateEverywhere(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    ValidateEverywhere(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new SchemaException();
        }
    }

    private sealed class SchemaException : Exception;
}
