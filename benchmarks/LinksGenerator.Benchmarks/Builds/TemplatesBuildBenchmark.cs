using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Benchmarks.ReadingAnalyzer;
using LinksGenerator.Testing;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>
/// Templates checked in the build: a project of 100 C# files with 1,000 HTML templates of 10 KB each (10 MB in all,
/// each with a few trigger-link and contact fields), built with the templates listed as TriggerLinksTemplate against
/// the same build without the item, three times: after a C# change only (the templates are not checked again), with one
/// template saved again (that one is checked) and with every template saved again (all are checked). One more side
/// tells the compiler's part from ours: the same files read by an analyzer that checks nothing
/// (<see cref="ReadEveryAdditionalFileAnalyzer"/>), which is what reading them costs any analyzer. (The same files as
/// plain AdditionalFiles that nothing reads, a side of earlier runs, cost nothing measurable: docs/benchmarks.md.)
/// Each side builds its own copy of the project, so no side's build changes what another side's build finds.
/// </summary>
public static class TemplatesBuildBenchmark
{
    public const int Templates = 1_000;
    public const int TemplateBytes = 10 * 1024;
    public const int SourceFiles = 100;

    /// <summary>The template the one-saved side saves before each build.</summary>
    private const string OneTemplate = "campaign-0.html";

    public static async Task<ComparisonResult> Run(LocalPackageFeed feed, int runs, Action<string> log)
    {
        // Every side builds a copy of its own (same files, own obj and bin). On one copy, each side's build would change
        // what the next side finds: a build without the item removes the package's record of the last check from obj
        // (MSBuild's incremental clean deletes what an earlier build wrote and this one did not), so the side after it
        // checked every template again; and a side that saves every template makes the next one check them all.
        string workspace = feed.NewWorkspace("templates-cost");
        string without = WriteMailer(feed, workspace, "without");
        string everyday = WriteMailer(feed, workspace, "csharp-changed");
        string allSaved = WriteMailer(feed, workspace, "all-saved");
        string oneSaved = WriteMailer(feed, workspace, "one-saved");
        string reading = WriteMailer(feed, workspace, "reading");

        string[] readingSide = ["-p:ReadTemplates=true", "-p:ReadingAnalyzer=" + typeof(ReadEveryAdditionalFileAnalyzer).Assembly.Location];
        await EnsureReadingAnalyzerRuns(reading, readingSide, feed);
        await EnsureOnlyChangedTemplatesAreChecked(everyday, without, feed);

        log($"{Templates:N0} templates ({Templates * TemplateBytes / 1048576.0:F0} MB) checked vs. not, {SourceFiles} C# files, {runs} builds each:");
        return await AlternatingComparison.Run(
            [
                new BuildSide("without TriggerLinksTemplate", without, []),

                // The everyday build: C# changed, the templates did not, so the package's targets leave them out of the
                // compilation (docs/templates.md, "Which builds check templates").
                new BuildSide($"{Templates:N0} templates, only C# changed", everyday, ["-p:CheckTemplates=true"]),

                // Every template saved again before each build: the compiler checks all 1,000.
                new BuildSide($"{Templates:N0} templates, all changed and checked", allSaved, ["-p:CheckTemplates=true"], () => SaveAgain(Path.GetDirectoryName(allSaved)!)),

                // One template saved before each build, as when editing one email: the compiler checks that one only.
                new BuildSide($"{Templates:N0} templates, one saved and checked", oneSaved, ["-p:CheckTemplates=true"], () => SaveAgain(Path.GetDirectoryName(oneSaved)!, OneTemplate)),

                // Not judged: the same files read by an analyzer that checks nothing. Against the checked side, what our
                // check adds to the compiler's reading, which any analyzer of additional files pays.
                new BuildSide($"{Templates:N0} files read by an analyzer that checks nothing", reading, readingSide),
            ],
            runs,
            feed.Environment,
            log);
    }

    /// <summary>Writes the benchmark's project and its templates into <paramref name="workspace"/>/<paramref name="side"/>/Mailer; returns the project's path.</summary>
    private static string WriteMailer(LocalPackageFeed feed, string workspace, string side)
    {
        string directory = Path.Combine(workspace, side, "Mailer");
        string project = AnalyzerBuildBenchmark.WriteLibrary(feed, directory, "Mailer", SourceFiles, """
            <ItemGroup Condition="'$(CheckTemplates)' == 'true'">
              <TriggerLinksTemplate Include="Templates/**/*.html" />
            </ItemGroup>
            <ItemGroup Condition="'$(ReadTemplates)' == 'true'">
              <AdditionalFiles Include="Templates/**/*.html" />
            </ItemGroup>
            <ItemGroup Condition="'$(ReadTemplates)' == 'true'">
              <Analyzer Include="$(ReadingAnalyzer)" />
            </ItemGroup>
            """);

        Directory.CreateDirectory(Path.Combine(directory, "Templates"));
        for (int template = 0; template < Templates; template++)
        {
            File.WriteAllText(Path.Combine(directory, "Templates", $"campaign-{template}.html"), Template(template));
        }

        return project;
    }

