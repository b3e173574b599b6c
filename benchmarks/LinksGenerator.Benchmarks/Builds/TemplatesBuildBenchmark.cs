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
        string directory = Path.Combine(feed.NewWorkspace("templates-cost"), "Mailer");
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

        string[] readingSide = ["-p:ReadTemplates=true", "-p:ReadingAnalyzer=" + typeof(ReadEveryAdditionalFileAnalyzer).Assembly.Location];
        await EnsureReadingAnalyzerRuns(directory, project, readingSide, feed);
        await EnsureOnlyChangedTemplatesAreChecked(directory, project, feed);

        log($"{Templates:N0} templates ({Templates * TemplateBytes / 1048576.0:F0} MB) checked vs. not, {SourceFiles} C# files, {runs} builds each:");
        return await AlternatingComparison.Run(
            [
                new BuildSide("without TriggerLinksTemplate", project, []),

                // The everyday build: C# changed, the templates did not, so the package's targets leave them out of the
                // compilation (docs/templates.md, "Which builds check templates").
                new BuildSide($"{Templates:N0} templates, only C# changed", project, ["-p:CheckTemplates=true"]),

                // Every template saved again before each build: the compiler checks all 1,000.
                new BuildSide($"{Templates:N0} templates, all changed and checked", project, ["-p:CheckTemplates=true"], () => SaveAgain(directory)),

                // One template saved before each build, as when editing one email: the compiler checks that one only.
                new BuildSide($"{Templates:N0} templates, one saved and checked", project, ["-p:CheckTemplates=true"], () => SaveAgain(directory, OneTemplate)),

                // Not judged: the same files read by an analyzer that checks nothing. Against the checked side, what our
                // check adds to the compiler's reading, which any analyzer of additional files pays.
                new BuildSide($"{Templates:N0} files read by an analyzer that checks nothing", project, readingSide),
            ],
            runs,
            feed.Environment,
            log);
    }

    /// <summary>
    /// Fails unless the compiler really runs the reading-only analyzer: a command-line build silently skips an analyzer
    /// whose output would never be printed, and the side would then measure nothing but passing the files. The
    /// compiler's own report (<c>-p:ReportAnalyzer=true</c>) must give it measurable time, which reading 10 MB takes.
    /// </summary>
    private static async Task EnsureReadingAnalyzerRuns(string directory, string project, string[] readingSide, LocalPackageFeed feed)
    {
        ProcessResult build = (await ProcessRunner.Dotnet(directory, feed.Environment, ["build", project, "-p:ReportAnalyzer=true", "-v:detailed", .. readingSide]))
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
    /// no template; after one template is saved again, that one alone; after all are saved again, all of them.
    /// </summary>
    private static async Task EnsureOnlyChangedTemplatesAreChecked(string directory, string project, LocalPackageFeed feed)
    {
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
