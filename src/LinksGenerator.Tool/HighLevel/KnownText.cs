using System;
using System.Collections.Generic;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// The text a location's answer is likely to repeat: the location's id (on every link) and the ids, names and URLs its
/// links have in the snapshot. A value the answer spells the same way is that string, not a new copy: in an everyday
/// pull nearly every link comes back as it was, and 50 locations' links parsed as new strings were 15 MB the GC
/// collected only late (docs/benchmarks.md, "ghl-links pull").
/// </summary>
internal sealed class KnownText
{
    private readonly IReadOnlyList<SnapshotEntry> _entries;
    private readonly string? _locationId;
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _lookup;

    private KnownText(IReadOnlyList<SnapshotEntry> entries, string? locationId)
    {
        _entries = entries;
        _locationId = locationId;
    }

    /// <summary>Nothing known: every value is a new string.</summary>
    public static KnownText None { get; } = new([], null);

    /// <summary>
    /// <paramref name="locationId"/> and the text of <paramref name="entries"/>; the set is made when the first answer is
    /// parsed, not before.
    /// </summary>
    public static KnownText Of(IReadOnlyList<SnapshotEntry> entries, string? locationId = null) =>
        entries.Count == 0 && locationId is null ? None : new(entries, locationId);

    /// <summary>The known string spelled <paramref name="value"/>, or a new one.</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        if (_locationId is not null && value.SequenceEqual(_locationId))
        {
            return _locationId;
        }

        if (_entries.Count == 0)
        {
            return new string(value);
        }

        _lookup ??= Index(_entries);
        return _lookup.Value.TryGetValue(value, out string? known) ? known : new string(value);
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Index(IReadOnlyList<SnapshotEntry> entries)
    {
        var known = new HashSet<string>(entries.Count * 3, StringComparer.Ordinal);
        foreach (SnapshotEntry entry in entries)
        {
            known.Add(entry.Id);
            AddIfAny(known, entry.Name);
            AddIfAny(known, entry.RedirectTo);
        }

        return known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static void AddIfAny(HashSet<string> known, string? text)
    {
        if (text is not null)
        {
            known.Add(text);
        }
    }
}
