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
/// the same build without the item, twice: after a C# change only (the templates are not checked again) and with every
/// template saved again (all are checked). Two more sides tell the compiler's part from ours: the same files as plain
/// AdditionalFiles that nothing reads, and read by an analyzer that checks nothing
/// (<see cref="ReadEveryAdditionalFileAnalyzer"/>), which is what reading them costs any analyzer.
/// </summary>
public static class TemplatesBuildBenchmark
{
    public const int Templates = 1_000;
    public const int TemplateBytes = 10 * 1024;
    public const int SourceFiles = 100;

    public static async Task<ComparisonResult> Run(LocalPackageFeed feed, int runs, Action<string> log)
    {
        string directory = Path.Combine(feed.NewWorkspace("templates-cost"), "Mailer");
        string project = AnalyzerBuildBenchmark.WriteLibrary(feed, directory, "Mailer", SourceFiles, """
            <ItemGroup Condition="'$(CheckTemplates)' == 'true'">
              <TriggerLinksTemplate Include="Templates/**/*.html" />
            </ItemGroup>
            <ItemGroup Condition="'$(PassTemplates)' == 'true' or '$(ReadTemplates)' == 'true'">
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

                // Not judged: the same files as plain AdditionalFiles, which no analyzer reads. What the compiler itself
                // spends on 1,000 more additional files, apart from anything LinksGenerator does with them.
                new BuildSide($"{Templates:N0} files passed, not checked", project, ["-p:PassTemplates=true"]),

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
    /// Fails unless the two templates sides measure what they say: after a C# change only, the compiler's command line
    /// holds no template; after the templates are saved again, it holds them all.
    /// </summary>
    private static async Task EnsureOnlyChangedTemplatesAreChecked(string directory, string project, LocalPackageFeed feed)
    {
        async Task<bool> CompilerGetsTemplates(string name)
        {
            File.WriteAllText(Path.Combine(directory, "Touched.cs"), $"// {name}\ninternal static class Touched {{ }}\n");
            ProcessResult build = (await ProcessRunner.Dotnet(directory, feed.Environment, ["build", project, "-p:CheckTemplates=true", "-v:normal"])).EnsureSuccess(name);
            return build.CompilerCommandLine?.Contains("campaign-0.html", StringComparison.Ordinal)
                ?? throw new InvalidOperationException($"The compiler did not run in {name}.");
        }

        if (!await CompilerGetsTemplates("a first build with the templates"))
        {
            throw new InvalidOperationException("The first build with TriggerLinksTemplate did not pass the templates to the compiler.");
        }

        if (await CompilerGetsTemplates("a build after a C# change"))
        {
            throw new InvalidOperationException("A build after a C# change passed the unchanged templates to the compiler again.");
        }

        SaveAgain(directory);
        if (!await CompilerGetsTemplates("a build after the templates were saved again"))
        {
            throw new InvalidOperationException("A build after every template was saved again did not pass them to the compiler.");
        }
    }

    /// <summary>Gives every template a newer time, as saving it again would.</summary>
    private static void SaveAgain(string directory)
    {
        DateTime now = DateTime.UtcNow;
        foreach (string template in Directory.EnumerateFiles(Path.Combine(directory, "Templates")))
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
