using System;
using System.Collections.Generic;
using System.IO;

namespace LinksGenerator.Snapshot;

/// <summary>One location of a many-location snapshot, as written: the user's name for it, its id, its links and deleted links.</summary>
internal sealed record SnapshotLocationEntry(string Name, string LocationId, IReadOnlyList<SnapshotEntry> Links, IReadOnlyList<SnapshotEntry> DeletedLinks);

/// <summary>
/// Writes a snapshot deterministically (docs/snapshot-format.md): links and deleted links each sorted by
/// <see cref="SnapshotEntryOrder"/>, two-space indentation, <c>\n</c> line ends, a final newline, no timestamps; schema 2
/// only when there is history to keep, so a project without history sees no churn. The same links in any order give the
/// same text; encode it as UTF-8 without a BOM.
/// </summary>
internal static class SnapshotWriter
{
    public static string Write(string? locationId, IEnumerable<SnapshotEntry> links, IEnumerable<SnapshotEntry>? deletedLinks = null)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(text, locationId, links, deletedLinks);
        return text.ToString();
    }

    /// <summary>
    /// <see cref="Write(string?, IEnumerable{SnapshotEntry}, IEnumerable{SnapshotEntry}?)"/> into <paramref name="json"/>: a
    /// large snapshot goes straight to its bytes, never held whole as a string.
    /// </summary>
    public static void Write(TextWriter json, string? locationId, IEnumerable<SnapshotEntry> links, IEnumerable<SnapshotEntry>? deletedLinks = null)
    {
        List<SnapshotEntry> live = Sorted(links);
        List<SnapshotEntry> deleted = Sorted(deletedLinks ?? Array.Empty<SnapshotEntry>());
        bool hasHistory = deleted.Count > 0 || live.Exists(l => l.HasFormerNames);

        json.Write("{\n");
        json.Append("  \"").Append(SnapshotFormat.SchemaVersionProperty).Append("\": ")
            .Append(hasHistory ? SnapshotFormat.HistorySchemaVersion : SnapshotFormat.PlainSchemaVersion).Append(",\n");
        if (locationId is not null)
        {
            json.Append("  ");
            AppendProperty(json, SnapshotFormat.LocationIdProperty, locationId);
            json.Append(",\n");
        }

        AppendLinkArray(json, "  ", SnapshotFormat.LinksProperty, live);
        if (deleted.Count > 0)
        {
            json.Append(",\n");
            AppendLinkArray(json, "  ", SnapshotFormat.DeletedLinksProperty, deleted);
        }

        json.Write("\n}\n");
    }

    /// <summary>
    /// A many-location snapshot (always schema 2): <c>locations</c> sorted by name (ordinal), each with its name, id,
    /// links and (when it has any) deleted links, written like a one-location snapshot's.
    /// </summary>
    public static string WriteLocations(IEnumerable<SnapshotLocationEntry> locations)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteLocations(text, locations);
        return text.ToString();
    }

    /// <summary><see cref="WriteLocations(IEnumerable{SnapshotLocationEntry})"/> into <paramref name="json"/>.</summary>
    public static void WriteLocations(TextWriter json, IEnumerable<SnapshotLocationEntry> locations)
    {
        var sorted = new List<SnapshotLocationEntry>(locations);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        json.Write("{\n  \"");
        json.Append(SnapshotFormat.SchemaVersionProperty).Append("\": ").Append(SnapshotFormat.HistorySchemaVersion).Append(",\n  ");
        AppendString(json, SnapshotFormat.LocationsProperty);
        json.Append(": [");
        for (int i = 0; i < sorted.Count; i++)
        {
            SnapshotLocationEntry location = sorted[i];
            json.Append(i == 0 ? "\n" : ",\n").Append("    {\n      ");
            AppendProperty(json, SnapshotFormat.LocationNameProperty, location.Name);
            json.Append(",\n      ");
            AppendProperty(json, SnapshotFormat.LocationIdProperty, location.LocationId);
            json.Append(",\n");
            AppendLinkArray(json, "      ", SnapshotFormat.LinksProperty, Sorted(location.Links));
            List<SnapshotEntry> deleted = Sorted(location.DeletedLinks);
            if (deleted.Count > 0)
            {
                json.Append(",\n");
                AppendLinkArray(json, "      ", SnapshotFormat.DeletedLinksProperty, deleted);
            }

            json.Append("\n    }");
        }

        json.Write(sorted.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
    }

    private static List<SnapshotEntry> Sorted(IEnumerable<SnapshotEntry> entries)
    {
        var sorted = new List<SnapshotEntry>(entries);
        sorted.Sort(SnapshotEntryOrder.Instance);
        return sorted;
    }

    /// <summary><c>"links": [ … ]</c> at <paramref name="indent"/>, without the line end after the closing bracket.</summary>
    private static void AppendLinkArray(TextWriter json, string indent, string property, List<SnapshotEntry> entries)
    {
        json.Append(indent);
        AppendString(json, property);
        json.Append(": [");
        // The indents are made once per array, not once per link: 50,000 links are written in one pull.
        string entryIndent = indent + "  ";
        string propertyIndent = entryIndent + "  ";
        for (int i = 0; i < entries.Count; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n");
            AppendLink(json, entryIndent, propertyIndent, entries[i]);
        }

        json.Append(entries.Count == 0 ? "]" : "\n" + indent + "]");
    }

    private static void AppendLink(TextWriter json, string indent, string propertyIndent, SnapshotEntry link)
    {
        json.Append(indent).Append("{\n");
        json.Append(propertyIndent);
        AppendProperty(json, SnapshotFormat.IdProperty, link.Id);
        AppendOptional(json, propertyIndent, SnapshotFormat.NameProperty, link.Name);
        AppendOptional(json, propertyIndent, SnapshotFormat.RedirectToProperty, link.RedirectTo);
        if (link.HasIdsOwnFieldKey)
        {
            // Written in its parts, as the entry does not keep it as a string: the escaped whole is its escaped parts, as
            // the prefix and suffix are plain ASCII that no surrogate pair can straddle.
            json.Append(",\n").Append(propertyIndent);
            AppendString(json, SnapshotFormat.FieldKeyProperty);
            json.Append(": \"").Append(MergeField.Prefix);
            AppendEscaped(json, link.Id);
            json.Append(MergeField.Suffix).Append('"');
        }
        else
        {
            AppendOptional(json, propertyIndent, SnapshotFormat.FieldKeyProperty, link.FieldKey);
        }
        if (link.HasFormerNames)
        {
            json.Append(",\n").Append(propertyIndent);
            AppendString(json, SnapshotFormat.FormerNamesProperty);
            json.Append(": [");
            for (int i = 0; i < link.FormerNames!.Count; i++)
            {
                json.Append(i == 0 ? "" : ", ");
                AppendString(json, link.FormerNames[i]);
            }

            json.Append(']');
        }

        json.Append('\n').Append(indent).Append('}');
    }

    private static void AppendOptional(TextWriter json, string indent, string name, string? value)
    {
        if (value is not null)
        {
            json.Append(",\n").Append(indent);
            AppendProperty(json, name, value);
        }
    }

    private static void AppendProperty(TextWriter json, string name, string value)
    {
        AppendString(json, name);
        json.Append(": ");
        AppendString(json, value);
    }

    /// <summary>
    /// JSON string escaping: quotes, backslashes and control characters always; U+2028/U+2029 and lone surrogates as
    /// <c>\uXXXX</c> so the file stays valid UTF-8 and safe to paste into JavaScript. Everything else is written as is.
    /// </summary>
    internal static void AppendString(TextWriter json, string value)
    {
        json.Append('"');
        AppendEscaped(json, value);
        json.Append('"');
    }

    /// <summary><see cref="AppendString"/> without the quotes.</summary>
    private static void AppendEscaped(TextWriter json, string value)
    {
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
    }

    // Chaining, as on a StringBuilder: the writer code reads the same whatever it writes into.
    private static TextWriter Append(this TextWriter writer, string value)
    {
        writer.Write(value);
        return writer;
    }

    private static TextWriter Append(this TextWriter writer, char value)
    {
        writer.Write(value);
        return writer;
    }

    private static TextWriter Append(this TextWriter writer, int value) => writer.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
