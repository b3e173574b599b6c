namespace LinksGenerator.Snapshot;

/// <summary>
/// FNV-1a, the hash of <see cref="ISnapshotText.Hash"/> over a text's units (characters or bytes) for
/// <see cref="SharedStrings"/>: the text is the user's own file, so no one is there to make it collide on purpose.
/// </summary>
internal static class Fnv1a
{
    public const uint Basis = 2166136261;

    private const uint Prime = 16777619;

    public static uint Add(uint hash, uint unit) => unchecked((hash ^ unit) * Prime);

    /// <summary>The hash as a non-negative <c>int</c>, for a table's slots.</summary>
    public static int Result(uint hash) => (int)(hash & 0x7FFFFFFF);
}
