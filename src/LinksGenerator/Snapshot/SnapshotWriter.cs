using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LinksGenerator.Snapshot;

/// <summary>One link as the snapshot stores it (schema 1).</summary>
internal sealed record SnapshotEntry(string Id, string? Name, string? RedirectTo, string? FieldKey);

/// <summary>
/// Writes schema 1 deterministically: links sorted by id (ordinal), two-space indentation, <c>\n</c> line ends, a final
/// newline, no timestamps. The same links in any order give the same text; encode it as UTF-8 without a BOM.
/// </summary>
internal static class SnapshotWriter
{
    public static string Write(string? locationId, IEnumerable<SnapshotEntry> links)
    {
        if (links is null)
        {
            throw new ArgumentNullException(nameof(links));
        }

        var sorted = new List<SnapshotEntry>(links);
        sorted.Sort(SnapshotEntryOrder.Instance);

        var json = new StringBuilder(128 + (sorted.Count * 160));
        json.Append("{\n");
        json.Append("  \"").Append(SnapshotFormat.SchemaVersionProperty).Append("\": ").Append(SnapshotFormat.CurrentSchemaVersion).Append(",\n");
        if (locationId is not null)
        {
            json.Append("  ");
            AppendProperty(json, SnapshotFormat.LocationIdProperty, locationId);
            json.Append(",\n");
        }

        json.Append("  \"").Append(SnapshotFormat.LinksProperty).Append("\": [");
        for (int i = 0; i < sorted.Count; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n");
            AppendLink(json, sorted[i]);
        }

        json.Append(sorted.Count == 0 ? "]\n" : "\n  ]\n");
        json.Append("}\n");
        return json.ToString();
    }

    private static void AppendLink(StringBuilder json, SnapshotEntry link)
    {
        json.Append("    {\n");
        var properties = new List<(string Name, string Value)> { (SnapshotFormat.IdProperty, link.Id) };
        if (link.Name is not null)
        {
            properties.Add((SnapshotFormat.NameProperty, link.Name));
        }

        if (link.RedirectTo is not null)
        {
            properties.Add((SnapshotFormat.RedirectToProperty, link.RedirectTo));
        }

        if (link.FieldKey is not null)
        {
            properties.Add((SnapshotFormat.FieldKeyProperty, link.FieldKey));
        }

        for (int i = 0; i < properties.Count; i++)
        {
            json.Append("      ");
            AppendProperty(json, properties[i].Name, properties[i].Value);
            json.Append(i + 1 < properties.Count ? ",\n" : "\n");
        }

        json.Append("    }");
    }

    private static void AppendProperty(StringBuilder json, string name, string value)
    {
        AppendString(json, name);
        json.Append(": ");
        AppendString(json, value);
    }

    /// <summary>
    /// JSON string escaping: quotes, backslashes and control characters always; U+2028/U+2029 and lone surrogates as
    /// <c>\uXXXX</c> so the file stays valid UTF-8 and safe to paste into JavaScript. Everything else is written as is.
    /// </summary>
    internal static void AppendString(StringBuilder json, string value)
    {
        json.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    bool pairedSurrogate = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                    if (pairedSurrogate)
                    {
                        json.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append('"');
    }
}
