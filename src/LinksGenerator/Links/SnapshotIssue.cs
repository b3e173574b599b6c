using LinksGenerator.Common;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Links
{
    /// <summary>A problem found in the snapshot, independent of Roslyn: which rule, where in the file, and the message arguments.</summary>
    internal sealed record SnapshotIssue(string DiagnosticId, TextRange Range, EquatableArray<string> MessageArgs);
}
