using System.IO;
using System.Threading.Tasks;
using LinksGenerator.EndToEnd.Tests.Infrastructure;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests;

/// <summary>
/// Renamed and deleted links through the packed package: a renamed member still builds with CS0618 naming the new one,
/// a deleted member is CS0619 saying so, a hard-coded deleted field is LNK004, and the CS0618 fix keeps the output.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LifecyclePackageTests(PackageFeed feed)
{
    private const string Snapshot = """
        {
          "schemaVersion": 2,
          "locationId": "ve9EPM428h8vShlRW1KT",
          "links": [
            {
              "id": "n4AriwEnFrGh3tu08W0U",
              "name": "First tag (spring)",
              "redirectTo": "https://www.google.com/",
              "fieldKey": "{{trigger_link.n4AriwEnFrGh3tu08W0U}}",
              "formerNames": ["first tag"]
            }
          ],
          "deletedLinks": [
            {
              "id": "zz9LastByIdLink00001",
              "name": "Zebra offer",
              "redirectTo": "https://example.com/z",
              "fieldKey": "{{trigger_link.zz9LastByIdLink00001}}"
            }
          ]
        }
        """;

    private const string UsesRenamed = """
        namespace Shop
        {
            public static class Program
            {
                public static void Main()
                {
                    System.Console.WriteLine("[" + TriggerLinks.FirstTag + "]");
                    System.Console.WriteLine($"[Hi: {TriggerLinks.FirstTag}]");
                }
            }
        }
        """;

    [Fact]
    public async Task A_renamed_member_still_builds_with_CS0618_naming_the_new_member()
    {
        ConsumerProject project = Shop("renamed").WithFile("Program.cs", UsesRenamed);

        ProcessResult build = (await project.Build()).ShouldSucceed();

        Assert.Contains("Program.cs(7,44): warning CS0618: 'TriggerLinks.FirstTag' is obsolete: 'The trigger link 'first tag' was renamed to 'First tag (spring)' in HighLevel: use TriggerLinks.FirstTagSpring'", build.Output);
        Assert.Contains("[{{trigger_link.n4AriwEnFrGh3tu08W0U}}]", (await project.RunBuilt()).ShouldSucceed().Output);
    }

    [Fact]
    public async Task A_deleted_member_fails_with_CS0619_saying_deleted_and_a_hard_coded_field_with_LNK004()
    {
        ConsumerProject project = Shop("deleted").WithFile("Program.cs", """
            namespace Shop
            {
                public static class Program
                {
                    public static string Offer => TriggerLinks.ZebraOffer;
                    public const string HardCoded = "Last chance: {{trigger_link.zz9LastByIdLink00001}}";
                    public static void Main() { }
                }
            }
            """);

        ProcessResult build = await project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Program.cs(5,39): error CS0619: 'TriggerLinks.ZebraOffer' is obsolete: 'The trigger link 'Zebra offer' (zz9LastByIdLink00001) was deleted from HighLevel", build.Output);
        Assert.Contains("Program.cs(6,55): error LNK004: The trigger link 'Zebra offer' (zz9LastByIdLink00001) was deleted from HighLevel: the customer would get a dead link", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
    }

    /// <summary>The renamed link's uses, after another obsolete member's: dotnet format asks for a fix on the first CS0618 only.</summary>
    private const string UsesRenamedAfterOtherObsolete = """
        namespace Shop
        {
            public static class Legacy
            {
                [System.Obsolete("use New")] public const string Old = "legacy";
            }

            public static class Program
            {
                public static void Main()
                {
                    System.Console.WriteLine(Legacy.Old);
                    System.Console.WriteLine("[" + TriggerLinks.FirstTag + "]");
                    System.Console.WriteLine($"[Hi: {TriggerLinks.FirstTag}]");
                }
            }
        }
        """;

    [Fact]
    public async Task The_CS0618_fix_rewrites_every_use_with_dotnet_format_and_the_output_stays_the_same()
    {
        ConsumerProject project = Shop("fix").WithFile("Program.cs", UsesRenamedAfterOtherObsolete);
        (await project.Build()).ShouldSucceed();
        string before = (await project.RunBuilt()).ShouldSucceed().Output;

        (await ProcessRunner.Dotnet(project.Directory, feed.Environment, "format", "analyzers", project.ProjectPath, "--diagnostics", "CS0618", "--severity", "warn", "--no-restore")).ShouldSucceed();

        string fixedSource = File.ReadAllText(Path.Combine(project.Directory, "Program.cs"));
        Assert.Contains("\"[\" + TriggerLinks.FirstTagSpring + \"]\"", fixedSource);
        Assert.Contains("$\"[Hi: {TriggerLinks.FirstTagSpring}]\"", fixedSource);
        ProcessResult rebuilt = (await project.Build()).ShouldSucceed();
        Assert.DoesNotContain("TriggerLinks.FirstTag' is obsolete", rebuilt.Output);
        Assert.Contains("'Legacy.Old' is obsolete", rebuilt.Output); // someone else's obsolete member is left alone
        Assert.Equal(before, (await project.RunBuilt()).ShouldSucceed().Output);
    }

    private ConsumerProject Shop(string name) =>
        new ConsumerProject(feed, feed.NewWorkspace(name), "Shop", "Shop")
            .WithFile("links.snapshot.json", Snapshot)
            .WithProject(properties: "<RootNamespace>Shop</RootNamespace>");
}
