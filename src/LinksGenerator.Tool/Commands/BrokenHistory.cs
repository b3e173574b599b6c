using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// Stops <c>pull</c>, <c>check</c> and <c>convert</c> on a snapshot whose history the build could only partly use (its
/// LNK101 problems in <c>formerNames</c> or <c>deletedLinks</c>: a hand edit gone wrong). Building on it would carry the
/// damage on, or drop part of the history without a word, so the tool does neither: it names each problem where it is
/// and leaves the file as it is. <c>pull --forget-history</c> does not ask, since it drops the history anyway.
/// Repeats (a former name listed twice, as accepting both sides of a merge gives) are the exception for <c>pull</c>: the
/// build leaves them out, so a pull writes the history without them and says so; the others stop on them too, and
/// point to the pull.
/// </summary>
internal static class BrokenHistory
{
    private const int MostShown = Printable.MostProblemsListed;

    /// <summary>
    /// Refuses a snapshot with history problems; repeats too, unless <paramref name="pullWritesRepeatsOnce"/>. The pull
    /// the advice quotes is <paramref name="pull"/> given its first options: with the run's own connection options, so
    /// that followed word for word it reaches the same location; by default (a command that has none), a pull of the file.
    /// </summary>
    public static void Refuse(LocalSnapshot snapshot, Reporter reporter, System.Func<string, string>? pull = null, bool pullWritesRepeatsOnce = false)
    {
        pull ??= options => $"ghl-links pull{options}{SnapshotOption.Output(snapshot.DisplayPath)}";
        IReadOnlyList<string> problems = pullWritesRepeatsOnce ? snapshot.UnsettledHistoryProblems : snapshot.HistoryProblems;
        if (problems.Count == 0)
        {
            if (pullWritesRepeatsOnce)
            {
                Name(snapshot, snapshot.HistoryRepeats, "; this pull writes the history without the repeat", reporter.Warning);
                if (snapshot.HistoryRepeats.Count > MostShown)
                {
                    reporter.Warning($"{snapshot.DisplayPath}: … and {snapshot.HistoryRepeats.Count - MostShown} more repeats, written once too");
                }
            }

            return;
        }

        Name(snapshot, problems, "", reporter.Error);
        string more = problems.Count > MostShown ? $" ({problems.Count - MostShown} more problems not shown)" : "";
        if (snapshot.UnsettledHistoryProblems.Count == 0)
        {
            throw ToolException.Usage(
                $"{snapshot.DisplayPath} has history that repeats names{more}; the file is untouched. " +
                $"Run '{pull("")}', which writes each name once and keeps the rest of the history");
        }

        throw ToolException.Usage(
            $"{snapshot.DisplayPath} has history that ghl-links cannot build on{more}; the file is untouched. " +
            $"Fix it by hand, or run '{pull(" --forget-history")}' to drop the history (every former name and deleted link)");
    }

    /// <summary>Each problem where it is, as many as <see cref="MostShown"/>; they quote names from the file, which may hold anything a hand edit put there.</summary>
    private static void Name(LocalSnapshot snapshot, IReadOnlyList<string> problems, string then, System.Action<string> report)
    {
        foreach (string problem in problems.Take(MostShown))
        {
            report($"{snapshot.DisplayPath}, {Printable.Line(problem)}{then}");
        }
    }
}
