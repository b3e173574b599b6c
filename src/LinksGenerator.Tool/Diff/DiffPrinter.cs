using System.Collections.Generic;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Diff;

/// <summary>
/// The difference in lines a person reads and a CI log keeps: one line per change, naming the link and its id, with
/// every untrusted value quoted.
/// </summary>
internal static class DiffPrinter
{
    public static IEnumerable<string> Lines(SnapshotDiff diff)
    {
        if (diff.LocationChanged)
        {
            yield return $"  ! location     {Printable.Quote(diff.LocationBefore)} -> {Printable.Quote(diff.LocationAfter)}";
        }

        foreach (LinkChange change in diff.Changes)
        {
            string link = $"{Printable.Quote(change.Name)} ({change.Id})";
            yield return change.Kind switch
            {
                ChangeKind.Added => $"  + added        {link} -> {Printable.Quote(change.After)}",
                ChangeKind.Removed => $"  - removed      {link}",
                ChangeKind.Renamed => $"  ~ renamed      {Printable.Quote(change.Before)} -> {Printable.Quote(change.After)} ({change.Id})",
                ChangeKind.Retargeted => $"  > re-targeted  {link}: {Printable.Quote(change.Before)} -> {Printable.Quote(change.After)}",
                _ => $"  ! fieldKey     {link}: {Printable.Quote(change.Before)} -> {Printable.Quote(change.After)}",
            };
        }

        if (diff.OtherDifferences)
        {
            yield return "  ! entries      the snapshot has duplicate ids or entries without an id that HighLevel's links do not match";
        }
    }

    /// <summary>"1 added, 2 renamed", or "no link changed".</summary>
    public static string Summary(SnapshotDiff diff)
    {
        var parts = new List<string>();
        Add(parts, diff.Count(ChangeKind.Added), "added");
        Add(parts, diff.Count(ChangeKind.Removed), "removed");
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
