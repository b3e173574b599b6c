using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// The snapshot each template is checked against. With <c>--snapshot</c>, that one. Without, the one the build of the
/// project holding the template uses: the nearest <c>links.snapshot.json</c> in that project's folder (the nearest folder
/// above the template with a <c>.csproj</c>) or any folder above it (docs/snapshot-format.md, "Where the build finds it").
/// So <c>lint App/Templates</c> run from the repository's root uses App's snapshot, <c>lint .</c> checks each project's
/// templates against that project's own, and a snapshot below the project folder is no project's. Outside any project
/// (a repository that is not .NET), the search starts at the template's folder; a template with no snapshot above it
/// gets the nearest one above the current folder.
/// </summary>
internal sealed class TemplateSnapshots
{
    private readonly string _workingDirectory;
    private readonly string? _given;
    private readonly Dictionary<string, string?> _nearestFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _projectFrom = new(StringComparer.Ordinal);

    public TemplateSnapshots(string workingDirectory, string? given)
    {
        _workingDirectory = workingDirectory;
        _given = given is null ? null : Path.GetFullPath(given, workingDirectory);
    }

    /// <summary>The full path of the snapshot <c>--snapshot</c> named; null without it.</summary>
    public string? Named => _given;

    /// <summary>The full path of <paramref name="template"/>'s snapshot; a usage error when there is none to be found.</summary>
    public string For(string template) =>
        _given
        ?? NearestFrom(ProjectFolderOf(Path.GetDirectoryName(template)!) ?? Path.GetDirectoryName(template)!)
        ?? NearestFrom(_workingDirectory)
        ?? throw ToolException.Usage(
            $"there is no {SnapshotFormat.DefaultFileName} in this folder, the templates' folders or any folder above them: lint checks templates against it. " +
            "Pass --snapshot PATH, or run 'ghl-links pull --location-id <id>' to create it");

    private string? ProjectFolderOf(string folder) => FirstUp(folder, _projectFrom, f => HasProjectFile(f) ? f : null);

    private string? NearestFrom(string folder) => FirstUp(folder, _nearestFrom, SnapshotSearch.In);

    /// <summary>What <paramref name="here"/> finds in <paramref name="folder"/> or the nearest folder above it; each folder asked once per run.</summary>
    private static string? FirstUp(string folder, Dictionary<string, string?> known, Func<string, string?> here)
    {
        if (known.TryGetValue(folder, out string? found))
        {
            return found;
        }

        found = here(folder) ?? (Path.GetDirectoryName(folder) is { } parent ? FirstUp(parent, known, here) : null);
        known[folder] = found;
        return found;
    }

    private static bool HasProjectFile(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.csproj").Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
