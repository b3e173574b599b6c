using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinksGenerator.Tool.Output;
using Microsoft.Extensions.FileSystemGlobbing;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// The files <c>ghl-links lint</c> checks. Each PATH is a file, a folder (searched recursively), or a glob with <c>*</c>,
/// <c>?</c> and <c>**</c> relative to the current folder, written like an MSBuild item (<c>Templates/**/*.html</c>, or
/// <c>Templates\**\*.html</c>: as in MSBuild, <c>\</c> separates folders on every system). A file named by several PATHs
/// is checked once; the files come in ordinal order of their paths, so the output never depends on the order of the
/// arguments or of the file system.
/// </summary>
internal static class TemplatePaths
{
    /// <summary>
    /// Folders a search never enters: version control, build output and packages hold copies, not templates. The build
    /// output ones (<see cref="BuildOutputFolders"/>) only beside a project file, where the build puts them and the build
    /// leaves them out of its templates too: elsewhere a folder of that name is the user's own (<c>Templates/bin/</c>),
    /// which the build checks, and so does lint. <see cref="ArtifactsFolder"/> only where the SDK's
    /// <c>UseArtifactsOutput</c> puts it and only when it holds what the SDK writes there.
    /// </summary>
    public static readonly string[] SkippedFolders = [".git", "bin", "obj", ArtifactsFolder, "node_modules"];

    private static readonly string[] BuildOutputFolders = ["bin", "obj"];

    /// <summary>
    /// The SDK's artifacts layout (<c>UseArtifactsOutput</c>): <c>artifacts/bin/App/debug/</c> and <c>artifacts/obj/App/</c>
    /// beside the <c>Directory.Build.props</c> that sets it (or beside the project file when there is none). The build
    /// never checks its copies and binaries, which its output paths then name.
    /// </summary>
    private const string ArtifactsFolder = "artifacts";

    private static readonly StringComparison FileNameComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static readonly EnumerationOptions CaseInsensitive = new() { IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };

    /// <summary>The full paths of the files <paramref name="paths"/> name; a usage error naming every PATH that matched no file.</summary>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> paths, string workingDirectory, Reporter reporter)
    {
        // Keyed by the path with '/' separators, so the order is the same on every system.
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (string path in paths)
        {
            List<string> matched = Match(path, workingDirectory);
            if (matched.Count == 0)
            {
                unmatched.Add(path);
            }

            foreach (string file in matched)
            {
                files.TryAdd(file.Replace('\\', '/'), file);
            }
        }

        // A search found a file no .NET program can open: skipped, it would pass a CI step with a template unchecked.
        if (files.Values.FirstOrDefault(HasNameNotUtf8) is { } unopenable)
        {
            throw NameNotUtf8(unopenable);
        }

        if (unmatched.Count == 0)
        {
            return files.Values.ToList();
        }

        foreach (string path in unmatched.Take(unmatched.Count - 1))
        {
            reporter.Error(NoMatch(path, workingDirectory));
        }

        throw ToolException.Usage(NoMatch(unmatched[^1], workingDirectory));
    }

    private static List<string> Match(string path, string workingDirectory)
    {
        // A name that really holds a '\' (possible outside Windows) is taken as it is; else '\' is a separator, as MSBuild
        // reads it in an item's path on every system.
        string fullPath = Path.GetFullPath(path, workingDirectory);
        if (!File.Exists(fullPath) && !Directory.Exists(fullPath))
        {
            fullPath = Path.GetFullPath(path.Replace('\\', '/'), workingDirectory);
        }

        if (File.Exists(fullPath))
        {
            return SpecialFiles.KindOf(fullPath) == FileKind.Missing && new FileInfo(fullPath).LinkTarget is { } target
                ? throw ToolException.Usage(LeadsNowhere(path, target))
                : [fullPath];
        }

        if (Directory.Exists(fullPath))
        {
            return Walk(fullPath, SkippedFolders).Where(file => !NeverTemplates.Contains(file)).ToList();
        }

        return IsGlob(path) ? Glob(path, workingDirectory) : [];
    }

    /// <summary>
    /// A name the system holds as bytes that are not UTF-8: .NET reads it with U+FFFD in their place, a path that leads
    /// nowhere, not even to a link (a name that really holds U+FFFD exists as it is read).
    /// </summary>
    private static bool HasNameNotUtf8(string path) => Path.GetFileName(path).Contains('\uFFFD', StringComparison.Ordinal) && !Path.Exists(path);

    private static ToolException NameNotUtf8(string path) => ToolException.Usage(
        $"{Printable.Quote(path)} cannot be opened: its name is not valid UTF-8 (each byte that is not shows as U+FFFD), " +
        "which .NET, and so ghl-links and the build, cannot open by: rename it, or leave its folder out of the PATHs");

