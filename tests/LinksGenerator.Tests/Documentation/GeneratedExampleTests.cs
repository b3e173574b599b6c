using System;
using System.IO;
using System.Text.RegularExpressions;
using LinksGenerator.Testing;
using LinksGenerator.Tests.Infrastructure;

namespace LinksGenerator.Tests.Documentation;

/// <summary>
/// The README and docs/generated-code.md show what the generator emits for their one-link snapshot; these tests run
/// the generator on that snapshot, so the pages show what it emits today, not what it emitted once.
/// </summary>
public partial class GeneratedExampleTests
{
    [Theory]
    [InlineData("README.md", "## What is generated")]
    [InlineData("docs/generated-code.md", "# The generated `TriggerLinks` class")]
    public void The_example_is_the_generators_output_for_the_example_snapshot(string page, string section)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, page)).ReplaceLineEndings("\n");
        string afterSection = text[text.IndexOf(section, StringComparison.Ordinal)..];
        string snapshot = Block(afterSection, "json") ?? ReadmeSnapshot();
        string shown = Block(afterSection, "csharp")!;

        GeneratorRun run = GeneratorHarness.Run(snapshot, "Acme.Messaging");

        // The page marks the version with a comment; the generator writes the package's version there.
        string expected = VersionPattern().Replace(run.GeneratedSource!.ReplaceLineEndings("\n"), "\"LinksGenerator\", \"0.1.0\")]   // the package's version");
        Assert.Equal(expected.TrimEnd('\n'), shown.TrimEnd('\n'));
    }

    /// <summary>docs/generated-code.md shows no snapshot of its own: it shows the generator's output for the README's.</summary>
    private static string ReadmeSnapshot()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        return Block(readme[readme.IndexOf("## What is generated", StringComparison.Ordinal)..], "json")!;
    }

    /// <summary>The first fenced block of <paramref name="language"/> before the next "## " heading, or null.</summary>
    private static string? Block(string text, string language)
    {
        int end = text.IndexOf("\n## ", 1, StringComparison.Ordinal);
        string section = end < 0 ? text : text[..end];
        Match block = Regex.Match(section, $"```{language}\n(.*?)```", RegexOptions.Singleline);
        return block.Success ? block.Groups[1].Value : null;
    }

    [GeneratedRegex("\"LinksGenerator\", \"[^\"]+\"\\)\\]")]
    private static partial Regex VersionPattern();
}