    /// <summary>
    /// Fails unless the compiler really runs the reading-only analyzer: a command-line build silently skips an analyzer
    /// whose output would never be printed, and the side would then measure nothing but passing the files. The
    /// compiler's own report (<c>-p:ReportAnalyzer=true</c>) must give it measurable time, which reading 10 MB takes.
    /// </summary>
    private static async Task EnsureReadingAnalyzerRuns(string project, string[] readingSide, LocalPackageFeed feed)
    {
        ProcessResult build = (await ProcessRunner.Dotnet(Path.GetDirectoryName(project)!, feed.Environment, ["build", project, "-p:ReportAnalyzer=true", "-v:detailed", .. readingSide]))
            .EnsureSuccess("build with the reading-only analyzer");
        string name = typeof(ReadEveryAdditionalFileAnalyzer).FullName!;
        string? line = build.Output.Split('\n').FirstOrDefault(l => l.Contains(name, StringComparison.Ordinal));
        if (line is null || line.TrimStart().StartsWith('<'))
        {
            throw new InvalidOperationException($"The compiler did not run {name} on the templates (its line in the analyzer report: '{line?.Trim()}'); the reading-only side would measure nothing.");
        }
    }

    /// <summary>
    /// Fails unless the templates sides measure what they say: after a C# change only, the compiler's command line holds
    /// no template, even right after a build of the side without the item; after one template is saved again, that one
    /// alone; after all are saved again, all of them.
    /// </summary>
    private static async Task EnsureOnlyChangedTemplatesAreChecked(string project, string withoutProject, LocalPackageFeed feed)
    {
        string directory = Path.GetDirectoryName(project)!;
        async Task<(bool First, bool Second)> CompilerGets(string name)
        {
            File.WriteAllText(Path.Combine(directory, "Touched.cs"), $"// {name}\ninternal static class Touched {{ }}\n");
            ProcessResult build = (await ProcessRunner.Dotnet(directory, feed.Environment, ["build", project, "-p:CheckTemplates=true", "-v:normal"])).EnsureSuccess(name);
            string commandLine = build.CompilerCommandLine ?? throw new InvalidOperationException($"The compiler did not run in {name}.");
            return (commandLine.Contains(OneTemplate, StringComparison.Ordinal), commandLine.Contains("campaign-1.html", StringComparison.Ordinal));
        }

        if (await CompilerGets("a first build with the templates") != (true, true))
        {
            throw new InvalidOperationException("The first build with TriggerLinksTemplate did not pass the templates to the compiler.");
        }

        // The side without the item builds in between, as it does in every rotation.
        (await ProcessRunner.Dotnet(Path.GetDirectoryName(withoutProject)!, feed.Environment, ["build", withoutProject])).EnsureSuccess("the side without the item");
        if (await CompilerGets("a build after a C# change") != (false, false))
        {
            throw new InvalidOperationException("A build after a C# change passed the unchanged templates to the compiler again.");
        }

        SaveAgain(directory, OneTemplate);
        if (await CompilerGets("a build after one template was saved again") != (true, false))
        {
            throw new InvalidOperationException("A build after one template was saved again did not pass that one alone to the compiler.");
        }

        SaveAgain(directory);
        if (await CompilerGets("a build after the templates were saved again") != (true, true))
        {
            throw new InvalidOperationException("A build after every template was saved again did not pass them all to the compiler.");
        }
    }

    /// <summary>Gives the templates matching <paramref name="pattern"/> (all by default) a newer time, as saving them again would.</summary>
    private static void SaveAgain(string directory, string pattern = "*")
    {
        DateTime now = DateTime.UtcNow;
        foreach (string template in Directory.EnumerateFiles(Path.Combine(directory, "Templates"), pattern))
        {
            File.SetLastWriteTimeUtc(template, now);
        }
    }

    private static string Template(int index)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n<p>Hi {{contact.first_name}},</p>\n");
        int paragraph = 0;
        while (html.Length < TemplateBytes - 200)
        {
            html.Append("<p>Paragraph ").Append(paragraph).Append(" of campaign ").Append(index)
                .Append(": our summer offers are here, with prices for every budget and a team that answers quickly.");
            if (paragraph % 10 == 0)
            {
                html.Append(" <a href=\"{{trigger_link.").Append(SyntheticSnapshot.Id((index + paragraph) % 50)).Append("}}\">Book now</a>");
            }

            html.Append("</p>\n");
            paragraph++;
        }

        return html.Append("</body></html>\n").ToString();
    }
}
