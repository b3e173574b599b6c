using LinksGenerator.Collections;
using LinksGenerator.Rules;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Catalog;

/// <summary>A problem found in the snapshot, independent of Roslyn: which rule, where in the file, and the message arguments.</summary>
/// <remarks>
/// <see cref="AboutHistory"/> marks problems in what the snapshot remembers (<c>formerNames</c>, <c>deletedLinks</c>):
/// the build only warns, but ghl-links will not write history on top of them.
/// </remarks>
internal sealed record SnapshotIssue(string DiagnosticId, TextRange Range, EquatableArray<string> MessageArgs, bool AboutHistory = false)
{
    /// <summary>The arguments, with the untrusted text in them (names, field keys) made safe for a message once, here.</summary>
    public EquatableArray<string> MessageArgs { get; init; } = MessageText.Safe(MessageArgs);

    /// <summary>Whether the entry the problem is about is skipped (no id, an id that is none, an id seen before): ghl-links names these in its difference.</summary>
    public bool SkipsEntry { get; init; }

    /// <summary>
    /// Whether the problem is only a repeat in the history (a former name listed twice, or the current name listed as a
    /// former one): the build leaves the repeat out, and ghl-links pull writes the history without it instead of refusing.
    /// </summary>
    public bool IsRepeat { get; init; }

    /// <summary>
    /// Whether the problem is only that another entry holds the same link (an id seen before, a deleted link that is live
    /// too): ghl-links, putting the two sides of a merge conflict together, folds such entries into one, as git's rebuilt
    /// sides can hold both branches' entries of a link.
    /// </summary>
    public bool IsOverlap { get; init; }
}
