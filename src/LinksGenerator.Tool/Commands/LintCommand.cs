using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using LinksGenerator.Catalog;
using LinksGenerator.Rules;
using LinksGenerator.Templates;
using LinksGenerator.Tool.Lint;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// The options of <c>ghl-links lint</c>, as given on the command line; <see cref="SnapshotPath"/> is null without
/// --snapshot, for each template's nearest snapshot (<see cref="TemplateSnapshots"/>); <see cref="Location"/> null without
/// --location, when a link of any location will do.
/// </summary>
internal sealed record LintSettings(IReadOnlyList<string> Paths, string? SnapshotPath, string? Location, bool WarningsAsErrors);

/// <summary>
/// <c>ghl-links lint</c>: checks template files without a build, with the build's own <see cref="TemplateChecker"/> and
/// the snapshot the build reads (<see cref="TemplateSnapshots"/>), and prints each finding as MSBuild prints the
/// analyzer's, then a summary. Exits 1 when a finding is an error (LNK001, LNK004; LNK003 too with
/// <c>--warnings-as-errors</c>).
/// </summary>
internal static class LintCommand
{
    /// <summary>The code check exits with for a stale snapshot: for both, something must be fixed and committed.</summary>
    private const ExitCode ErrorsFound = ExitCode.Stale;

    public static ExitCode Run(LintSettings settings, ToolHost host, Reporter reporter, CancellationToken cancellationToken)
    {
        var snapshots = new TemplateSnapshots(host.WorkingDirectory, settings.SnapshotPath);
        var known = new Dictionary<string, KnownLinks>(StringComparer.Ordinal);
        if (settings.SnapshotPath is { } given)
        {
            // A named snapshot that cannot be used is the first thing to say, whatever the PATHs match.
            known[snapshots.Named!] = LintSnapshot.Load(host.WorkingDirectory, given, searched: false, cancellationToken);
        }

        IReadOnlyList<string> matched = TemplatePaths.Expand(settings.Paths, host.WorkingDirectory, reporter);
        var withSnapshots = matched.Select(file => (File: file, Snapshot: snapshots.For(file))).ToList();

        // A snapshot is never a template, as in the build: `lint .` or "**/*.json" would otherwise flag its deleted links.
        var usedSnapshots = withSnapshots.Select(t => t.Snapshot).ToHashSet(StringComparer.Ordinal);
        var templates = withSnapshots.Where(t => !usedSnapshots.Contains(t.File)).ToList();
        if (templates.Count == 0)
        {
            // Every PATH matched only snapshots: "no problems in 0 files" would pass a CI step that checks nothing.
            throw ToolException.Usage(
                $"no template file to check: {string.Join(", ", settings.Paths.Select(Printable.Quote))} matched only the snapshot, " +
                $"{string.Join(", ", matched.Select(file => FindingLine.PrintedPath(file, host.WorkingDirectory)))}, which is never a template. " +
                "Pass the templates or their folder, such as 'ghl-links lint Templates'");
        }

        // Every snapshot is read before any template, so an unusable one stops lint before it prints a finding.
        foreach (string snapshot in templates.Select(t => t.Snapshot).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            string shown = FindingLine.ShownPath(snapshot, host.WorkingDirectory);
            if (!known.TryGetValue(snapshot, out KnownLinks? links))
            {
                links = LintSnapshot.Load(host.WorkingDirectory, shown, searched: true, cancellationToken);
            }

            known[snapshot] = settings.Location is { } location ? LintSnapshot.OfLocation(links, location, shown) : links;
        }

        var tally = new LintTally(settings.WarningsAsErrors);
        foreach (var (file, snapshot) in templates)
        {
            KnownLinks links = known[snapshot];
            string shown = FindingLine.PrintedPath(file, host.WorkingDirectory);
            var severities = new List<RuleSeverity>();
            byte[] bytes = Read(file, shown, cancellationToken);
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

        reporter.Result(tally.Summary(templates.Count));
        return tally.HasErrors ? ErrorsFound : ExitCode.Success;
    }

    /// <summary>The file's bytes, read where a Ctrl+C can stop the wait (a named pipe: <see cref="BoundedFile.ReadAllBytes(string, CancellationToken)"/>).</summary>
    private static byte[] Read(string file, string shown, CancellationToken cancellationToken)
    {
        try
        {
            byte[]? bytes = BoundedFile.ReadAllBytes(file, cancellationToken);
            return bytes ?? throw ToolException.Usage($"{shown} is larger than {BoundedFile.LimitText}, which no template is: leave it out of the PATHs");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ToolException.Usage($"could not read {shown} ({e.Message}): check its permissions, or leave it out of the PATHs");
        }
    }
}
