namespace LinksGenerator.Snapshot;

/// <summary>A span of UTF-16 code units in the snapshot text, so diagnostics can point into the file.</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
