using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Catalog;
using LinksGenerator.Rules;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// The links templates are checked against: the snapshot read and interpreted by the code the build uses, every
/// location of it. Without a usable snapshot lint could only judge malformed fields and would pass dead links, so a
/// missing or unreadable one is a usage error that says where the problem is.
/// </summary>
internal static class LintSnapshot
{
    /// <summary>The links of the snapshot at <paramref name="path"/>; <paramref name="searched"/> when that path is where the nearest-snapshot search ended, not the user's --snapshot.</summary>
    public static KnownLinks Load(string workingDirectory, string path, bool searched, System.Threading.CancellationToken cancellationToken)
    {
        LocalSnapshot snapshot = LocalSnapshot.Load(workingDirectory, path, SnapshotUse.Catalog, cancellationToken);
        if (!snapshot.Exists)
        {
            string where = searched ? $"no {path} in this folder or any folder above it" : $"no snapshot at {path}";
            throw ToolException.Usage(
                $"there is {where}: lint checks templates against it. Pass --snapshot PATH, or run 'ghl-links pull --location-id <id>{(searched ? "" : Commands.SnapshotOption.Output(path))}' to create it");
        }

        Commands.NewerSnapshot.Refuse(snapshot);

        if (snapshot.ProblemResolvedBy("ghl-links pull" + Commands.CheckAdvice.Output(snapshot, path)) is { } problem)
        {
            throw ToolException.Usage(snapshot.HasMergeConflict
                ? $"{path} cannot be read as a snapshot ({problem})"
                : $"{path} cannot be read as a snapshot ({problem}): fix it, or pass another --snapshot");
        }

        LinkCatalog catalog = snapshot.Catalog!;
        if (!catalog.IsReadable)
        {
            // Only locations that cannot be generated make a readable file unusable; the build says LNK100 at the same place.
            // Most are the locations' own (named with line and column); the rest are about the list or its links as a whole.
            IEnumerable<string> problems = snapshot.LocationProblems.Count > 0
                ? snapshot.LocationProblems
                : catalog.Issues.Where(issue => issue.DiagnosticId == TriggerLinkRules.SnapshotUnreadable.Id) // not the history's LNK101s beside them
                    .Select(issue => string.Join("; ", issue.MessageArgs)).Distinct(StringComparer.Ordinal);
            throw ToolException.Usage($"{path} cannot be used as a snapshot ({Printable.Line(string.Join("; ", problems))}): fix it, or pass another --snapshot");
        }

        return new KnownLinks(catalog);
    }

    /// <summary>
    /// The links of the location <c>--location</c> names, which templates for it must use (as the build judges a template
    /// whose item names a Location); a usage error, with the names there are, when the snapshot has no such location.
    /// </summary>
    public static KnownLinks OfLocation(KnownLinks links, string name, string path) =>
        links.ForLocation(name) ?? throw ToolException.Usage(links.Catalog.ManyLocations
            ? $"--location {Printable.Quote(name)}: {path} has no location of that name; name one of {links.LocationNames}"
            : $"--location {Printable.Quote(name)}: {path} is a snapshot of one location, whose links every template may use; leave --location out");
}
