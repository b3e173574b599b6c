using LinksGenerator.Collections;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Catalog;

/// <summary>A problem found in the snapshot, independent of Roslyn: which rule, where in the file, and the message arguments.</summary>
internal sealed record SnapshotIssue(string DiagnosticId, TextRange Range, EquatableArray<string> MessageArgs);
