using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Resolves a git merge conflict in the snapshot for <c>pull</c> (docs/ghl-links.md, "Merge conflicts in the snapshot").
/// Two branches that each pulled conflict in the snapshot, and neither side is the answer: each may remember renames and
/// deletions the other never saw, and that history is the one part a pull cannot get back from HighLevel. So both sides
/// are read and put together: every link either side has, every deleted link either side remembers, and every name a
/// link had on either side as a former name. The pull then brings the links up to date on top of that, as usual.
/// </summary>
internal static class ConflictResolution
{
    private const string Advice =
        "resolve the conflict by hand: keep one side ('git checkout --ours FILE' or '--theirs FILE'; the side pulled later " +
        "usually remembers more), copy over any formerNames and deletedLinks only the other side has, then pull again";

    /// <summary>The snapshot both sides of <paramref name="conflicted"/>'s conflict make together, standing in for the file.</summary>
    public static LocalSnapshot Resolve(LocalSnapshot conflicted)
    {
        string file = conflicted.DisplayPath;
        if (conflicted.Text is not { } text || !MergeConflict.TrySplit(text, out string oursText, out string theirsText))
        {
            throw ToolException.Usage($"the merge conflict markers in {file} are not in the order git writes them, so its two sides cannot be told apart; the file is untouched. Fix the markers, or {Advice}");
        }

        SnapshotDocument ours = ReadSide(conflicted, oursText, "first side (after <<<<<<<)");
        SnapshotDocument theirs = ReadSide(conflicted, theirsText, "second side (after =======)");
        string merged = (ours.Locations, theirs.Locations) switch
        {
            (null, null) => MergeOneLocation(ours, theirs, file),
            ({ } oursLocations, { } theirsLocations) => SnapshotWriter.WriteLocations(MergeLocations(oursLocations, theirsLocations, file)),
            _ => throw ToolException.Usage($"one side of the conflict in {file} holds one location and the other many ('ghl-links convert' ran on one branch only); the file is untouched: {Advice}"),
        };

        return conflicted.ResolvedAs(merged);
    }

    private static SnapshotDocument ReadSide(LocalSnapshot conflicted, string sideText, string which)
    {
        // The side as git rebuilt it: the lines outside the conflict hold what git merged of both branches, which can give
        // a link of one branch's side an entry of the other's too (deleted there), or the file two lists of deleted links.
        // Putting the sides together folds such entries into one: only what it cannot settle stops the pull.
        LocalSnapshot side = conflicted.Side(RepeatedDeletedLinks.Joined(sideText));
        string? problem = side.Problem ?? side.UnsettledHistoryProblems.Except(side.HistoryOverlaps).FirstOrDefault() ?? FirstOf(side.LocationProblems);
        if (problem is not null || side.Document is not { } document)
        {
            // Lines and columns are the side's own, which the file does not show: the problem is quoted, not located.
            string what = problem is null ? "" : $" ({Printable.Line(StripPosition(problem))})";
            throw ToolException.Usage($"the {which} of the merge conflict in {conflicted.DisplayPath} is not a snapshot ghl-links can build on{what}; the file is untouched: {Advice}");
        }

        return document;
    }

    private static string? FirstOf(IReadOnlyList<string> problems) => problems.Count > 0 ? problems[0] : null;

    private static string StripPosition(string problem) =>
        problem.StartsWith("line ", StringComparison.Ordinal) && problem.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 ? problem[(colon + 2)..] : problem;

    private static string MergeOneLocation(SnapshotDocument ours, SnapshotDocument theirs, string file)
    {
        string? oursId = ours.EffectiveLocationId, theirsId = theirs.EffectiveLocationId;
        if (oursId is not null && theirsId is not null && !string.Equals(oursId, theirsId, StringComparison.Ordinal))
        {
            throw ToolException.Usage($"the two sides of the conflict in {file} are snapshots of different locations ({oursId} and {theirsId}); the file is untouched: {Advice}");
        }

        var (links, deleted) = MergeLinks(ours.Links, ours.DeletedLinks, theirs.Links, theirs.DeletedLinks);
        return SnapshotWriter.Write(oursId ?? theirsId, links, deleted);
    }

