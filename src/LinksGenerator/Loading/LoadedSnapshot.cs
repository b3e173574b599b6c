using LinksGenerator.Catalog;
using LinksGenerator.Collections;
using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;

namespace LinksGenerator.Loading;

/// <summary>
/// One snapshot file, loaded: what it means (<see cref="Catalog"/>, null when the file could not be opened at all) and its
/// diagnostics, already mapped to lines in the file.
/// </summary>
internal sealed record LoadedSnapshot(string Path, SnapshotFileKind Kind, LinkCatalog? Catalog, EquatableArray<DiagnosticInfo> Diagnostics);
