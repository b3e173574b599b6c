using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using LinksGenerator.Catalog;
using LinksGenerator.Rules;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Generator;

/// <summary>Many locations (docs/generated-code.md, "Many locations"): a class per location, and the lookup for code that serves them all.</summary>
public class AgencyOutputTests
{
    [Fact]
    public void Each_location_is_a_nested_class_with_its_own_members()
    {
        GeneratorRun run = GeneratorHarness.Run(AgencySnapshot.Json, "Acme.Messaging");

        string source = run.GeneratedSource!;
        Assert.Contains("public static partial class Downtown\n        {\n            /// <summary>The HighLevel location (sub-account) these links belong to.</summary>\n            public const string LocationId = \"LOC1\";", source, StringComparison.Ordinal);
        Assert.Contains("            public const string BookACall = \"{{trigger_link.d1}}\";", source, StringComparison.Ordinal);
        Assert.Contains("[global::System.Obsolete(\"The trigger link 'Call us' was renamed to 'Book a call' in HighLevel: use TriggerLinks.Downtown.BookACall\")]", source, StringComparison.Ordinal);
        Assert.Contains("            public const string SpringSale = \"{{trigger_link.d9}}\";", source, StringComparison.Ordinal);
        Assert.Contains("public static partial class Uptown", source, StringComparison.Ordinal);
        Assert.Contains("new Location(\"Downtown\", Downtown.LocationId, Downtown.BookACall),\n                new Location(\"Uptown\", Uptown.LocationId, Uptown.BookACall),", source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void ForLocation_finds_each_location_and_an_unknown_id_lists_the_known_ones()
    {
        Type triggerLinks = Load(AgencySnapshot.Json);
        Type location = triggerLinks.GetNestedType("Location")!;
        MethodInfo forLocation = triggerLinks.GetMethod("ForLocation")!;

        object uptown = forLocation.Invoke(null, ["LOC2"])!;
        Assert.Equal("Uptown", location.GetProperty("Name")!.GetValue(uptown));
        Assert.Equal("{{trigger_link.u1}}", location.GetProperty("BookACall")!.GetValue(uptown));
        Assert.Equal("Uptown", uptown.ToString());
        Assert.Null(location.GetProperty("Parking"));

        var unknown = Assert.Throws<TargetInvocationException>(() => forLocation.Invoke(null, ["LOC9"])).InnerException;
        Assert.Equal("'LOC9' is not a location of the trigger-link snapshot, which has LOC1 (Downtown), LOC2 (Uptown) (Parameter 'locationId')", Assert.IsType<ArgumentException>(unknown).Message);
        Assert.IsType<ArgumentNullException>(Assert.Throws<TargetInvocationException>(() => forLocation.Invoke(null, [null])).InnerException);
    }

    [Fact]
    public void TryGetLocation_and_Locations_in_name_order()
    {
        Type triggerLinks = Load(AgencySnapshot.Json);
        MethodInfo tryGet = triggerLinks.GetMethod("TryGetLocation")!;

        object?[] found = ["LOC1", null];
        object?[] missing = ["nope", null];
        object?[] nothing = [null, null];
        Assert.True((bool)tryGet.Invoke(null, found)!);
        Assert.Equal("Downtown", found[1]!.ToString());
        Assert.False((bool)tryGet.Invoke(null, missing)!);
        Assert.Null(missing[1]);
        Assert.False((bool)tryGet.Invoke(null, nothing)!);
        var locations = (System.Collections.IEnumerable)triggerLinks.GetProperty("Locations")!.GetValue(null)!;
        Assert.Equal(["Downtown", "Uptown"], locations.Cast<object>().Select(l => l.ToString()));
    }

    [Fact]
    public void Lookups_allocate_nothing_after_start_up()
    {
        Type triggerLinks = Load(AgencySnapshot.Json);
        var forLocation = triggerLinks.GetMethod("ForLocation")!.CreateDelegate<Func<string, object>>();
        forLocation("LOC1"); // start-up: static initialization

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            forLocation(i % 2 == 0 ? "LOC1" : "LOC2");
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void The_class_compiles_without_a_warning_in_every_language_version(LanguageVersion version)
    {
        const string Use = """
            #nullable enable
            namespace Consumer
            {
                /// <summary>Code that serves every location.</summary>
                public static class Use
                {
                    /// <summary>A location's booking link.</summary>
                    public static string Pick(string id) => TriggerLinks.TryGetLocation(id, out var location) ? location.BookACall : TriggerLinks.ForLocation("LOC1").BookACall;
                }
            }
            """;
        string[] sources = version >= LanguageVersion.CSharp8 ? [Use] : ["namespace Consumer { class Placeholder { } }"];

        GeneratorRun run = GeneratorHarness.Run(AgencySnapshot.Json, sources: sources, languageVersion: version);

        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS0618").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + run.GeneratedSource);
    }

    [Fact]
    public void The_class_binds_the_same_beside_a_type_named_var_and_a_method_named_nameof()
    {
        // Both are legal C# (var draws a warning); generated code that used var or nameof would bind to them instead.
        const string Odd = """
            #pragma warning disable CS8981
            class var { }
            static partial class TriggerLinks
            {
                static int nameof(object value) => 0;
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(AgencySnapshot.Json, sources: [Odd]);

        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors) + Environment.NewLine + run.GeneratedSource);
    }

    [Fact]
    public void A_member_some_locations_lack_is_LNK104_in_the_snapshot_and_not_on_Location()
    {
        GeneratorRun run = GeneratorHarness.Run(AgencySnapshot.Json);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == TriggerLinkRules.MemberNotInEveryLocation.Id);
        Assert.Equal("TriggerLinks.Location has no Parking: the member is in Downtown but not in Uptown", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.SnapshotPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void LNK102_in_a_location_names_the_member_the_way_code_reaches_it()
    {
        const string Snapshot = """
            {"schemaVersion":2,"locations":[
              {"name":"Downtown","locationId":"LOC1","links":[{"id":"d1","name":"Name"}]},
              {"name":"Uptown","locationId":"LOC2","links":[{"id":"u1","name":"Name"}]}]}
            """;

        GeneratorRun run = GeneratorHarness.Run(Snapshot);

        Assert.Equal(
            ["The trigger link 'Name' (d1) is generated as TriggerLinks.Downtown.Name_d1 because 'Name' is a name TriggerLinks.Downtown already uses",
             "The trigger link 'Name' (u1) is generated as TriggerLinks.Uptown.Name_u1 because 'Name' is a name TriggerLinks.Uptown already uses"],
            run.Diagnostics.Where(d => d.Id == TriggerLinkRules.MemberRenamed.Id).Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
        Assert.Contains("public const string Name_d1 = ", run.GeneratedSource, StringComparison.Ordinal);
        Assert.Empty(run.CompilationErrors);
    }

    private const string ChangedInSomeLocations = AgencySnapshot.ChangedInSomeLocations;

    [Fact]
    public void LNK104_says_a_member_kept_on_Location_is_obsolete_there_rather_than_missing()
    {
        GeneratorRun run = GeneratorHarness.Run(ChangedInSomeLocations);

        Assert.Equal(
            ["TriggerLinks.Location has no BookAVisit: the member is in Midtown, Uptown but not in Downtown",
             "TriggerLinks.Location.BookACall is obsolete (CS0618): the member is in Downtown but not in Midtown, Uptown",
             "TriggerLinks.Location.Review is an error to use (CS0619): the member is in Downtown, Midtown but not in Uptown"],
            run.Diagnostics.Where(d => d.Id == TriggerLinkRules.MemberNotInEveryLocation.Id).Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
        Type location = Load(ChangedInSomeLocations).GetNestedType("Location")!;
        Assert.Null(location.GetProperty("BookAVisit"));
        Assert.NotNull(location.GetProperty("BookACall"));
        Assert.NotNull(location.GetProperty("Review"));
    }

    [Fact]
    public void A_shared_link_renamed_or_deleted_in_some_locations_keeps_its_Location_member_with_a_reason_not_CS1061()
    {
        const string Use = """
            namespace Consumer
            {
                /// <summary>Code written while every location had both links.</summary>
                public static class Use
                {
                    /// <summary>The booking link.</summary>
                    public static string Book(string id) => TriggerLinks.ForLocation(id).BookACall;

                    /// <summary>The review link.</summary>
                    public static string Review(string id) => TriggerLinks.ForLocation(id).Review;
                }
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(ChangedInSomeLocations, sources: [Use]);

        var diagnostics = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(
            ["CS0618: 'TriggerLinks.Location.BookACall' is obsolete: 'The trigger link behind TriggerLinks.Location.BookACall was renamed in HighLevel in Midtown, Uptown, " +
             "so the locations no longer share its name: this property still gives each location's link. For code that picks the location at run time, " +
             "give the link one name in every location in HighLevel and pull again; else use each location's own member, such as TriggerLinks.Midtown.BookAVisit'",
             "CS0619: 'TriggerLinks.Location.Review' is obsolete: 'The trigger link behind TriggerLinks.Location.Review was deleted from HighLevel in Uptown: " +
             "a message using it there would send a dead link. Use another link, or TriggerLinks.<Location>.Review where it still exists'"],
            diagnostics);

        // Nothing obsolete is used by the generated code itself, in any language version.
        GeneratorRun alone = GeneratorHarness.Run(ChangedInSomeLocations, languageVersion: LanguageVersion.CSharp7_3);
        Assert.Empty(alone.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        // The renamed member still gives each location its own link (read by reflection: the compiler warns on every use).
        Type triggerLinks = Load(ChangedInSomeLocations);
        var forLocation = triggerLinks.GetMethod("ForLocation")!;
        var bookACall = triggerLinks.GetNestedType("Location")!.GetProperty("BookACall")!;
        Assert.Equal(
            ["{{trigger_link.d1}}", "{{trigger_link.u1}}", "{{trigger_link.m1}}"],
            ((string[])["LOC1", "LOC2", "LOC3"]).Select(id => bookACall.GetValue(forLocation.Invoke(null, [id]))));
    }

    [Theory]
    [InlineData( // a live FormerBookNow beside a BookNow renamed in Downtown only, whose values Location keeps in a field
        """{"id":"a1","name":"Former Book Now"},{"id":"a2","name":"Book a Call","formerNames":["Book Now"]}""",
        """{"id":"b1","name":"Former Book Now"},{"id":"b2","name":"Book Now"}""")]
    [InlineData( // the dotted capital I and I: two members, one spelling once lower-cased
        """{"id":"a1","name":"\u0130tem"},{"id":"a2","name":"Item"}""",
        """{"id":"b1","name":"\u0130tem"},{"id":"b2","name":"Item"}""")]
    [InlineData( // the Kelvin sign composes to K: one name, both links suffixed, nothing shared
        """{"id":"a1","name":"\u212Aelvin"},{"id":"a2","name":"Kelvin"},{"id":"a3","name":"Shared"}""",
        """{"id":"b1","name":"\u212Aelvin"},{"id":"b2","name":"Kelvin"},{"id":"b3","name":"Shared"}""")]
    [InlineData( // capital and small sharp s
        """{"id":"a1","name":"\u1E9E x"},{"id":"a2","name":"\u00DF x"}""",
        """{"id":"b1","name":"\u1E9E x"},{"id":"b2","name":"\u00DF x"}""")]
    public void Location_compiles_whatever_its_members_are_called_and_each_property_reads_its_own_link(string downtown, string uptown)
    {
        string snapshot = $$"""
            {"schemaVersion":2,"locations":[
              {"name":"Downtown","locationId":"LOC1","links":[{{downtown}}]},
              {"name":"Uptown","locationId":"LOC2","links":[{{uptown}}]}]}
            """;

        GeneratorRun run = GeneratorHarness.Run(snapshot, languageVersion: LanguageVersion.CSharp7_3);

        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + run.GeneratedSource);

        // The constructor's arguments land in the right properties: each reads the same-named constant of its location.
        Type triggerLinks = Load(snapshot);
        Type location = triggerLinks.GetNestedType("Location")!;
        var properties = location.GetProperties().Where(p => p.Name is not ("Name" or "LocationId")).ToList();
        Assert.True(properties.Count >= 1, run.GeneratedSource);
        foreach (string name in new[] { "Downtown", "Uptown" })
        {
            object instance = triggerLinks.GetMethod("ForLocation")!.Invoke(null, [name == "Downtown" ? "LOC1" : "LOC2"])!;
            foreach (var property in properties)
            {
                var constant = triggerLinks.GetNestedType(name)!.GetField(property.Name);
                Assert.True(constant is not null, $"{name} has no {property.Name}");
                Assert.Equal(constant.GetRawConstantValue(), property.GetValue(instance));
            }
        }
    }

    [Fact]
    public void A_shared_link_renamed_alike_everywhere_points_at_its_new_Location_member()
    {
        const string Snapshot = """
            {"schemaVersion":2,"locations":[
              {"name":"Downtown","locationId":"LOC1","links":[{"id":"d1","name":"Book a visit","formerNames":["Book a call"]}]},
              {"name":"Uptown","locationId":"LOC2","links":[{"id":"u1","name":"Book a visit","formerNames":["Book a call"]}]}]}
            """;

        GeneratorRun run = GeneratorHarness.Run(Snapshot, sources: ["namespace Consumer { /// <summary>Use.</summary>\n public static class Use { /// <summary>Book.</summary>\n public static string Book(string id) => TriggerLinks.ForLocation(id).BookACall; } }"]);

        Diagnostic obsolete = Assert.Single(run.OutputCompilation.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(
            "'TriggerLinks.Location.BookACall' is obsolete: 'The trigger link behind TriggerLinks.Location.BookACall was renamed in HighLevel in every location: use TriggerLinks.Location.BookAVisit'",
            obsolete.GetMessage(CultureInfo.InvariantCulture));

        // The alias reads the property it names (which is what lets the CS0618 fix rewrite it), with no field of its own.
        Assert.Contains("public string BookACall => this.BookAVisit;", run.GeneratedSource, StringComparison.Ordinal);
        Assert.DoesNotContain("formerBookACall", run.GeneratedSource, StringComparison.Ordinal);
        Type triggerLinks = Load(Snapshot);
        var bookACall = triggerLinks.GetNestedType("Location")!.GetProperty("BookACall")!;
        Assert.Equal(
            ["{{trigger_link.d1}}", "{{trigger_link.u1}}"],
            ((string[])["LOC1", "LOC2"]).Select(id => bookACall.GetValue(triggerLinks.GetMethod("ForLocation")!.Invoke(null, [id]))));
    }

    [Fact]
    public void A_shared_link_deleted_in_every_location_sends_no_one_to_the_locations_own_members()
    {
        // Each location's own member is an error too: "where it still exists" would point nowhere.
        const string Snapshot = """
            {"schemaVersion":2,"locations":[
              {"name":"Downtown","locationId":"LOC1","links":[],"deletedLinks":[{"id":"d1","name":"Old promo"}]},
              {"name":"Uptown","locationId":"LOC2","links":[],"deletedLinks":[{"id":"u1","name":"Old promo"}]}]}
            """;

        GeneratorRun run = GeneratorHarness.Run(Snapshot, sources: ["namespace Consumer { /// <summary>Use.</summary>\n public static class Use { /// <summary>Promo.</summary>\n public static string Promo(string id) => TriggerLinks.ForLocation(id).OldPromo; } }"]);

        Diagnostic error = Assert.Single(run.OutputCompilation.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(
            "'TriggerLinks.Location.OldPromo' is obsolete: 'The trigger link behind TriggerLinks.Location.OldPromo was deleted from HighLevel in every location: " +
            "a message using it there would send a dead link. Use another link, or remove this use'",
            error.GetMessage(CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, string> BadLocations => new()
    {
        { """[{"name":"Down town","locationId":"A","links":[]},{"name":"DownTown","locationId":"B","links":[]}]""", "the location names 'Down town' and 'DownTown' both make TriggerLinks.DownTown: rename one of them" },
        { """[{"name":"Down town","locationId":"A","links":[]},{"name":"DownTown","locationId":"B","links":[]},{"name":"Down-Town","locationId":"C","links":[]}]""", "the location names 'Down town', 'Down-Town' and 'DownTown' all make TriggerLinks.DownTown: rename all but one of them" },
        { """[{"name":"!!!","locationId":"A","links":[]}]""", "the location name '!!!' has no letter or digit, so it makes no class name: rename it" },
        { """[{"name":"\u3164","locationId":"A","links":[]}]""", "the location name '\\u3164' has no letter or digit, so it makes no class name: rename it" }, // a Hangul filler is blank
        { """[{"name":"location","locationId":"A","links":[]}]""", "the location name 'location' would make TriggerLinks.Location, a name TriggerLinks already uses: rename it" },
        { """[{"name":"for location","locationId":"A","links":[]}]""", "the location name 'for location' would make TriggerLinks.ForLocation, a name TriggerLinks already uses: rename it" },
        { """[{"name":"All","locationId":"A","links":[]}]""", "the location name 'All' would make TriggerLinks.All, a class whose own All member would have its name: rename it" },
        { """[{"name":"location id","locationId":"A","links":[]}]""", "the location name 'location id' would make TriggerLinks.LocationId, a class whose own LocationId member would have its name: rename it" },
        { """[{"locationId":"A","links":[]}]""", "a location has no \"name\": give each location a name, which becomes its class in TriggerLinks" },
        { """[{"name":"Downtown","links":[]}]""", "the location 'Downtown' has no valid \"locationId\" (ASCII letters, digits, '_' and '-', at most 100 characters)" },
        { """[{"name":"Downtown","locationId":"A","links":[]},{"name":"Uptown","locationId":"A","links":[]}]""", "the locations 'Downtown' and 'Uptown' have the same locationId 'A': keep one" },
        { """[]""", "\"locations\" is empty: add a location with 'ghl-links pull --location NAME=LOCATION_ID'" },
        { """[{"name":"Downtown","locationId":"A","links":[{"id":"x1","name":"Book"}]},{"name":"Uptown","locationId":"B","links":[],"deletedLinks":[{"id":"x1","name":"Old"}]}]""",
          "the link id 'x1' is in both 'Downtown' and 'Uptown', but a HighLevel link belongs to one location: keep it in the location it belongs to, and pull that location again" },
    };

    [Theory]
    [MemberData(nameof(BadLocations))]
    public void A_location_that_cannot_be_generated_is_LNK100_asking_to_rename_or_fix(string locations, string message)
    {
        GeneratorRun run = GeneratorHarness.Run("{\"schemaVersion\":2,\"locations\":" + locations + "}");

        Assert.Contains(run.Diagnostics, d => d.Id == TriggerLinkRules.SnapshotUnreadable.Id && d.GetMessage(CultureInfo.InvariantCulture) == "The trigger-link snapshot cannot be read: " + message);
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void Links_inside_a_location_take_no_name_the_location_class_or_Location_needs()
    {
        LinkCatalog catalog = LinkCatalogReader.Read("""
            {"schemaVersion":2,"locations":[{"name":"Downtown","locationId":"L1","links":[
              {"id":"a","name":"Downtown"},{"id":"b","name":"name"},{"id":"c","name":"location"},{"id":"d","name":"location id"},{"id":"e","name":"all"}]}]}
            """);

        Assert.Equal(["All_e", "Downtown_a", "LocationId_d", "Location_c", "Name_b"], Assert.Single(catalog.Locations).Links.Select(l => l.MemberName));
        Assert.Empty(GeneratorHarness.Run(LinkCatalogReaderText(catalog)).CompilationErrors);
    }

    [Fact]
    public void Hostile_location_names_stay_out_of_the_code()
    {
        const string Hostile = "Evil\\\"); } public class Injected { //";
        GeneratorRun run = GeneratorHarness.Run("{\"schemaVersion\":2,\"locations\":[{\"name\":\"" + Hostile + "\",\"locationId\":\"L1\",\"links\":[{\"id\":\"a\",\"name\":\"A\"}]}]}", languageVersion: LanguageVersion.CSharp7_3);

        Assert.Empty(run.CompilationErrors);
        Assert.Equal(["EvilPublicClassInjected", "Location", "LocationsById", "Placeholder", "TriggerLinks", "allFields"], run.OutputCompilation.Assembly.TypeNames.Order(StringComparer.Ordinal));
        Type triggerLinks = TestCompilation.EmitAndLoad(run.OutputCompilation).GetType("Consumer.TriggerLinks")!;
        object location = triggerLinks.GetMethod("ForLocation")!.Invoke(null, ["L1"])!;
        Assert.Equal("Evil\"); } public class Injected { //", location.ToString());
    }

    private static Type Load(string snapshot)
    {
        GeneratorRun run = GeneratorHarness.Run(snapshot);
        Assert.Empty(run.CompilationErrors);
        return TestCompilation.EmitAndLoad(run.OutputCompilation).GetType("Consumer.TriggerLinks")!;
    }

    private static string LinkCatalogReaderText(LinkCatalog catalog) =>
        "{\"schemaVersion\":2,\"locations\":[{\"name\":\"Downtown\",\"locationId\":\"L1\",\"links\":["
        + string.Join(",", catalog.Locations[0].Links.Select(l => $"{{\"id\":\"{l.Id}\",\"name\":\"{l.Name}\"}}")) + "]}]}";
}
