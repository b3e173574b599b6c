using System;
using System.Linq;
using System.Threading;
using LinksGenerator.Catalog;
using LinksGenerator.Collections;
using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;
using LinksGenerator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Loading;

/// <summary>
/// Loads the snapshot AdditionalText the generator was given: its catalog from <see cref="SnapshotCache"/> (parsed once
/// per content, shared with the analyzer), and the catalog's issues as diagnostics placed in the file. Never throws:
/// any failure is LNK100.
/// </summary>
internal static class SnapshotLoader
{
    public static LoadedSnapshot Load(AdditionalText file, SnapshotFileKind kind, CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        if (text is null)
        {
            var unreadable = DiagnosticInfo.AtFile(TriggerLinkRules.SnapshotUnreadable.Id, file.Path, "the file could not be opened");
            return new LoadedSnapshot(file.Path, kind, null, new EquatableArray<DiagnosticInfo>([unreadable]));
        }

        LinkCatalog catalog;
        try
        {
            // Shared with the analyzer: one parse per snapshot content, whichever of the two asks first.
            catalog = SnapshotCache.GetCatalog(text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must surface as a diagnostic in the snapshot, never as a generator crash (CS8785).
            var crashed = DiagnosticInfo.AtFile(TriggerLinkRules.SnapshotUnreadable.Id, file.Path, $"internal error ({e.GetType().Name}: {e.Message}); please report it");
            return new LoadedSnapshot(file.Path, kind, null, new EquatableArray<DiagnosticInfo>([crashed]));
        }

        var diagnostics = catalog.Issues.Select(issue => ToDiagnosticInfo(file.Path, text, issue)).ToEquatableArray();
        return new LoadedSnapshot(file.Path, kind, catalog, diagnostics);
    }

    private static DiagnosticInfo ToDiagnosticInfo(string path, SourceText text, SnapshotIssue issue)
    {
        int start = Math.Min(issue.Range.Start, text.Length);
        var span = new TextSpan(start, Math.Min(issue.Range.Length, text.Length - start));
        return new DiagnosticInfo(issue.DiagnosticId, path, span, text.Lines.GetLinePositionSpan(span), issue.MessageArgs);
    }
}
