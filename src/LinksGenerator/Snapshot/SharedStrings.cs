namespace LinksGenerator.Snapshot;

/// <summary>
/// The strings one read has made, so that a value the text spells again is the string made the first time. An agency's
/// locations are usually clones of one template: the same link names (and often URLs) in every location, and property
/// names in every link. ghl-links reads a 50-location snapshot with this, so the names and URLs of 50,000 links are
/// held once each rather than 50 times (docs/benchmarks.md, "ghl-links pull"); the build reads without it.
/// </summary>
/// <remarks>An open-addressing table keyed by the characters themselves, as netstandard2.0 has no lookup by span.</remarks>
internal sealed class SharedStrings
{
    private string?[] _slots = new string?[256];
    private int _count;

    /// <summary>The string of <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public string Get(string text, int start, int length)
    {
        int mask = _slots.Length - 1;
        for (int slot = Hash(text, start, length) & mask; ; slot = (slot + 1) & mask)
        {
            string? known = _slots[slot];
            if (known is null)
            {
                string made = text.Substring(start, length);
                _slots[slot] = made;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return made;
            }

            if (known.Length == length && string.CompareOrdinal(text, start, known, 0, length) == 0)
            {
                return known;
            }
        }
    }

    /// <summary>FNV-1a over the characters: the text is the user's own file, so no one is there to make it collide on purpose.</summary>
    private static int Hash(string text, int start, int length)
    {
        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619);
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private void Grow()
    {
        string?[] old = _slots;
        _slots = new string?[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (string? known in old)
        {
            if (known is null)
            {
                continue;
            }

            int slot = Hash(known, 0, known.Length) & mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = known;
        }
    }
}
