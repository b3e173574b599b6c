using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Joins the lists of deleted links that a side of a merge conflict, as git rebuilt it, holds twice. Two branches that
/// each saw their first deletion both add <c>"deletedLinks"</c> after the links, and when one of them also changed the
/// lines just before (a link added at the end), git keeps both additions, one after the other, outside the conflict: every
/// side then has the property twice, which no reader accepts (duplicate keys are refused). Joined into one list, in
/// order, the side reads as the snapshot it stands for; a link the two lists share is folded into one entry when the sides
/// are put together (<see cref="ConflictResolution"/>). Only sides are joined: a file of its own with the property twice
/// is an error, as the build says too.
/// </summary>
internal static class RepeatedDeletedLinks
{
    /// <summary>
    /// <paramref name="side"/> with each object's repeated <c>"deletedLinks"</c> lists (the top level's, and each
    /// location's) joined into one; the text as it is when nothing repeats, or when it is not JSON that can be joined
    /// (the reader then says what is wrong with it).
    /// </summary>
    public static string Joined(string side)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(side, new JsonDocumentOptions { MaxDepth = SnapshotFormat.MaxDepth });
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !Locations(root).Prepend(root).Any(Repeats))
            {
                return side;
            }

            var written = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(written, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = SnapshotFormat.MaxDepth }))
            {
                WriteJoined(writer, root, isRoot: true);
            }

            return Encoding.UTF8.GetString(written.WrittenSpan);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, a list that is not an array, text no writer takes (a lone surrogate): the reader names the problem.
            return side;
        }
    }

    private static IEnumerable<JsonElement> Locations(JsonElement root) =>
        root.EnumerateObject()
            .Where(p => p.NameEquals(SnapshotFormat.LocationsProperty) && p.Value.ValueKind == JsonValueKind.Array)
            .SelectMany(p => p.Value.EnumerateArray())
            .Where(l => l.ValueKind == JsonValueKind.Object);

    private static bool Repeats(JsonElement item) => item.EnumerateObject().Count(p => p.NameEquals(SnapshotFormat.DeletedLinksProperty)) > 1;

    private static void WriteJoined(Utf8JsonWriter writer, JsonElement item, bool isRoot)
    {
        writer.WriteStartObject();
        bool deletedWritten = false;
        foreach (JsonProperty property in item.EnumerateObject())
        {
            if (property.NameEquals(SnapshotFormat.DeletedLinksProperty))
            {
                if (!deletedWritten)
                {
                    writer.WriteStartArray(property.Name);
                    foreach (JsonProperty list in item.EnumerateObject().Where(p => p.NameEquals(SnapshotFormat.DeletedLinksProperty)))
                    {
                        // A list of another shape cannot be joined: thrown, so the reader sees the side as it is.
                        foreach (JsonElement deleted in list.Value.EnumerateArray())
                        {
                            deleted.WriteTo(writer);
                        }
                    }

                    writer.WriteEndArray();
                    deletedWritten = true;
                }
            }
            else if (isRoot && property.NameEquals(SnapshotFormat.LocationsProperty) && property.Value.ValueKind == JsonValueKind.Array)
            {
                writer.WriteStartArray(property.Name);
                foreach (JsonElement location in property.Value.EnumerateArray())
                {
                    if (location.ValueKind == JsonValueKind.Object)
                    {
                        WriteJoined(writer, location, isRoot: false);
                    }
                    else
                    {
                        location.WriteTo(writer);
                    }
                }

                writer.WriteEndArray();
            }
            else
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}
