namespace LinksGenerator.Tool.Storage;

/// <summary>
/// What a command asks of the snapshot it loads (<see cref="LocalSnapshot.Load"/>), which decides what is kept: a
/// 50-location file's document is megabytes, and each command keeps only what it uses (docs/benchmarks.md, "ghl-links pull").
/// </summary>
internal enum SnapshotUse
{
    /// <summary>The locations' entries, as <c>pull</c> and <c>check</c> compare and carry them, and each location's own catalog.</summary>
    Entries,

    /// <summary>
    /// What the build makes of the whole file (<see cref="LocalSnapshot.Catalog"/>), made as it is loaded, as <c>lint</c>
    /// checks templates against it; no entries, and the document let go once the catalog is made.
    /// </summary>
    Catalog,

    /// <summary>Everything, the document as read included: for the sides of a merge conflict, which are put together from it.</summary>
    Document,
}
