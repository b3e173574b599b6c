namespace LinksGenerator.Snapshot;

/// <summary>
/// The names that define <c>links.snapshot.json</c> (docs/snapshot-format.md). Reader and writer both use these, so the
/// format is spelled out exactly once. The folder this file lives in is compiled into the analyzer and into the tool.
/// </summary>
internal static class SnapshotFormat
{
    public const string DefaultFileName = "links.snapshot.json";

    /// <summary>The version written when a snapshot holds nothing newer: projects without history see no churn.</summary>
    public const int PlainSchemaVersion = 1;

    /// <summary>The version written when a snapshot holds history (<c>formerNames</c>, <c>deletedLinks</c>) or <c>locations</c>.</summary>
    public const int HistorySchemaVersion = 2;

    /// <summary>The newest version this code reads; a newer one was written by a newer ghl-links.</summary>
    public const int NewestSchemaVersion = HistorySchemaVersion;

    /// <summary>STJ's default maximum depth; the reader enforces the same bound so a hostile file cannot exhaust the stack.</summary>
    public const int MaxDepth = 64;

    public const string SchemaVersionProperty = "schemaVersion";
    public const string LocationIdProperty = "locationId";
    public const string LinksProperty = "links";
    public const string DeletedLinksProperty = "deletedLinks";

    /// <summary>A many-location snapshot's list of locations (schema 2), instead of top-level <c>links</c>.</summary>
    public const string LocationsProperty = "locations";
    public const string LocationNameProperty = "name";

    public const string IdProperty = "id";
    public const string NameProperty = "name";
    public const string RedirectToProperty = "redirectTo";
    public const string FieldKeyProperty = "fieldKey";
    public const string FormerNamesProperty = "formerNames";

    /// <summary>What clients of HighLevel's search endpoint see instead of <c>id</c>; read when <c>id</c> is absent.</summary>
    public const string UnderscoreIdProperty = "_id";
}
