using System.Threading.Tasks;
using LinksGenerator.EndToEnd.Tests.Infrastructure;
using LinksGenerator.Testing;

namespace LinksGenerator.EndToEnd.Tests;

/// <summary>
/// Many locations through the packed package: an agency's code picks a location at run time with ForLocation, a link only
/// some locations have is LNK104, and a hard-coded field of any location is known to the analyzer.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AgencyPackageTests(PackageFeed feed)
{
    private const string Program = """
        using System;

        namespace Agency
        {
            public static class Program
            {
                public static void Main(string[] args)
                {
                    foreach (TriggerLinks.Location location in TriggerLinks.Locations)
                    {
                        Console.WriteLine($"{location.Name} {location.LocationId} {location.BookACall}");
                    }

                    Console.WriteLine("picked " + TriggerLinks.ForLocation("LOC2").BookACall);
                    Console.WriteLine("downtown only " + TriggerLinks.Downtown.Parking);
                    Console.WriteLine("unknown " + TriggerLinks.TryGetLocation("nope", out _));
                    try
                    {
                        TriggerLinks.ForLocation("nope");
                    }
                    catch (ArgumentException e)
                    {
                        Console.WriteLine(e.Message);
                    }
                }
            }
        }
        """;

    [Fact]
    public async Task An_agency_picks_a_location_at_run_time_and_a_link_some_locations_lack_is_LNK104()
    {
        var project = new ConsumerProject(feed, feed.NewWorkspace("agency"), "Agency", "Agency")
            .WithFile("links.snapshot.json", Snapshot)
            .WithFile("Program.cs", Program)
            .WithFile("links.globalconfig", "is_global = true\ndotnet_diagnostic.LNK104.severity = warning\n")
            .WithProject(properties: "<RootNamespace>Agency</RootNamespace><Nullable>enable</Nullable>", items: "<GlobalAnalyzerConfigFiles Include=\"links.globalconfig\" />");

        ProcessResult build = (await project.Build()).ShouldSucceed();
        string output = (await project.RunBuilt()).ShouldSucceed().Output;

        // LNK104 is info (an IDE message); the global config the rule page recommends makes it a build warning here.
        Assert.Contains("links.snapshot.json(6,29): warning LNK104: TriggerLinks.Location has no Parking: the member is in Downtown but not in Uptown", build.Output);
        Assert.Contains("Downtown LOC1 {{trigger_link.d1}}", output);
        Assert.Contains("Uptown LOC2 {{trigger_link.u1}}", output);
        Assert.Contains("picked {{trigger_link.u1}}", output);
        Assert.Contains("downtown only {{trigger_link.d2}}", output);
        Assert.Contains("unknown False", output);
        Assert.Contains("'nope' is not a location of the trigger-link snapshot, which has LOC1 (Downtown), LOC2 (Uptown)", output);
    }

    [Fact]
    public async Task Hard_coded_fields_are_judged_against_every_location()
    {
        var project = new ConsumerProject(feed, feed.NewWorkspace("agency-analyzer"), "Agency", "Agency")
            .WithFile("links.snapshot.json", Snapshot)
            .WithFile("Program.cs", """
                namespace Agency
                {
                    public static class Program
                    {
                        public const string Known = "Book: {{trigger_link.u1}}";
                        public const string Unknown = "Book: {{trigger_link.zz}}";
                        public static void Main() { }
                    }
                }
                """)
            .WithFile(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.LNK002.severity = warning\n")
            .WithProject(properties: "<RootNamespace>Agency</RootNamespace>");

        ProcessResult build = await project.Build();

        Assert.Contains("Program.cs(5,44): warning LNK002: Use TriggerLinks.Uptown.BookACall instead of the hard-coded merge field '{{trigger_link.u1}}'", build.Output);
        Assert.Contains("Program.cs(6,46): error LNK001: The trigger link 'zz' is not in the snapshot of location Downtown (LOC1) or Uptown (LOC2)", build.Output);
    }

    private const string Snapshot = """
        {
          "schemaVersion": 2,
          "locations": [
            { "name": "Downtown", "locationId": "LOC1", "links": [
              { "id": "d1", "name": "Book a call", "redirectTo": "https://d/book", "fieldKey": "{{trigger_link.d1}}" },
              { "id": "d2", "name": "Parking", "fieldKey": "{{trigger_link.d2}}" }
            ] },
            { "name": "Uptown", "locationId": "LOC2", "links": [
              { "id": "u1", "name": "Book a call", "redirectTo": "https://u/book", "fieldKey": "{{trigger_link.u1}}" }
            ] }
          ]
        }
        """;
}