    /// <summary>Locations matched by name; a name that stands for two ids, or an id under two names, is for the user to settle.</summary>
    private static List<SnapshotLocationEntry> MergeLocations(IReadOnlyList<SnapshotLocation> ours, IReadOnlyList<SnapshotLocation> theirs, string file)
    {
        var byName = new Dictionary<string, (SnapshotLocation Ours, SnapshotLocation? Theirs)>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (SnapshotLocation location in ours.Concat(theirs))
        {
            if (location.Name is not { } name || location.LocationId is null)
            {
                throw ToolException.Usage($"a location in the conflict in {file} has no name or no locationId; the file is untouched: {Advice}");
            }

            if (!byName.TryGetValue(name, out var found))
            {
                if (byName.Values.FirstOrDefault(l => string.Equals(l.Ours.LocationId, location.LocationId, StringComparison.Ordinal)).Ours is { } other)
                {
                    throw ToolException.Usage($"the two sides of the conflict in {file} name location {location.LocationId} differently ('{Printable.Line(other.Name!)}' and '{Printable.Line(name)}'); the file is untouched: {Advice}");
                }

                byName[name] = (location, null);
                names.Add(name);
            }
            else if (!string.Equals(found.Ours.LocationId, location.LocationId, StringComparison.Ordinal))
            {
                throw ToolException.Usage($"the two sides of the conflict in {file} give location '{Printable.Line(name)}' different ids ({found.Ours.LocationId} and {location.LocationId}); the file is untouched: {Advice}");
            }
            else
            {
                byName[name] = (found.Ours, location);
            }
        }

        return names.Select(name =>
        {
            var (first, second) = byName[name];
            var (links, deleted) = MergeLinks(first.Links, first.DeletedLinks, second?.Links ?? [], second?.DeletedLinks ?? []);
            return new SnapshotLocationEntry(name, first.LocationId!, links, deleted);
        }).ToList();
    }

    /// <summary>
    /// Every link live on either side (a link live on one side and deleted on the other is live: the pull asks HighLevel),
    /// every link deleted on both or on the only side that knows it, each with every name it had as a former name.
    /// </summary>
    private static (List<SnapshotEntry> Links, List<SnapshotEntry> Deleted) MergeLinks(
        IReadOnlyList<SnapshotLink> oursLive, IReadOnlyList<SnapshotLink> oursDeleted, IReadOnlyList<SnapshotLink> theirsLive, IReadOnlyList<SnapshotLink> theirsDeleted)
    {
        var live = new Dictionary<string, SnapshotEntry>(StringComparer.Ordinal);
        foreach (SnapshotLink link in oursLive.Concat(theirsLive))
        {
            Fold(live, link);
        }

        var deleted = new Dictionary<string, SnapshotEntry>(StringComparer.Ordinal);
        foreach (SnapshotLink link in oursDeleted.Concat(theirsDeleted))
        {
            Fold(link.Id is { } id && live.ContainsKey(id) ? live : deleted, link);
        }

        return (live.Values.ToList(), deleted.Values.ToList());
    }

    /// <summary>
    /// Adds <paramref name="link"/> to <paramref name="entries"/>, or, when its id is there already, adds its names to that
    /// entry's former names (oldest first as far as the sides tell: the entry's own, then the other side's).
    /// </summary>
    private static void Fold(Dictionary<string, SnapshotEntry> entries, SnapshotLink link)
    {
        if (link.Id is not { } id)
        {
            return; // No id, no link: the build reads such an entry as nothing either (LNK101), and a pull drops it.
        }

        if (!entries.TryGetValue(id, out SnapshotEntry? kept))
        {
            entries[id] = new SnapshotEntry(id, link.Name, link.RedirectTo, link.FieldKey, FormerNames(link.Name, link.FormerNames, []));
            return;
        }

        IEnumerable<string> added = link.Name is { } name ? link.FormerNames.Append(name) : link.FormerNames;
        entries[id] = kept with { FormerNames = FormerNames(kept.Name, kept.FormerNames ?? [], added) };
    }

    /// <summary>Each name once, in order, never the link's current one.</summary>
    private static List<string> FormerNames(string? current, IEnumerable<string> first, IEnumerable<string> then) => HistoryNames.Of(current, first.Concat(then));
}
