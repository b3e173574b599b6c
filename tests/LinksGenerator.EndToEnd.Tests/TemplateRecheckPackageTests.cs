using System;
using System.IO;
using System.Threading.Tasks;
using LinksGenerator.EndToEnd.Tests.Infrastructure;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests;

/// <summary>
/// Which builds check templates (docs/templates.md): every template in the first build, every build after the template
/// list, the snapshot or the severity configuration changed, and every build after one that failed; the saved templates
/// alone after only templates were saved; none in a build in which only C# changed. The compiler's command line (printed at normal verbosity) shows whether the templates were passed.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TemplateRecheckPackageTests(PackageFeed feed)
{
    private const string SmsTemplate = "Templates/sms.txt";

    // LNK003 is a warning, so these builds succeed and the warning shows whether the template was checked.
    private const string SmsWarning = "Templates/sms.txt(1,28): warning LNK003";

    [Fact]
    public async Task Unchanged_templates_are_checked_again_only_when_a_template_the_snapshot_or_the_severities_change()
    {
        ConsumerProject project = Shop("templates-recheck");

        ProcessResult first = (await project.Build()).ShouldSucceed();
        Assert.Contains(SmsWarning, Normalized(first));

        // Only C# changed: the compiler runs (the program's output changes) without the templates.
        ProcessResult csharpOnly = (await project.WithFile("Program.cs", Program("second")).Build()).ShouldSucceed();
        Assert.DoesNotContain(SmsWarning, Normalized(csharpOnly));
        Assert.DoesNotContain(SmsTemplate, CompilerCommandLine(csharpOnly));
        Assert.Contains("second", (await project.RunBuilt()).ShouldSucceed().Output);

        // A template saved again (even unchanged) is checked again.
        Touch(project, SmsTemplate);
        Assert.Contains(SmsWarning, Normalized((await project.WithFile("Program.cs", Program("third")).Build()).ShouldSucceed()));
        Assert.DoesNotContain(SmsWarning, Normalized((await project.WithFile("Program.cs", Program("fourth")).Build()).ShouldSucceed()));

        // A refreshed snapshot can turn any field into LNK001 or LNK004.
        Touch(project, "links.snapshot.json");
        Assert.Contains(SmsWarning, Normalized((await project.WithFile("Program.cs", Program("fifth")).Build()).ShouldSucceed()));

        // A new severity for a rule changes what the build reports (a global config: .editorconfig sections never reach templates).
        project.WithFile(".globalconfig", "is_global = true\ndotnet_diagnostic.LNK003.severity = error\n");
        ProcessResult stricter = await project.WithFile("Program.cs", Program("sixth")).Build();
        Assert.NotEqual(0, stricter.ExitCode);
        Assert.Contains("Templates/sms.txt(1,28): error LNK003", Normalized(stricter));
    }

    [Fact]
    public async Task After_templates_are_saved_only_those_are_checked_and_after_a_failed_check_all_of_them()
    {
        const string Offer = "Templates/offer.txt";
        const string OfferWarning = "Templates/offer.txt(1,28): warning LNK003";
        const string OfferError = "Templates/offer.txt(1,10): error LNK001";
        ConsumerProject project = Shop("templates-recheck-saved").WithFile(Offer, TemplatePackageTests.Sms);

        ProcessResult first = (await project.Build()).ShouldSucceed();
        Assert.Contains(SmsWarning, Normalized(first));
        Assert.Contains(OfferWarning, Normalized(first));

        // One template saved: the compiler gets that one (and the list), not the one nobody touched since it was checked.
        Touch(project, SmsTemplate);
        ProcessResult oneSaved = (await project.Build()).ShouldSucceed();
        Assert.Contains(SmsWarning, Normalized(oneSaved));
        Assert.DoesNotContain(OfferWarning, Normalized(oneSaved));
        Assert.DoesNotContain(Offer, CompilerCommandLine(oneSaved));
        Assert.Contains("LinksGenerator.Templates.txt", CompilerCommandLine(oneSaved));

        // Every template saved (a checkout, a find-and-replace over all of them): every one is checked.
        Touch(project, SmsTemplate);
        Touch(project, Offer);
        ProcessResult allSaved = (await project.Build()).ShouldSucceed();
        Assert.Contains(SmsWarning, Normalized(allSaved));
        Assert.Contains(OfferWarning, Normalized(allSaved));

        // A saved template with an error fails the build; the failed check is forgotten, so the next build (only C#
        // changed) checks every template again, and fails again until the template is fixed.
        project.WithFile(Offer, """<a href="{{trigger_link.deadDeadDead000000000}}">Old offer</a>""");
        ProcessResult broken = await project.Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains(OfferError, Normalized(broken));
        Assert.DoesNotContain(SmsWarning, Normalized(broken));

        ProcessResult allAgain = await project.WithFile("Program.cs", Program("again")).Build();
        Assert.NotEqual(0, allAgain.ExitCode);
        Assert.Contains(OfferError, Normalized(allAgain));
        Assert.Contains(SmsWarning, Normalized(allAgain));

        ProcessResult fixedBuild = (await project.WithFile(Offer, TemplatePackageTests.Sms).Build()).ShouldSucceed();
        Assert.Contains(SmsWarning, Normalized(fixedBuild));
        Assert.Contains(OfferWarning, Normalized(fixedBuild));

        ProcessResult csharpOnly = (await project.WithFile("Program.cs", Program("fixed")).Build()).ShouldSucceed();
        Assert.DoesNotContain("LNK", csharpOnly.Output);
        Assert.DoesNotContain("Templates/", CompilerCommandLine(csharpOnly));
    }

    [Fact]
    public async Task A_deleted_config_file_or_a_warning_property_on_the_command_line_checks_the_templates_again()
    {
        ConsumerProject project = Shop("templates-recheck-settings")
            .WithFile(".globalconfig", "is_global = true\ndotnet_diagnostic.LNK003.severity = none\n");
        ProcessResult silenced = (await project.Build()).ShouldSucceed();
        Assert.DoesNotContain("LNK003", silenced.Output);

        // Deleting a config file makes no file newer; the build still sees that the severities may have changed, and
        // compiles to check the templates although nothing else changed (no C# either).
        File.Delete(Path.Combine(project.Directory, ".globalconfig"));
        Assert.Contains(SmsWarning, Normalized((await project.Build()).ShouldSucceed()));

        // A property given for one build only (a global property no file holds) turns the warning into an error...
        ProcessResult strict = await project.Build("-p:TreatWarningsAsErrors=true");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("Templates/sms.txt(1,28): error LNK003", Normalized(strict));

        // ...and the next build without it checks again, though that failed build changed no input since.
        Assert.Contains(SmsWarning, Normalized((await project.Build()).ShouldSucceed()));

        // Nothing changed at all: the compile is skipped, as MSBuild skips it for C# (the warning is not repeated), and
        // the build writes nothing: not even the list of files it wrote changes.
        string fileList = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "Shop.csproj.FileListAbsolute.txt");
        string filesBefore = File.ReadAllText(fileList);
        DateTime writtenBefore = File.GetLastWriteTimeUtc(fileList);
        Assert.DoesNotContain(SmsWarning, Normalized((await project.Build()).ShouldSucceed()));
        Assert.Equal(filesBefore, File.ReadAllText(fileList));
        Assert.Equal(writtenBefore, File.GetLastWriteTimeUtc(fileList));
    }

    [Fact]
    public async Task A_template_with_an_error_fails_every_build_until_it_is_fixed()
    {
        ConsumerProject project = Shop("templates-recheck-error")
            .WithFile("Templates/offer.html", """<a href="{{trigger_link.deadDeadDead000000000}}">Old offer</a>""");
        const string Unknown = "Templates/offer.html(1,10): error LNK001";

        ProcessResult first = await project.Build();
        Assert.NotEqual(0, first.ExitCode);
        Assert.Contains(Unknown, Normalized(first));

        // A failed build records no check, so a build that changes only C# checks the templates again and fails again.
        ProcessResult again = await project.WithFile("Program.cs", Program("again")).Build();
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains(Unknown, Normalized(again));

        ProcessResult fixedBuild = (await project.WithFile("Templates/offer.html", """<a href="{{trigger_link.n4AriwEnFrGh3tu08W0U}}">Offer</a>""").Build()).ShouldSucceed();
        Assert.DoesNotContain("LNK001", fixedBuild.Output);
    }

    [Theory]
    [InlineData("-p:IsImplicitlyTriggeredBuild=true")] // Visual Studio's Start Debugging and Run Tests builds
    [InlineData("-p:RunAnalyzers=false")]
    public async Task A_build_that_skips_analyzers_records_no_check(string skipping)
    {
        ConsumerProject project = Shop("templates-recheck-skipped");
        (await project.Build()).ShouldSucceed();

        // The compiler gets the saved template but runs no analyzer: the build succeeds, and must not count as a check.
        project.WithFile("Templates/offer.html", """<a href="{{trigger_link.deadDeadDead000000000}}">Old offer</a>""");
        ProcessResult skipped = (await project.Build(skipping)).ShouldSucceed();
        Assert.DoesNotContain("LNK001", skipped.Output);

        // Nothing changed since: such builds stay up to date, however many (no change forced, no record deleted).
        for (int build = 0; build < 2; build++)
        {
            ProcessResult again = (await project.Build(skipping)).ShouldSucceed();
            Assert.True(again.CompilerCommandLine is null, "an unchanged build that skips analyzers compiled:\n" + again.Summary);
        }

        ProcessResult next = await project.Build();
        Assert.NotEqual(0, next.ExitCode);
        Assert.Contains("Templates/offer.html(1,10): error LNK001", Normalized(next));
    }

    [Theory]
    [InlineData("-p:RunAnalyzers=false")]
    [InlineData("-p:RunAnalyzersDuringBuild=false")]
    public async Task After_a_checking_build_one_that_skips_analyzers_forces_no_compile_and_the_next_checks_no_template(string skipping)
    {
        ConsumerProject project = Shop("templates-recheck-switch");
        (await project.Build()).ShouldSucceed();

        // Switching to a build without analyzers (Start Debugging, Run Tests) and back changes nothing a template is judged by.
        ProcessResult skipped = (await project.Build(skipping)).ShouldSucceed();
        Assert.True(skipped.CompilerCommandLine is null, "an unchanged build that skips analyzers compiled:\n" + skipped.Summary);
        ProcessResult back = (await project.Build()).ShouldSucceed();
        Assert.True(back.CompilerCommandLine is null || !back.CompilerCommandLine.Contains("sms.txt", StringComparison.Ordinal), "the build after checked the templates again:\n" + back.Summary);
    }

    [Fact]
    public async Task MSBuilds_own_warning_properties_and_a_rule_set_are_severities_too()
    {
        const string RuleSet = """
            <RuleSet Name="Links" ToolsVersion="16.0">
              <Rules AnalyzerId="LinksGenerator" RuleNamespace="LinksGenerator"><Rule Id="LNK003" Action="{0}" /></Rules>
            </RuleSet>
            """;
        ConsumerProject project = Shop("templates-recheck-msbuild-settings")
            .WithFile("links.ruleset", RuleSet.Replace("{0}", "Warning", StringComparison.Ordinal))
            .WithProject(properties: "<RootNamespace>Shop</RootNamespace><CodeAnalysisRuleSet>links.ruleset</CodeAnalysisRuleSet>", items: """<TriggerLinksTemplate Include="Templates/**/*" />""");
        Assert.Contains(SmsWarning, Normalized((await project.Build()).ShouldSucceed()));

        // Given for one build only, MSBuild's property makes the template's warning an error: the build checks to say so.
        ProcessResult strict = await project.Build("-p:MSBuildTreatWarningsAsErrors=true");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("Templates/sms.txt(1,28): error LNK003", Normalized(strict));
        Assert.Contains(SmsWarning, Normalized((await project.Build()).ShouldSucceed()));

        // The rule set's file changed (not the property): checked again, now as an error.
        project.WithFile("links.ruleset", RuleSet.Replace("{0}", "Error", StringComparison.Ordinal));
        ProcessResult ruleSet = await project.Build();
        Assert.NotEqual(0, ruleSet.ExitCode);
        Assert.Contains("Templates/sms.txt(1,28): error LNK003", Normalized(ruleSet));
    }

    [Fact]
    public async Task Templates_declared_late_are_checked_once_and_a_deleted_one_fails_as_in_a_clean_build()
    {
        // Declared in Directory.Build.targets (imported after the package's targets), matched by two includes, and one
        // listed by name that is later deleted.
        ConsumerProject project = Shop("templates-recheck-late")
            .WithFile("Emails/welcome.html", """<a href="{{trigger_link.n4AriwEnFrGh3tu08W0U}}">Book</a>""")
            .WithFile("Directory.Build.targets", """
                <Project>
                  <ItemGroup>
                    <TriggerLinksTemplate Include="Late/**/*.txt" />
                  </ItemGroup>
                </Project>
                """)
            .WithFile("Late/late.txt", TemplatePackageTests.Sms)
            .WithProject(
                properties: "<RootNamespace>Shop</RootNamespace>",
                items: """
                    <TriggerLinksTemplate Include="Templates/**/*;Templates/sms.txt" />
                    <TriggerLinksTemplate Include="Emails/welcome.html" />
                    """);

        ProcessResult first = (await project.Build()).ShouldSucceed();
        Assert.Contains("Late/late.txt(1,28): warning LNK003", Normalized(first));
        string commandLine = CompilerCommandLine(first);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(commandLine, "Templates/sms\\.txt"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(commandLine, "Late/late\\.txt"));

        File.Delete(Path.Combine(project.Directory, "Emails", "welcome.html"));
        foreach (ProcessResult build in new[] { await project.Build(), await project.WithFile("Program.cs", Program("again")).Build() })
        {
            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("CS2001", build.Output);
        }
    }

    [Fact]
    public async Task Templates_removed_or_swapped_in_Directory_Build_targets_are_checked_as_the_final_list_has_them()
    {
        // One removed there and one added: the list keeps its length, so only the final list itself tells them apart.
        ConsumerProject project = Shop("templates-late-swap")
            .WithFile("Drafts/draft.txt", "Soon: {{trigger_link.deadDraftLink0000001}}")
            .WithFile("Late/late.txt", TemplatePackageTests.Sms)
            .WithFile("Directory.Build.targets", """
                <Project>
                  <ItemGroup>
                    <TriggerLinksTemplate Remove="Drafts/draft.txt" />
                    <TriggerLinksTemplate Include="Late/late.txt" />
                  </ItemGroup>
                </Project>
                """)
            .WithProject(properties: "<RootNamespace>Shop</RootNamespace>", items: """<TriggerLinksTemplate Include="Templates/**/*;Drafts/*.txt" />""");

        ProcessResult swapped = (await project.Build()).ShouldSucceed();
        Assert.Contains(SmsWarning, Normalized(swapped));
        Assert.Contains("Late/late.txt(1,28): warning LNK003", Normalized(swapped));
        Assert.DoesNotContain("draft.txt", Normalized(swapped));
        Assert.DoesNotContain("draft.txt", CompilerCommandLine(swapped));

        // Every template removed there: none is checked, and the build that follows the change says nothing of them.
        project.WithFile("Directory.Build.targets", """
            <Project>
              <ItemGroup>
                <TriggerLinksTemplate Remove="@(TriggerLinksTemplate)" />
              </ItemGroup>
            </Project>
            """);
        ProcessResult none = (await project.Build()).ShouldSucceed();
        Assert.DoesNotContain("LNK0", Normalized(none));
        Assert.DoesNotContain("LinksGenerator.Templates.txt", CompilerCommandLine(none));
    }

    [Fact]
    public async Task Every_build_checks_every_template_with_TriggerLinksCheckUnchangedTemplates_and_the_IDE_always_sees_them()
    {
        ConsumerProject project = Shop("templates-recheck-always");
        (await project.Build()).ShouldSucceed();

        // The IDE's design-time build passes the templates even when a command-line build would skip them, so the editor
        // keeps its squiggles; it records no check.
        ProcessResult designTime = await ProcessRunner.Dotnet(
            project.Directory,
            feed.Environment,
            ["msbuild", project.ProjectPath, "-t:Compile", "-p:DesignTimeBuild=true", "-p:BuildingInsideVisualStudio=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-v:normal", "-nodeReuse:false"]);
        Assert.Contains(SmsTemplate, CompilerCommandLine(designTime.ShouldSucceed()));

        // Given on the command line to a project that is otherwise up to date, the setting alone makes the build compile and check.
        ProcessResult upToDate = (await project.Build("-p:TriggerLinksCheckUnchangedTemplates=true")).ShouldSucceed();
        Assert.Contains(SmsWarning, Normalized(upToDate));

        ProcessResult always = (await project.WithFile("Program.cs", Program("always")).Build("-p:TriggerLinksCheckUnchangedTemplates=true")).ShouldSucceed();
        Assert.Contains(SmsWarning, Normalized(always));

        // With nothing changed, the builds stay up to date, one after another: the setting checks what compiles, and
        // forces no compile of its own.
        for (int build = 0; build < 2; build++)
        {
            ProcessResult unchanged = (await project.Build("-p:TriggerLinksCheckUnchangedTemplates=true")).ShouldSucceed();
            Assert.True(unchanged.CompilerCommandLine is null, "an unchanged build with TriggerLinksCheckUnchangedTemplates compiled:\n" + unchanged.Summary);
        }

        // Taken away again, it is a changed setting once more (one build checks), then only C# changes skip the templates.
        Assert.Contains(SmsWarning, Normalized((await project.WithFile("Program.cs", Program("back")).Build()).ShouldSucceed()));
        ProcessResult skipped = (await project.WithFile("Program.cs", Program("skipped")).Build()).ShouldSucceed();
        Assert.DoesNotContain(SmsTemplate, CompilerCommandLine(skipped));
    }

    [Fact]
    public async Task A_template_saved_while_the_compiler_ran_is_checked_by_the_next_build()
    {
        ConsumerProject project = Shop("templates-recheck-race");
        (await project.Build()).ShouldSucceed();

        // What the race leaves: the template saved after the check began (newer than the record), before the compiler
        // wrote the assembly (older than it). Every input of the compile is older than its output then.
        string intermediate = Path.Combine(project.Directory, "obj", "Debug", "net10.0");
        DateTime checkBegan = File.GetLastWriteTimeUtc(Path.Combine(intermediate, "LinksGenerator.Templates.checked"));
        DateTime assemblyWritten = File.GetLastWriteTimeUtc(Path.Combine(intermediate, "Shop.dll"));
        Assert.True(checkBegan < assemblyWritten, $"{checkBegan:o} < {assemblyWritten:o}");
        File.SetLastWriteTimeUtc(Path.Combine(project.Directory, SmsTemplate), checkBegan + ((assemblyWritten - checkBegan) / 2));

        Assert.Contains(SmsWarning, Normalized((await project.Build()).ShouldSucceed()));
        Assert.DoesNotContain(SmsWarning, Normalized((await project.Build()).ShouldSucceed()));
    }

    [Fact]
    public async Task A_build_that_skips_unchanged_templates_keeps_those_something_else_passes_too()
    {
        // One template listed as AdditionalFiles by hand, one added by another tool's target early in the build (as the
        // Razor SDK adds views): both are theirs as much as ours, and must reach the compiler in every build.
        ConsumerProject project = Shop("templates-shared")
            .WithFile("Templates/hand.txt", TemplatePackageTests.Sms)
            .WithFile("Views/view.txt", TemplatePackageTests.Sms)
            .WithFile("Directory.Build.targets", """
                <Project>
                  <Target Name="OtherToolAddsItsFiles" BeforeTargets="BeforeBuild">
                    <ItemGroup>
                      <AdditionalFiles Include="Views/view.txt" OtherTool="true" />
                    </ItemGroup>
                  </Target>
                </Project>
                """)
            .WithProject(
                properties: "<RootNamespace>Shop</RootNamespace>",
                items: """
                    <TriggerLinksTemplate Include="Templates/**/*;Views/**/*" />
                    <AdditionalFiles Include="Templates/hand.txt" HandListed="true" />
                    """);

        ProcessResult first = (await project.Build()).ShouldSucceed();
        ProcessResult csharpOnly = (await project.WithFile("Program.cs", Program("second")).Build()).ShouldSucceed();

        foreach (string template in new[] { SmsTemplate, "Templates/hand.txt", "Views/view.txt" })
        {
            Assert.Contains(template + "(1,28): warning LNK003", Normalized(first));
            Assert.DoesNotContain(template + "(1,28): warning LNK003", Normalized(csharpOnly));
        }

        string commandLine = CompilerCommandLine(csharpOnly);
        Assert.DoesNotContain(SmsTemplate, commandLine);
        Assert.Contains("Templates/hand.txt", commandLine);
        Assert.Contains("Views/view.txt", commandLine);

        // Saved, the other tool's view is checked, and passed once: it is the other tool's item, already kept.
        Touch(project, "Views/view.txt");
        ProcessResult viewSaved = (await project.WithFile("Program.cs", Program("third")).Build()).ShouldSucceed();
        Assert.Contains("Views/view.txt(1,28): warning LNK003", Normalized(viewSaved));
        Assert.DoesNotContain(SmsWarning, Normalized(viewSaved));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(CompilerCommandLine(viewSaved), "Views/view\\.txt"));
    }

    [Fact]
    public async Task A_snapshot_put_back_with_an_older_time_is_read_by_the_next_build_and_its_templates_checked_against_it()
    {
        ConsumerProject project = Shop("snapshot-backdated");
        string snapshot = File.ReadAllText(Path.Combine(project.Directory, "links.snapshot.json"));
        (await project.Build()).ShouldSucceed();

        // A file older than the assembly, as mv of a backup, cp -p, rsync -a or tar x leave it: MSBuild's times alone
        // would skip the compile and keep the TriggerLinks of the file it replaced.
        PutBack(project, snapshot.Replace("\"name\": \"first tag\"", "\"name\": \"first link\""));
        ProcessResult renamed = await project.Build();
        Assert.NotEqual(0, renamed.ExitCode);
        Assert.Contains("error CS0117: 'TriggerLinks' does not contain a definition for 'FirstTag'", renamed.Output);

        PutBack(project, snapshot);
        (await project.Build()).ShouldSucceed();
        Assert.Contains("first {{trigger_link.n4AriwEnFrGh3tu08W0U}}", (await project.RunBuilt()).ShouldSucceed().Output);

        // Every template is judged by the snapshot: one put back with another id for the link is checked against.
        PutBack(project, snapshot.Replace("n4AriwEnFrGh3tu08W0U", "n4AriwEnFrGh3tu08W0X"));
        ProcessResult otherId = await project.Build();
        Assert.NotEqual(0, otherId.ExitCode);
        Assert.Contains("Templates/sms.txt(2,5): error LNK001", Normalized(otherId));
    }

    /// <summary>Replaces the project's snapshot with <paramref name="text"/>, dated an hour back.</summary>
    private static void PutBack(ConsumerProject project, string text)
    {
        string path = Path.Combine(project.Directory, "links.snapshot.json");
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
    }

    private ConsumerProject Shop(string name) =>
        new ConsumerProject(feed, feed.NewWorkspace(name), "Shop", "Shop")
            .WithFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithFile(SmsTemplate, TemplatePackageTests.Sms)
            .WithFile("Program.cs", Program("first"))
            .WithProject(properties: "<RootNamespace>Shop</RootNamespace>", items: """<TriggerLinksTemplate Include="Templates/**/*" />""");

    private static string Program(string words) =>
        "namespace Shop { public static class Program { public static void Main() => System.Console.WriteLine(\"" + words + " \" + TriggerLinks.FirstTag); } }";

    /// <summary>Saves the file again, unchanged: a newer time than any build so far.</summary>
    private static void Touch(ConsumerProject project, string relativePath) =>
        File.SetLastWriteTimeUtc(Path.Combine(project.Directory, relativePath), DateTime.UtcNow);

    private static string Normalized(ProcessResult build) => build.Output.Replace('\\', '/');

    /// <summary>The compiler's command line, with forward slashes; fails when the compiler did not run.</summary>
    private static string CompilerCommandLine(ProcessResult build) =>
        build.CompilerCommandLine?.Replace('\\', '/') ?? throw new Xunit.Sdk.XunitException("the compiler did not run:\n" + build.Summary);
}
