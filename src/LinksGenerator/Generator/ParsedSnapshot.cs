using LinksGenerator.Common;
using LinksGenerator.Diagnostics;
using LinksGenerator.Links;

namespace LinksGenerator.Generator
{
    /// <summary>One snapshot file, parsed: its links and its diagnostics, already mapped to lines in the file.</summary>
    internal sealed record ParsedSnapshot(string Path, SnapshotFileKind Kind, string? LocationId, EquatableArray<TriggerLink> Links, EquatableArray<DiagnosticInfo> Diagnostics);
}
