namespace LinksGenerator.Snapshot;

/// <summary>
/// The strings one read has made, so that a value the text spells again is the string made the first time. An agency's
/// locations are usually clones of one template: the same link names (and often URLs) in every location, and property
/// names in every link. ghl-links reads a 50-location snapshot with this, so the names and URLs of 50,000 links are
/// held once each rather than 50 times (docs/benchmarks.md, "ghl-links pull"); the build reads without it.
/// </summary>
/// <remarks>
/// An open-addressing table keyed by the text's own units (netstandard2.0 has no lookup by span): each string is found
/// again by comparing with where the text first spelled it.
/// </remarks>
internal sealed class SharedStrings
{
    private Entry[] _slots = new Entry[256];
    private int _count;

    /// <summary>The string of the <paramref name="length"/> units of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public string Get<TText>(in TText text, int start, int length)
        where TText : struct, ISnapshotText
    {
        int hash = text.Hash(start, length);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            Entry known = _slots[slot];
            if (known.Value is null)
            {
                string made = text.Slice(start, length);
                _slots[slot] = new Entry(made, start, length, hash);
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return made;
            }

            if (known.Hash == hash && known.Length == length && text.SameUnits(known.Start, start, length))
            {
                return known.Value;
            }
        }
    }

    private void Grow()
    {
        Entry[] old = _slots;
        _slots = new Entry[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (Entry known in old)
        {
            if (known.Value is null)
            {
                continue;
            }

            int slot = known.Hash & mask;
            while (_slots[slot].Value is not null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = known;
        }
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
