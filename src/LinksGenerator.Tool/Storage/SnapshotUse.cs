namespace LinksGenerator.Tool.Storage;

/// <summary>What a command asks of the snapshot it loads (<see cref="LocalSnapshot.Load"/>), which decides what is kept.</summary>
internal enum SnapshotUse
{
    /// <summary>The locations' entries, as <c>pull</c> and <c>check</c> compare and carry them, and each location's own catalog.</summary>
    Entries,

    /// <summary>What the build makes of the whole file as well (<see cref="LocalSnapshot.Catalog"/>), as <c>lint</c> checks templates against it.</summary>
    Catalog,
}
