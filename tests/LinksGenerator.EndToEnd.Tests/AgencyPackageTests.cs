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

    [Fact]
    public async Task A_template_for_one_location_is_judged_by_its_links_and_an_unknown_Location_is_LNK010()
    {
        // Every template taken once without a Location; Downtown's and Uptown's then given theirs by a second Include and
        // by Update, as docs/templates.md shows; a name with ';' and a space to be listed as the build lists paths.
        var project = new ConsumerProject(feed, feed.NewWorkspace("agency-templates"), "Agency", "Agency")
            .WithFile("links.snapshot.json", Snapshot)
            .WithFile("Program.cs", "namespace Agency { public static class Program { public static void Main() { } } }\n")
            .WithFile("Templates/Downtown/welcome.html", "<a href=\"{{trigger_link.d1}}\">Book</a>\n<a href=\"{{trigger_link.u1}}\">Book</a>\n")
            .WithFile("Templates/Downtown/odd;name x.html", "{{trigger_link.u1}}\n")
            .WithFile("Templates/Uptown/sms.txt", "Book: {{trigger_link.u1}} or {{trigger_link.d1}}\n")
            .WithFile("Templates/Shared/footer.html", "{{trigger_link.d2}} {{trigger_link.u1}}\n")
            .WithFile("Templates/Typo/promo.html", "{{trigger_link.u1}}\n")
            .WithProject(
                properties: "<RootNamespace>Agency</RootNamespace>",
                items: """
                    <TriggerLinksTemplate Include="Templates/**/*.html;Templates/**/*.txt" />
                    <TriggerLinksTemplate Include="Templates/Downtown/*.html" Location="Downtown" />
                    <TriggerLinksTemplate Update="Templates/Uptown/*.txt" Location="Uptown" />
                    <TriggerLinksTemplate Update="Templates/Typo/*.html" Location="Dowtown" />
                    """);

        ProcessResult build = await project.Build();

        string output = build.Output.Replace('\\', '/');
        const string Uptowns = "error LNK001: The trigger link 'u1' is not in the snapshot of location Downtown (LOC1); it is 'Book a call' of Uptown: the customer would get a dead link";
        int once = Occurrences(
            output,
            "Templates/Typo/promo.html(1,1): error LNK010: This template is listed for the location 'Dowtown' (the Location of its TriggerLinksTemplate item), which the snapshot does not have, " +
            "so its fields are judged against every location: set it to one of Downtown (LOC1), Uptown (LOC2)");
        Assert.True(once > 0, output);
        Assert.Equal(once, Occurrences(output, "Templates/Downtown/welcome.html(2,10): " + Uptowns)); // once, although two items list it
        Assert.Equal(once, Occurrences(output, "Templates/Downtown/odd;name x.html(1,1): " + Uptowns));
        Assert.Equal(once, Occurrences(output, "Templates/Uptown/sms.txt(1,30): error LNK001: The trigger link 'd1' is not in the snapshot of location Uptown (LOC2); it is 'Book a call' of Downtown"));
        Assert.DoesNotContain("welcome.html(1,", output);
        Assert.DoesNotContain("sms.txt(1,7)", output);
        Assert.DoesNotContain("footer.html(", output);
        Assert.Contains("    4 Error(s)", output);
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", System.StringComparison.Ordinal).Length) / part.Length;

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
