using System;
using System.Runtime.CompilerServices;
using System.Threading;
using LinksGenerator.Catalog;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Loading;

/// <summary>
/// Parses a given snapshot content once per process. The IDE creates a new compilation on every keystroke; keying by
/// compilation would re-read the snapshot each time. Keyed first by the SourceText instance (the IDE hands the same one
/// to every compilation while the file is unchanged), then by a 128-bit hash of the content (a reload, or the command
/// line compiler server seeing the same file again).
/// </summary>
internal static class SnapshotCache
{
    private const int RecentCapacity = 4;
    private static ConditionalWeakTable<SourceText, LinkCatalogEntry> _byInstance = new();
    private static readonly object Gate = new();
    private static readonly LinkCatalogEntry?[] Recent = new LinkCatalogEntry?[RecentCapacity];
    private static int _nextSlot;
    private static int _parseCount;

    /// <summary>How many times a snapshot was really parsed in this process (the performance tests count it).</summary>
    public static int ParseCount => Volatile.Read(ref _parseCount);

    /// <summary>The catalog of a snapshot text, parsed at most once per distinct content.</summary>
    public static LinkCatalog GetCatalog(SourceText text) => GetEntry(text).Catalog;

    /// <summary>The links of a readable snapshot, or null when it cannot be read (LNK100 says why).</summary>
    public static KnownLinks? GetKnownLinks(SourceText text) => GetEntry(text).Known.Value;

    /// <summary>Forgets every parsed snapshot, so a benchmark can measure a cold parse each time.</summary>
    internal static void Clear()
    {
        lock (Gate)
        {
            Array.Clear(Recent, 0, Recent.Length);
            _byInstance = new ConditionalWeakTable<SourceText, LinkCatalogEntry>();
        }
    }

    private static LinkCatalogEntry GetEntry(SourceText text)
    {
        if (_byInstance.TryGetValue(text, out LinkCatalogEntry? cached))
        {
            return cached;
        }

        var hash = ContentHash.Of(text);
        LinkCatalogEntry entry;
        lock (Gate)
        {
            entry = Array.Find(Recent, e => e is not null && e.Length == text.Length && e.Hash.Equals(hash)) ?? Parse(text, hash);
        }

        return _byInstance.GetValue(text, _ => entry);
    }

    private static LinkCatalogEntry Parse(SourceText text, ContentHash hash)
    {
        Interlocked.Increment(ref _parseCount);
        LinkCatalog catalog = LinkCatalogReader.Read(text.ToString());
        // The analyzer's lookup tables are built when it first asks: the generator runs alone before the compilation
        // starts, and the analyzer beside it, so building them here would put them on the build's critical path.
        var known = new Lazy<KnownLinks?>(() => catalog.IsReadable ? new KnownLinks(catalog) : null, LazyThreadSafetyMode.ExecutionAndPublication);
        var entry = new LinkCatalogEntry(text.Length, hash, catalog, known);
        Recent[_nextSlot] = entry;
        _nextSlot = (_nextSlot + 1) % RecentCapacity;
        return entry;
    }

    private sealed record LinkCatalogEntry(int Length, ContentHash Hash, LinkCatalog Catalog, Lazy<KnownLinks?> Known);
}
