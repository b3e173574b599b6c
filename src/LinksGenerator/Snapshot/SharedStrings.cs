namespace LinksGenerator.Snapshot;

/// <summary>
/// The strings one read has made, so that a value the text spells again is the string made the first time. An agency's
/// locations are usually clones of one template: the same link names (and often URLs) in every location, and property
/// names in every link. ghl-links reads a 50-location snapshot with this, so the names and URLs of 50,000 links are
/// held once each rather than 50 times (docs/benchmarks.md, "ghl-links pull"); the build reads without it.
/// </summary>
/// <remarks>
/// An open-addressing table keyed by the text's own units (netstandard2.0 has no lookup by span): each string is found
/// again by comparing with where the text first spelled it. Locations that are no clones repeat little, and the table
/// of 100,000 distinct names and URLs would be 6 MB of the read's peak: once <see cref="GiveUpAfter"/> strings are
/// made and fewer than one lookup in four found one, the table is let go and every string is made as usual.
/// </remarks>
internal sealed class SharedStrings
{
    /// <summary>How many strings are made before sharing is judged: four locations of a thousand links' names and URLs.</summary>
    public const int GiveUpAfter = 8_192;

    private Entry[]? _slots = new Entry[256];
    private int _count;
    private int _found;

    /// <summary>Whether the table was let go because the text repeated too little.</summary>
    public bool GaveUp => _slots is null;

    /// <summary>The string of the <paramref name="length"/> units of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public string Get<TText>(in TText text, int start, int length)
        where TText : struct, ISnapshotText
    {
        if (_slots is not { } slots)
        {
            return text.Slice(start, length);
        }

        int hash = text.Hash(start, length);
        int mask = slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            Entry known = slots[slot];
            if (known.Value is null)
            {
                string made = text.Slice(start, length);
                slots[slot] = new Entry(made, start, length, hash);
                if (++_count == GiveUpAfter && _found < (_count + _found) / 4)
                {
                    _slots = null;
                }
                else if (_count * 2 > slots.Length)
                {
                    Grow(slots);
                }

                return made;
            }

            if (known.Hash == hash && known.Length == length && text.SameUnits(known.Start, start, length))
            {
                _found++;
                return known.Value;
            }
        }
    }

    private void Grow(Entry[] old)
    {
        var grown = new Entry[old.Length * 2];
        int mask = grown.Length - 1;
        foreach (Entry known in old)
        {
            if (known.Value is null)
            {
                continue;
            }

            int slot = known.Hash & mask;
            while (grown[slot].Value is not null)
            {
                slot = (slot + 1) & mask;
            }

            grown[slot] = known;
        }

        _slots = grown;
    }

    /// <summary>A string made, and where in the text it was first spelled.</summary>
    private readonly struct Entry(string value, int start, int length, int hash)
    {
        public string? Value { get; } = value;

        public int Start { get; } = start;

        public int Length { get; } = length;

        public int Hash { get; } = hash;
    }
}
