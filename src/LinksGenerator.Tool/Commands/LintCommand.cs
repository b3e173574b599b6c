using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinksGenerator.Catalog;
using LinksGenerator.Rules;
using LinksGenerator.Templates;
using LinksGenerator.Tool.Lint;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// The options of <c>ghl-links lint</c>, as given on the command line; <see cref="SnapshotPath"/> is null without
/// --snapshot, for the nearest snapshot (<see cref="NearestSnapshot"/>).
/// </summary>
internal sealed record LintSettings(IReadOnlyList<string> Paths, string? SnapshotPath, bool WarningsAsErrors);

/// <summary>
/// <c>ghl-links lint</c>: checks template files without a build, with the build's own <see cref="TemplateChecker"/> and
/// the snapshot the build reads, and prints each finding as MSBuild prints the analyzer's, then a summary. Exits 1 when a
/// finding is an error (LNK001, LNK004; LNK003 too with <c>--warnings-as-errors</c>).
/// </summary>
internal static class LintCommand
{
    /// <summary>The code check exits with for a stale snapshot: for both, something must be fixed and committed.</summary>
    private const ExitCode ErrorsFound = ExitCode.Stale;

    public static ExitCode Run(LintSettings settings, ToolHost host, Reporter reporter)
    {
        string snapshotPath = settings.SnapshotPath ?? NearestSnapshot.From(host.WorkingDirectory);
        KnownLinks links = LintSnapshot.Load(host.WorkingDirectory, snapshotPath, searched: settings.SnapshotPath is null);
        // The snapshot is never a template, as in the build: `lint .` or "**/*.json" would otherwise flag its deleted links.
        string snapshot = Path.GetFullPath(snapshotPath, host.WorkingDirectory);
        List<string> files = TemplatePaths.Expand(settings.Paths, host.WorkingDirectory, reporter)
            .Where(file => !string.Equals(file, snapshot, StringComparison.Ordinal))
            .ToList();
        if (files.Count == 0)
        {
            // Every PATH matched only the snapshot: "no problems in 0 files" would pass a CI step that checks nothing.
            throw ToolException.Usage(
                $"no template file to check: {string.Join(", ", settings.Paths.Select(Printable.Quote))} matched only the snapshot, " +
                $"{FindingLine.ShownPath(snapshot, host.WorkingDirectory)}, which is never a template. Pass the templates or their folder, such as 'ghl-links lint Templates'");
        }

        var tally = new LintTally(settings.WarningsAsErrors);
        foreach (string file in files)
        {
            string shown = FindingLine.ShownPath(file, host.WorkingDirectory);
            var severities = new List<RuleSeverity>();
            byte[] bytes = Read(file, shown);
            if (TemplateText.IsRefusedAsBinary(bytes))
            {
                // A build that checks this file fails on it with the compiler's own error, whatever fields it holds.
                reporter.Result(FindingLine.BinaryFile(shown));
                tally.CountFile([RuleSeverity.Error]);
                continue;
            }

            // Hidden findings are never shown by the compiler either (no template rule has that severity).
            foreach (TemplateFinding finding in TemplateChecker.Check(TemplateText.Decode(bytes), links).Where(f => f.Severity != RuleSeverity.Hidden))
            {
                RuleSeverity severity = tally.SeverityOf(finding.Severity);
                reporter.Result(FindingLine.Format(shown, finding, severity));
                severities.Add(severity);
            }

            tally.CountFile(severities);
        }

        reporter.Result(tally.Summary(files.Count));
        return tally.HasErrors ? ErrorsFound : ExitCode.Success;
    }

    private static byte[] Read(string file, string shown)
    {
        try
        {
            return BoundedFile.ReadAllBytes(file)
                ?? throw ToolException.Usage($"{shown} is larger than {BoundedFile.LimitText}, which no template is: leave it out of the PATHs");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ToolException.Usage($"could not read {shown} ({e.Message}): check its permissions, or leave it out of the PATHs");
        }
    }
}
