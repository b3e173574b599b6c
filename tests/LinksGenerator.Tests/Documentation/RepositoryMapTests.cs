using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LinksGenerator.Testing;

namespace LinksGenerator.Tests.Documentation;

/// <summary>
/// The README's "Repository" section is a map a new engineer moves in by; these tests keep it true: every project folder
/// and every layer folder is on it, and nothing on it is gone.
/// </summary>
public partial class RepositoryMapTests
{
    private static readonly string[] ProjectParents = ["src", "tests", "samples", "benchmarks"];

    [Fact]
    public void The_repository_table_names_every_project_folder()
    {
        var named = FolderNames(TableAfter("## Repository")).Select(Normalize).ToHashSet(StringComparer.Ordinal);

        var folders = ProjectParents.SelectMany(parent => SubFolders(Path.Combine(RepositoryPaths.Root, parent)).Select(name => $"{parent}/{name}"));

        Assert.All(folders, folder => Assert.True(named.Contains(folder), $"README's repository table does not name {folder}"));
    }

    [Fact]
    public void Every_folder_the_repository_table_names_exists()
    {
        Assert.All(
            FolderNames(TableAfter("## Repository")),
            folder => Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.Root, folder)), $"README's repository table names {folder}, which does not exist"));
    }

    [Theory]
    [InlineData("src/LinksGenerator")]
    [InlineData("src/LinksGenerator.Tool")]
    public void The_layer_table_of_a_project_names_exactly_its_folders(string project)
    {
        var named = FolderNames(TableAfter($"Inside `{project}`")).Select(Normalize).Order(StringComparer.Ordinal).ToList();

        var folders = SubFolders(Path.Combine(RepositoryPaths.Root, project)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(folders, named);
    }

    /// <summary>The rows of the first Markdown table after the line that starts with <paramref name="marker"/>.</summary>
    private static List<string> TableAfter(string marker)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        int start = Array.FindIndex(lines, line => line.StartsWith(marker, StringComparison.Ordinal));
        Assert.True(start >= 0, $"README has no line starting with {marker}");

        return lines.Skip(start + 1)
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Skip(2) // the header and its separator
            .ToList();
    }

    /// <summary>The folders a row's first cell names in backticks (one row may name two).</summary>
    private static IEnumerable<string> FolderNames(IEnumerable<string> rows) =>
        rows.Select(row => row.Split('|')[1]).SelectMany(cell => CodeSpan().Matches(cell).Select(m => m.Groups["name"].Value));

    private static string Normalize(string folder) => folder.TrimEnd('/');

    private static IEnumerable<string> SubFolders(string path) =>
        Directory.GetDirectories(path)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name is not ("bin" or "obj") && !name.StartsWith('.'));

    [GeneratedRegex("`(?<name>[^`]+)`")]
    private static partial Regex CodeSpan();
}
