using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using LinksGenerator.Analyzer;
using LinksGenerator.Testing;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Tests.Documentation;

/// <summary>
/// Documentation that cannot drift from the code (Meziantou.Analyzer's documentation tests are the model): every
/// descriptor has its page, its README row and its release-tracking line, and every help link and release line points at
/// something that exists.
/// </summary>
public partial class RuleDocumentationTests
{
    private const string RepositoryUrl = "https://github.com/LinksGenerator/LinksGenerator/blob/main/";

    private static readonly Assembly AnalyzerAssembly = typeof(TriggerLinkAnalyzer).Assembly;

    private static readonly string[] ReleaseFiles = ["AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md"];

    public static TheoryData<string> Ids => new(Descriptors().Select(d => d.Id));

    [Fact]
    public void Descriptors_are_found_and_their_ids_are_unique()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();

        Assert.Contains("LNK001", ids);
        Assert.Contains("LNK103", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_a_page_with_its_title_and_default_severity(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        string page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        string[] lines = File.ReadAllLines(page);
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", lines);
        Assert.Contains($"| Category | {descriptor.Category} |", lines);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_a_row_in_the_readme_rules_table(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        string row = $"| [{id}](docs/rules/{id}.md) | {descriptor.DefaultSeverity.ToString().ToLowerInvariant()}";

        Assert.Contains(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md")), line => line.StartsWith(row, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_a_release_tracking_line_with_its_category_severity_and_help_link(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);

        ReleaseLine line = Assert.Single(ReleaseLines(), l => l.Id == id);

        Assert.Equal(descriptor.Category, line.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), line.Severity);
        Assert.Equal(descriptor.HelpLinkUri, line.Documentation);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_help_link_points_at_a_page_in_this_repository(string id)
    {
        string link = Descriptor(id).HelpLinkUri;

        Assert.StartsWith(RepositoryUrl, link, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, link[RepositoryUrl.Length..])), $"{link} names no file of the repository");
    }

    [Fact]
    public void Release_tracking_names_only_rules_and_types_that_exist()
    {
        var ids = Descriptors().Select(d => d.Id).ToHashSet();
        var typeNames = AnalyzerAssembly.GetTypes()
            .Where(t => typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t) || typeof(IIncrementalGenerator).IsAssignableFrom(t))
            .Select(t => t.Name)
            .ToHashSet();

        Assert.All(ReleaseLines(), line =>
        {
            Assert.Contains(line.Id, ids);
            Assert.True(typeNames.Contains(line.TypeName), $"{line.Id} names {line.TypeName}, which is not an analyzer or generator of the package");
        });
    }

    [Fact]
    public void An_analyzer_named_by_release_tracking_supports_the_rule()
    {
        foreach (ReleaseLine line in ReleaseLines())
        {
            Type type = AnalyzerAssembly.GetTypes().Single(t => t.Name == line.TypeName);
            if (typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(type))
            {
                var analyzer = (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(type)!;
                Assert.True(analyzer.SupportedDiagnostics.Any(d => d.Id == line.Id), $"{line.TypeName} does not list {line.Id} in SupportedDiagnostics, so the compiler would drop it");
            }
        }
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_rule()
    {
        var ids = Descriptors().Select(d => d.Id).ToHashSet();

        Assert.All(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "*.md"), page => Assert.Contains(Path.GetFileNameWithoutExtension(page), ids));
    }

    [Fact]
    public void Relative_links_in_the_readme_and_docs_point_at_files_that_exist()
    {
        var documents = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(RepositoryPaths.Root, "README.md"));
        foreach (string document in documents)
        {
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(document)))
            {
                string[] parts = link.Groups["target"].Value.Split('#');
                string target = parts[0];
                if (target.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                string resolved = target.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, target));
                string from = Path.GetRelativePath(RepositoryPaths.Root, document);
                Assert.True(File.Exists(resolved) || Directory.Exists(resolved), $"{from} links to {target}, which does not exist");
                if (parts.Length > 1)
                {
                    Assert.True(HeadingAnchors(resolved).Contains(parts[1]), $"{from} links to {link.Groups["target"].Value}, but {target} has no such heading");
                }
            }
        }
    }

    /// <summary>The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> HeadingAnchors(string file) =>
        File.ReadAllLines(file)
            .Where(line => line.StartsWith('#'))
            .Select(line => new string(line.TrimStart('#').Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').ToArray()).Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every descriptor the package declares, found by reflection so that a new one cannot be forgotten here.</summary>
    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        AnalyzerAssembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal);

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors().Single(d => d.Id == id);

    /// <summary>The rule lines of AnalyzerReleases.Shipped.md and AnalyzerReleases.Unshipped.md.</summary>
    private static IEnumerable<ReleaseLine> ReleaseLines() =>
        ReleaseFiles
            .SelectMany(name => File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "LinksGenerator", name)))
            .Select(line => ReleaseRow().Match(line))
            .Where(match => match.Success)
            .Select(match => new ReleaseLine(match.Groups["id"].Value, match.Groups["category"].Value, match.Groups["severity"].Value, match.Groups["type"].Value, match.Groups["doc"].Value));

    private sealed record ReleaseLine(string Id, string Category, string Severity, string TypeName, string Documentation);

    [GeneratedRegex(@"^(?<id>LNK\d{3})\s*\|\s*(?<category>[^|]+?)\s*\|\s*(?<severity>\w+)\s*\|\s*(?<type>\w+),\s*\[Documentation\]\((?<doc>[^)]+)\)")]
    private static partial Regex ReleaseRow();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