    private static bool IsGlob(string path) => path.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>
    /// Every regular file below <paramref name="folder"/>, outside the <paramref name="skipped"/> folders (no named pipe,
    /// device or socket: <see cref="SpecialFiles"/>; no link that leads to no file, such as the lock file <c>.#name</c>
    /// an editor leaves beside a file being edited). Linked folders are entered, as MSBuild's globs enter them, but each
    /// real folder once: a link back up (<c>up -> ..</c>) is a loop.
    /// </summary>
    private static List<string> Walk(string folder, IReadOnlyCollection<string> skipped)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        var files = new List<string>();
        var start = new DirectoryInfo(folder);
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath(start, start.FullName) };
        var pending = new Stack<(DirectoryInfo Folder, string Real)>();
        pending.Push((start, RealPath(start, start.FullName)));
        while (pending.Count > 0)
        {
            var (current, real) = pending.Pop();
            files.AddRange(current.EnumerateFiles("*", options).Select(f => f.FullName).Where(f => SpecialFiles.KindOf(f) == FileKind.Regular || HasNameNotUtf8(f)));
            foreach (DirectoryInfo child in current.EnumerateDirectories("*", options))
            {
                // Its files could not be listed, let alone read: named, as a file of such a name is.
                if (HasNameNotUtf8(child.FullName) && !skipped.Contains(child.Name, StringComparer.OrdinalIgnoreCase))
                {
                    throw NameNotUtf8(child.FullName);
                }

                string childReal = RealPath(child, Path.Combine(real, child.Name));
                if (!IsSkipped(current, child, skipped) && visited.Add(childReal))
                {
                    pending.Push((child, childReal));
                }
            }
        }

        return files;
    }

    /// <summary>
    /// Whether a search leaves <paramref name="child"/> of <paramref name="parent"/> out: one of <paramref name="skipped"/>;
    /// a build output one only beside a project file; <see cref="ArtifactsFolder"/> only beside a project file or a
    /// <c>Directory.Build.props</c>, holding the SDK's <c>bin</c> or <c>obj</c>.
    /// </summary>
    private static bool IsSkipped(DirectoryInfo parent, DirectoryInfo child, IReadOnlyCollection<string> skipped)
    {
        if (!skipped.Contains(child.Name, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (BuildOutputFolders.Contains(child.Name, StringComparer.OrdinalIgnoreCase))
        {
            return HoldsProject(parent);
        }

        return !string.Equals(child.Name, ArtifactsFolder, StringComparison.OrdinalIgnoreCase)
            || ((HoldsProject(parent) || Holds(parent, "Directory.Build.props")) && BuildOutputFolders.Any(output => HoldsFolder(child, output)));
    }

    private static bool HoldsProject(DirectoryInfo folder) =>
        folder.EnumerateFiles("*proj", CaseInsensitive).Any(file => file.Extension.EndsWith("proj", StringComparison.OrdinalIgnoreCase));

    private static bool Holds(DirectoryInfo folder, string fileName) => folder.EnumerateFiles(fileName, CaseInsensitive).Any();

    private static bool HoldsFolder(DirectoryInfo folder, string name) => folder.EnumerateDirectories(name, CaseInsensitive).Any();

    /// <summary>Where a folder really is: its link's final target, or the path below its parent's real path.</summary>
    private static string RealPath(DirectoryInfo folder, string unlinked)
    {
        try
        {
            return folder.LinkTarget is null ? unlinked : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? unlinked;
        }
        catch (IOException)
        {
            return unlinked; // A link that loops on itself or dangles: enumerating it finds nothing.
        }
    }

    /// <summary>
    /// The files a glob matches. The segments before the first wildcard are the folder the search starts in (so
    /// <c>../emails/**/*.html</c> and absolute globs work); below it, <see cref="SkippedFolders"/> are left out unless
    /// the glob names one. The folder is walked as a PATH folder is (linked folders once each), then matched.
    /// </summary>
    private static List<string> Glob(string glob, string workingDirectory)
    {
        string[] segments = glob.Split('/', '\\');
        int firstWildcard = Array.FindIndex(segments, IsGlob);
        string root = Path.GetFullPath(string.Join('/', segments[..firstWildcard]) is { Length: > 0 } start ? start : ".", workingDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        string[] pattern = segments[firstWildcard..];
        var matcher = new Matcher(FileNameComparison);

        // The matcher knows '*' and '**' only: a '?' is matched as '*' there, and then held to one character.
        matcher.AddInclude(string.Join('/', pattern).Replace('?', '*'));
        OneCharacterWildcards? questionMarks = OneCharacterWildcards.For(pattern, FileNameComparison);
        List<string> skipped = SkippedFolders.Where(f => !pattern.Contains(f, StringComparer.OrdinalIgnoreCase)).ToList();
        return matcher.Match(root, Walk(root, skipped))
            .Files
            .Where(match => questionMarks is null || questionMarks.Matches(match.Path))
            .Select(match => Path.GetFullPath(match.Path, root))
            .ToList();
    }

    /// <summary>Why a PATH that is a link to nothing (a missing target, or links that loop) cannot be read.</summary>
    private static string LeadsNowhere(string path, string target) =>
        $"{Printable.Quote(path)} is a symbolic link to {Printable.Quote(target)} that leads to no file (its target is missing, or the links loop): " +
        "fix the link, or leave it out of the PATHs";

    private static string NoMatch(string path, string workingDirectory)
    {
        string fullPath = Path.GetFullPath(path, workingDirectory);
        List<string> leftOut = Directory.Exists(fullPath) ? [.. Walk(fullPath, SkippedFolders).Order(StringComparer.Ordinal)] : [];
        string why =
            leftOut.Count > 0 ? $"the folder's {(leftOut.Count == 1 ? "one file is" : $"{leftOut.Count} files are all")} of the kinds a folder's search leaves out " +
                $"(code, project and tool configuration, binary assets: {Printable.Quote(Path.GetFileName(leftOut[0]))}); to check such files, name them as PATHs or with a glob ({Printable.Quote(Path.Join(path, "**", "*" + Path.GetExtension(leftOut[0])))})" :
            Directory.Exists(fullPath) ? "the folder holds no files (outside .git, node_modules, the bin and obj beside a project file, and the SDK's artifacts output)" :
            IsGlob(path) ? "the glob matches no file" :
            "there is no such file or folder";
        return $"no template file matches {Printable.Quote(path)}: {why} (relative paths and globs start in {workingDirectory})";
    }
}
