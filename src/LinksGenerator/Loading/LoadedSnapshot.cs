using LinksGenerator.Catalog;
using LinksGenerator.Collections;
using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;

namespace LinksGenerator.Loading;

/// <summary>One snapshot file, parsed: its links and its diagnostics, already mapped to lines in the file.</summary>
internal sealed record LoadedSnapshot(string Path, SnapshotFileKind Kind, string? LocationId, EquatableArray<TriggerLink> Links, EquatableArray<DiagnosticInfo> Diagnostics);
