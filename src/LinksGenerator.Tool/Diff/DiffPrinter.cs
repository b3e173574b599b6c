using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Diff;

/// <summary>
/// The difference in lines a person reads and a CI log keeps: one line per change, naming the link and its id, with
/// every untrusted value quoted. A rename, deletion or restore also says what the build will do about it, and a member
/// whose meaning changes with no line about its own link has a line of its own (<see cref="MemberFates"/>).
/// </summary>
internal static class DiffPrinter
{
    /// <summary>Prints the lines of <paramref name="diff"/> as results, each formatted straight into the output.</summary>
    public static void Print(SnapshotDiff diff, MemberFates? fates, Reporter reporter)
    {
        if (diff.LocationChanged)
        {
            reporter.Result($"  ! location     {Printable.Quoted(diff.LocationBefore)} -> {Printable.Quoted(diff.LocationAfter)}");
        }

        if (diff.HistoryDropped)
        {
            reporter.Result(diff.LocationChanged
                ? $"  ! history      not carried over: the former names and deleted links are those of location {Printable.Quote(diff.LocationBefore)}"
                : "  ! history      dropped (--forget-history): no former names or deleted links are kept");
        }

        foreach (LinkChange change in diff.Changes)
        {
            QuotedText name = Printable.Quoted(change.Name);
            QuotedText before = Printable.Quoted(change.Before);
            QuotedText after = Printable.Quoted(change.After);

            // HighLevel's ids are letters and digits, but the answer is untrusted: one line per link, whatever it holds.
            string id = Printable.Line(change.Id);
            switch (change.Kind)
            {
                case ChangeKind.Added:
                    reporter.Result($"  + added        {name} ({id}) -> {after}");
                    break;
                case ChangeKind.Restored:
                    reporter.Result($"  + restored     {name} ({id}) -> {after}{fates?.Restored(change)}");
                    break;
                case ChangeKind.Deleted:
                    reporter.Result($"  - deleted      {name} ({id}){fates?.Deleted(change)}");
                    break;
                case ChangeKind.Renamed:
                    reporter.Result($"  ~ renamed      {before} -> {after} ({id}){fates?.Renamed(change)}");
                    break;
                case ChangeKind.Retargeted:
                    reporter.Result($"  > re-targeted  {name} ({id}): {before} -> {after}");
                    break;
                default:
                    reporter.Result($"  ! fieldKey     {name} ({id}): {before} -> {after}");
                    break;
            }
        }

        foreach (string shift in fates?.Shifts ?? [])
        {
            reporter.Result(shift);
        }

        if (diff.OtherDifferences)
        {
            reporter.Result("  ! entries      the snapshot has duplicate ids or entries without an id that HighLevel's links do not match");
        }
    }

    /// <summary>
    /// The links of the file the build skips, each where it is (what "! entries" is about; a duplicate's other name would
    /// otherwise vanish without a word), as many as <see cref="Printable.MostProblemsListed"/>; the rest are counted.
    /// </summary>
    public static void PrintSkippedEntries(LocalSnapshot snapshot, Reporter reporter)
    {
        foreach (string problem in snapshot.SkippedEntries.Take(Printable.MostProblemsListed))
        {
            reporter.Result($"  ! entries      {snapshot.DisplayPath}, {Printable.Line(problem)}");
        }

        if (snapshot.SkippedEntries.Count > Printable.MostProblemsListed)
        {
            reporter.Result($"  ! entries      … and {snapshot.SkippedEntries.Count - Printable.MostProblemsListed} more");
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
