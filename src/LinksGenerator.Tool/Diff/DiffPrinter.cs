using System.Collections.Generic;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Diff;

/// <summary>
/// The difference in lines a person reads and a CI log keeps: one line per change, naming the link and its id, with
/// every untrusted value quoted. A rename, deletion or restore also says what the build will do about it
/// (<see cref="MemberFates"/>).
/// </summary>
internal static class DiffPrinter
{
    public static IEnumerable<string> Lines(SnapshotDiff diff, MemberFates? fates)
    {
        if (diff.LocationChanged)
        {
            yield return $"  ! location     {Printable.Quote(diff.LocationBefore)} -> {Printable.Quote(diff.LocationAfter)}";
        }

        if (diff.HistoryDropped)
        {
            yield return diff.LocationChanged
                ? $"  ! history      not carried over: the former names and deleted links are those of location {Printable.Quote(diff.LocationBefore)}"
                : "  ! history      dropped (--forget-history): no former names or deleted links are kept";
        }

        foreach (LinkChange change in diff.Changes)
        {
            string link = $"{Printable.Quote(change.Name)} ({change.Id})";
            yield return change.Kind switch
            {
                ChangeKind.Added => $"  + added        {link} -> {Printable.Quote(change.After)}",
                ChangeKind.Restored => $"  + restored     {link} -> {Printable.Quote(change.After)}{fates?.Restored(change)}",
                ChangeKind.Deleted => $"  - deleted      {link}{fates?.Deleted(change)}",
                ChangeKind.Renamed => $"  ~ renamed      {Printable.Quote(change.Before)} -> {Printable.Quote(change.After)} ({change.Id}){fates?.Renamed(change)}",
                ChangeKind.Retargeted => $"  > re-targeted  {link}: {Printable.Quote(change.Before)} -> {Printable.Quote(change.After)}",
                _ => $"  ! fieldKey     {link}: {Printable.Quote(change.Before)} -> {Printable.Quote(change.After)}",
            };
        }

        if (diff.OtherDifferences)
        {
            yield return "  ! entries      the snapshot has duplicate ids or entries without an id that HighLevel's links do not match";
        }
    }

    /// <summary>"1 added, 1 deleted, 2 renamed", or "no link changed".</summary>
    public static string Summary(SnapshotDiff diff)
    {
        var parts = new List<string>();
        Add(parts, diff.Count(ChangeKind.Added), "added");
        Add(parts, diff.Count(ChangeKind.Restored), "restored");
        Add(parts, diff.Count(ChangeKind.Deleted), "deleted");
        Add(parts, diff.Count(ChangeKind.Renamed), "renamed");
        Add(parts, diff.Count(ChangeKind.Retargeted), "re-targeted");
        Add(parts, diff.Count(ChangeKind.FieldKeyChanged), "with a new fieldKey");
        if (diff.LocationChanged)
        {
            parts.Add("another location");
        }

        if (diff.OtherDifferences)
        {
            parts.Add("other entry differences");
        }

        return parts.Count == 0 ? "no link changed" : string.Join(", ", parts);
    }

    private static void Add(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add($"{count} {what}");
        }
    }
}
