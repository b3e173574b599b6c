using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// Stops <c>pull</c> and <c>check</c> on a snapshot whose history the build could only partly use (its LNK101 problems in
/// <c>formerNames</c> or <c>deletedLinks</c>: a hand edit gone wrong). Building on it would carry the damage on, or drop
/// part of the history without a word, so the tool does neither: it names each problem where it is and leaves the file
/// as it is. <c>pull --forget-history</c> does not ask, since it drops the history anyway.
/// </summary>
internal static class BrokenHistory
{
    private const int MostShown = Printable.MostProblemsListed;

    public static void Refuse(LocalSnapshot snapshot, Reporter reporter)
    {
        IReadOnlyList<string> problems = snapshot.HistoryProblems;
        if (problems.Count == 0)
        {
            return;
        }

        // The problems quote names from the file, which may hold anything a hand edit put there.
        foreach (string problem in problems.Take(MostShown))
        {
            reporter.Error($"{snapshot.DisplayPath}, {Printable.Line(problem)}");
        }

        string more = problems.Count > MostShown ? $" ({problems.Count - MostShown} more problems not shown)" : "";
        string output = snapshot.DisplayPath == SnapshotFormat.DefaultFileName ? "" : " --output " + snapshot.DisplayPath;
        throw ToolException.Usage(
            $"{snapshot.DisplayPath} has history that ghl-links cannot build on{more}; the file is untouched. " +
            $"Fix it by hand, or run 'ghl-links pull --forget-history{output}' to drop the history");
    }
}
