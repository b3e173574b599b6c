using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// Stops <c>pull</c>, <c>check</c> and <c>convert</c> on a snapshot whose history the build could only partly use (its
/// LNK101 problems in <c>formerNames</c> or <c>deletedLinks</c>: a hand edit gone wrong). Building on it would carry the
/// damage on, or drop part of the history without a word, so the tool does neither: it names each problem where it is
/// and leaves the file as it is. <c>pull --forget-history</c> does not ask, since it drops the history anyway; with
/// <c>--location</c>, it asks only about the locations it does not read, which keep theirs.
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
    /// <paramref name="named"/> are the locations <c>--location</c> names (null when the run reads every location): the
    /// pull the advice quotes names the damaged ones too, or it would stop here again. With <paramref name="forgetHistory"/>
    /// (<c>pull --forget-history</c>) their history is dropped, problems included, and only the other locations' can stop it.
    /// </summary>
    public static void Refuse(
        LocalSnapshot snapshot, Reporter reporter, System.Func<string, string>? pull = null, bool pullWritesRepeatsOnce = false, IReadOnlySet<string>? named = null, bool forgetHistory = false)
    {
        pull ??= options => $"ghl-links pull{options}{SnapshotOption.Output(snapshot.DisplayPath)}";
        var (unsettled, damaged) = Unsettled(snapshot, forgetHistory ? named : null);
        IReadOnlyList<string> problems = pullWritesRepeatsOnce ? unsettled : snapshot.HistoryProblems;
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
        if (unsettled.Count == 0)
        {
            throw ToolException.Usage(
                $"{snapshot.DisplayPath} has history that repeats names{more}; the file is untouched. " +
                $"Run '{pull("")}', which writes each name once and keeps the rest of the history");
        }

        string alsoNamed = named is null ? "" : string.Concat(damaged.Except(named).Order(StringComparer.Ordinal).Select(name => " --location " + ShellWord.Of(name)));
        throw ToolException.Usage(
            $"{snapshot.DisplayPath} has history that ghl-links cannot build on{more}; the file is untouched. " +
            $"Fix it by hand, or run '{pull(" --forget-history" + alsoNamed)}' to drop the history " +
            (named is null ? "(every former name and deleted link)" : "of those locations (their former names and deleted links)"));
    }

    /// <summary>The history problems no pull writes on top of, but those of <paramref name="forgotten"/> locations; and the locations they are in.</summary>
    private static (IReadOnlyList<string> Problems, HashSet<string> Locations) Unsettled(LocalSnapshot snapshot, IReadOnlySet<string>? forgotten)
    {
        var locations = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (int i = 0; i < snapshot.UnsettledHistoryProblems.Count; i++)
        {
            string? location = snapshot.UnsettledHistoryLocations[i];
            if (location is null || forgotten is null || !forgotten.Contains(location))
            {
                problems.Add(snapshot.UnsettledHistoryProblems[i]);
                if (location is not null)
                {
                    locations.Add(location);
                }
            }
        }

        return (problems, locations);
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
