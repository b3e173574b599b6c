using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace LinksGenerator.Snapshot;

/// <summary>
/// The property names of the object being read, to refuse one spelled twice. A snapshot's objects have a handful, which
/// are compared one by one (no hashing: the names are the shared strings of <see cref="SharedStrings"/>, so a repeat is
/// usually the same reference); an object with more than <see cref="ScanLimit"/> switches to a hash set, so JSON with
/// thousands of keys in one object stays linear.
/// </summary>
internal sealed class ObjectKeys
{
    private const int ScanLimit = 8;

    private readonly List<string> _few = new(ScanLimit);
    private readonly HashSet<string> _many = new(StringComparer.Ordinal);
    private bool _usesMany;

    /// <summary>Forgets the names, for the next object at the same depth.</summary>
    public void Clear()
    {
        _few.Clear();
        if (_usesMany)
        {
            _many.Clear();
            _usesMany = false;
        }
    }

    /// <summary>Adds <paramref name="name"/>; false when the object already has it.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool Add(string name)
    {
        if (_usesMany)
        {
            return _many.Add(name);
        }

        foreach (string known in _few)
        {
            if (string.Equals(known, name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (_few.Count < ScanLimit)
        {
            _few.Add(name);
            return true;
        }

        _many.UnionWith(_few);
        _usesMany = true;
        return _many.Add(name);
    }
}
