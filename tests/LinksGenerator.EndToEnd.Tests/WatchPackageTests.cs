using System;
using System.IO;
using System.Threading.Tasks;
using LinksGenerator.EndToEnd.Tests.Infrastructure;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests;

/// <summary>
/// dotnet watch builds again when the snapshot or a template changes (README, "Configuration"): the package names them to
/// it as files to watch, so a pull that deletes a link in use breaks the build being watched, as a saved C# file would.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class WatchPackageTests(PackageFeed feed)
{
    [Fact]
    public async Task Dotnet_watch_watches_the_snapshot_above_the_project_and_every_template_as_finally_declared()
    {
        string workspace = feed.NewWorkspace("watch");
        ConsumerProject project = new ConsumerProject(feed, workspace, "App", "App")
            .WithWorkspaceFile("links.snapshot.json", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "links.snapshot.json")))
            .WithFile("Templates/welcome.html", TemplatePackageTests.Welcome)
            .WithFile("Templates/sms.txt", TemplatePackageTests.Sms)
            .WithFile("Late/offer.txt", "Book: {{trigger_link.n4AriwEnFrGh3tu08W0U}}")
            // A template declared after the package's targets were read: the list as it finally is counts.
            .WithFile("Directory.Build.targets", """<Project><ItemGroup><TriggerLinksTemplate Include="Late/*.txt" /></ItemGroup></Project>""")
            .WithFile("Program.cs", "namespace App { public static class Program { public static void Main() => System.Console.WriteLine(TriggerLinks.FirstTag); } }")
            .WithProject(items: """<TriggerLinksTemplate Include="Templates/*" />""");

        ProcessResult list = (await ProcessRunner.Dotnet(project.Directory, feed.Environment, "watch", "--list", "--non-interactive")).ShouldSucceed();

        string[] watched = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string expected in new[] { "../links.snapshot.json", "Templates/welcome.html", "Templates/sms.txt", "Late/offer.txt", "Program.cs" })
        {
            Assert.Contains(Path.GetFullPath(Path.Combine(project.Directory, expected)), watched);
        }

        Assert.Single(watched, path => path.EndsWith("links.snapshot.json", StringComparison.Ordinal));
    }
}
