namespace LinksGenerator.Snapshot;

/// <summary>
/// The names that define <c>links.snapshot.json</c> (schema 1). Reader and writer both use these, so the format
/// is spelled out exactly once. The folder this file lives in is compiled into the analyzer and into the tool.
/// </summary>
internal static class SnapshotFormat
{
    public const string DefaultFileName = "links.snapshot.json";

    /// <summary>The schema version this code writes. Readers accept any version from 1 up (later ones only add properties).</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>STJ's default maximum depth; the reader enforces the same bound so a hostile file cannot exhaust the stack.</summary>
    public const int MaxDepth = 64;

    public const string SchemaVersionProperty = "schemaVersion";
    public const string LocationIdProperty = "locationId";
    public const string LinksProperty = "links";

    public const string IdProperty = "id";
    public const string NameProperty = "name";
    public const string RedirectToProperty = "redirectTo";
    public const string FieldKeyProperty = "fieldKey";
}
