using System.Collections.Generic;
using System.Globalization;
using LinksGenerator.Configuration;
using LinksGenerator.Rules;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Tests.Generator;

/// <summary>LNK100–LNK103: bad snapshots become diagnostics that point into the file, never a generator crash.</summary>
public class GeneratorDiagnosticsTests
{
    [Fact]
    public void An_unreadable_snapshot_is_LNK100_at_the_error_position_and_the_class_still_exists()
    {
        const string Snapshot = "{\n  \"schemaVersion\": 1,\n  \"links\": [\n    { \"id\": \"a\", }\n  ]\n}\n";

        GeneratorRun run = GeneratorHarness.Run(Snapshot, sources: ["namespace Consumer { class Use { int n = TriggerLinks.All.Count; } }"]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(TriggerLinkRules.SnapshotUnreadable.Id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.SnapshotPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(3, 17), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("trailing comma", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void A_snapshot_with_a_merge_conflict_is_LNK100_at_the_first_marker_saying_pull_resolves_it()
    {
        const string Snapshot = "{\n  \"schemaVersion\": 1,\n  \"links\": [\n<<<<<<< HEAD\n    { \"id\": \"a\" }\n=======\n    { \"id\": \"b\" }\n>>>>>>> feature\n  ]\n}\n";

        GeneratorRun run = GeneratorHarness.Run(Snapshot);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(TriggerLinkRules.SnapshotUnreadable.Id, diagnostic.Id);
        Assert.Equal(new LinePosition(3, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("git merge conflict (this line is a conflict marker): run 'dotnet ghl-links pull', which resolves it", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationErrors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"links\": {}}")]
    [InlineData("{\"links\": [1]}")]
    [InlineData("{\"links\": [{\"id\": 5}]}")]
    public void Every_unreadable_snapshot_is_one_LNK100(string snapshot)
    {
        GeneratorRun run = GeneratorHarness.Run(snapshot);

        Assert.Equal(TriggerLinkRules.SnapshotUnreadable.Id, Assert.Single(run.Diagnostics).Id);
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void A_snapshot_that_cannot_be_opened_is_LNK100()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, null) }, GeneratorHarness.Options("Consumer"));

        Assert.Equal(TriggerLinkRules.SnapshotUnreadable.Id, Assert.Single(run.Diagnostics).Id);
    }

    public static TheoryData<string, string, string> UnusableEntries => new()
    {
        { """{"id": null, "name": "orphan"}""", "has no id", "{\"id\": null" },
        { """{"id": "", "name": "empty"}""", "has no id", "{\"id\": \"\"" },
        { """{"id": "has space", "fieldKey": "{{trigger_link.has space}}"}""", "is not a HighLevel id (ASCII letters, digits, '_' and '-', at most 100 characters): it has the character ' ',", "\"has space\"" },
        { """{"id": "ид1", "fieldKey": "{{trigger_link.ид1}}"}""", "is not a HighLevel id (ASCII letters, digits, '_' and '-', at most 100 characters): it has the character U+0438,", "\"ид1\"" },
        { """{"id": "caf\u00e9"}""", "is not a HighLevel id (ASCII letters, digits, '_' and '-', at most 100 characters): it has the character U+00E9,", "\"caf\\u00e9\"" },
        // An id past the limit would make names the compiler cannot put in metadata (CS7013): skipped like a bad character.
        { "{\"id\": \"" + new string('a', 1100) + "\"}", "is not a HighLevel id (ASCII letters, digits, '_' and '-', at most 100 characters): it is longer than 100 characters,", "\"aaaa" },
        { """{"id": "abc", "name": "no key"}""", "has no fieldKey", "{\"id\": \"abc\"" },
        { """{"id": "abc", "fieldKey": "{{trigger_link.xyz}}"}""", "not {{trigger_link.abc}}", "\"{{trigger_link.xyz}}\"" },
        { """{"id": "abc", "fieldKey": "{{trigger_link.abc}}", "locationId": "other"}""", "belongs to location 'other'", "\"abc\"" },
    };

    [Theory]
    [MemberData(nameof(UnusableEntries))]
    public void A_suspicious_entry_is_LNK101_pointing_at_the_entry(string entry, string message, string pointsAt)
    {
        string snapshot = "{\"locationId\": \"loc\", \"links\": [\n" + entry + "\n]}";

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == TriggerLinkRules.SnapshotEntryIssue.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.StartsWith(pointsAt, snapshot.Substring(diagnostic.Location.SourceSpan.Start));
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(run.CompilationErrors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b/c")]
    public void A_location_id_that_is_no_id_is_LNK101_at_its_value_and_makes_no_LocationId(string locationId)
    {
        string snapshot = "{\"schemaVersion\": 1,\n \"locationId\": \"" + locationId + "\",\n \"links\": [{\"id\": \"a1\", \"name\": \"One\", \"fieldKey\": \"{{trigger_link.a1}}\"}]}";

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(TriggerLinkRules.SnapshotEntryIssue.Id, diagnostic.Id);
        Assert.Equal(
            $"Trigger-link snapshot: the locationId '{locationId}' is not a HighLevel location id (ASCII letters, digits, '_' and '-', at most 100 characters), so TriggerLinks has no LocationId: pull the snapshot again with ghl-links",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal((1, 15), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.DoesNotContain("LocationId", run.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("public const string One = ", run.GeneratedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_response_whose_links_name_two_locations_is_LNK101_at_the_first_link_of_the_second_and_has_no_LocationId()
    {
        const string Snapshot = """
            {"links": [
            {"id": "a1", "name": "One", "fieldKey": "{{trigger_link.a1}}", "locationId": "LA"},
            {"id": "b1", "name": "Two", "fieldKey": "{{trigger_link.b1}}", "locationId": "LB"},
            {"id": "a2", "name": "Three", "fieldKey": "{{trigger_link.a2}}"}]}
            """;

        GeneratorRun run = GeneratorHarness.Run(Snapshot);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == TriggerLinkRules.SnapshotEntryIssue.Id);
        Assert.Equal(
            "Trigger-link snapshot: the link 'b1' belongs to location 'LB', the links before it to location 'LA': a snapshot holds one location's links (pull each with ghl-links), so TriggerLinks has no LocationId",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain("LocationId", run.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("public const string Two = ", run.GeneratedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_entry_of_a_duplicate_id_is_used()
    {
        const string Snapshot = """{"links": [{"id": "a", "name": "first", "fieldKey": "{{trigger_link.a}}"}, {"id": "a", "name": "second", "fieldKey": "{{trigger_link.a}}"}]}""";

        GeneratorRun run = GeneratorHarness.Run(Snapshot);

        Assert.Contains("appears more than once", Assert.Single(run.Diagnostics).GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("public const string First =", run.GeneratedSource);
        Assert.DoesNotContain("Second", run.GeneratedSource);
    }

    [Fact]
    public void A_changed_member_name_is_LNK102_at_the_link_name()
    {
        string snapshot = SnapshotJson.Of(("a1", "2024 sale"));

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(TriggerLinkRules.MemberRenamed.Id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("\"2024 sale\"", snapshot.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains("TriggerLinks._2024Sale because the name starts with a digit", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void No_snapshot_is_LNK103_naming_the_folder_searched_and_the_class_is_empty()
    {
        GeneratorRun run = GeneratorHarness.Run(snapshot: null, extraGlobalOptions: new Dictionary<string, string> { [ProjectSettings.ProjectDirectoryProperty] = "/src/app" });

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(TriggerLinkRules.SnapshotMissing.Id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("No links.snapshot.json was found in '/src/app' or any folder above it", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("ghl-links pull", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("public static partial class TriggerLinks", run.GeneratedSource);
    }

    [Fact]
    public void No_snapshot_where_the_packages_build_files_did_not_run_is_LNK103_saying_so()
    {
        // The targets always pass the project folder; a PackageReference with IncludeAssets="analyzers" loads the
        // generator without them, and then nothing hands it a snapshot, wherever one is.
        GeneratorRun run = GeneratorHarness.Run(snapshot: null);

        string message = Assert.Single(run.Diagnostics).GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("No trigger-link snapshot reached the compiler, because the LinksGenerator package's build files did not run in this project", message, System.StringComparison.Ordinal);
        Assert.Contains("IncludeAssets or ExcludeAssets", message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("TriggerLinksSnapshot property", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_snapshot_that_does_not_exist_is_LNK103_naming_it()
    {
        GeneratorRun run = GeneratorHarness.Run(snapshot: null, extraGlobalOptions: new Dictionary<string, string> { [ProjectSettings.SnapshotProperty] = "/src/config/ghl.json" });

        string message = Assert.Single(run.Diagnostics).GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'/src/config/ghl.json' (TriggerLinksSnapshot) does not exist or is a folder", message);
        Assert.Contains("run 'dotnet ghl-links pull --location-id <id> --output \"/src/config/ghl.json\"' to create it (in a folder that exists: create the folder first if it does not)", message);
        Assert.Contains("or correct the TriggerLinksSnapshot property (for a folder, name the file in it, such as links.snapshot.json)", message);
    }

    [Fact]
    public void Other_additional_files_are_ignored()
    {
        var files = new[] { new InMemoryAdditionalText("/project/settings.json", "{ not a snapshot") };

        GeneratorRun run = GeneratorHarness.Run(files, GeneratorHarness.Options("Consumer"));

        Assert.Equal(TriggerLinkRules.SnapshotMissing.Id, Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void The_file_the_TriggerLinksSnapshot_property_names_wins_over_a_file_merely_named_like_a_snapshot()
    {
        var files = new[]
        {
            new InMemoryAdditionalText("/a/links.snapshot.json", SnapshotJson.Of(("n1", "by name"))),
            new InMemoryAdditionalText("/b/custom.json", SnapshotJson.Of(("m1", "by property"))),
        };
        TestOptionsProvider options = GeneratorHarness.Options(@namespace: null, new Dictionary<string, string> { [ProjectSettings.SnapshotProperty] = "/b/custom.json" });

        GeneratorRun run = GeneratorHarness.Run(files, options);

        Assert.Contains("ByProperty", run.GeneratedSource);
        Assert.DoesNotContain("ByName", run.GeneratedSource);
    }

    [Fact]
    public void A_configured_snapshot_in_a_folder_with_a_hash_is_found_from_the_encoded_property()
    {
        // '#' would start a comment in the global config the compiler reads properties from: the targets write it '|h'.
        var files = new[]
        {
            new InMemoryAdditionalText("/src/C#/App/links.snapshot.json", SnapshotJson.Of(("n1", "by name"))),
            new InMemoryAdditionalText("/src/C#/App/custom.json", SnapshotJson.Of(("m1", "by property"))),
        };
        TestOptionsProvider options = GeneratorHarness.Options(@namespace: null, new Dictionary<string, string> { [ProjectSettings.SnapshotProperty] = "/src/C|h/App/custom.json" });

        GeneratorRun run = GeneratorHarness.Run(files, options);

        Assert.Contains("ByProperty", run.GeneratedSource);
    }

    [Fact]
    public void The_same_snapshot_listed_twice_is_used_once()
    {
        string snapshot = SnapshotJson.Of(("a1", "only"));
        var files = new[] { new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, snapshot), new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, snapshot) };

        GeneratorRun run = GeneratorHarness.Run(files, GeneratorHarness.Options("Consumer"));

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.OutputCompilation.SyntaxTrees, t => t.FilePath.EndsWith("TriggerLinks.g.cs", System.StringComparison.Ordinal));
        Assert.Empty(run.CompilationErrors);
    }

    [Theory]
    [InlineData("My-App.2024 Tools", "My_App._2024_Tools")]
    [InlineData("class.event", "@class.@event")]
    [InlineData("@class.@Acme", "@class.Acme")]
    [InlineData("global::Acme", "Acme")]
    [InlineData("Acme..Messaging.", "Acme.Messaging")]
    [InlineData("   ", null)]
    [InlineData("global::", null)]
    public void Namespaces_are_made_valid(string requested, string? expected)
    {
        GeneratorRun run = GeneratorHarness.Run(SnapshotJson.Of(("a1", "one")), requested);

        Assert.Empty(run.CompilationErrors);
        if (expected is null)
        {
            Assert.DoesNotContain("namespace", run.GeneratedSource);
        }
        else
        {
            Assert.Contains($"namespace {expected}\n", run.GeneratedSource);
        }
    }

    [Fact]
    public void The_namespace_defaults_to_the_root_namespace()
    {
        GeneratorRun run = GeneratorHarness.Run(SnapshotJson.Of(("a1", "one")), @namespace: null, extraGlobalOptions: new Dictionary<string, string> { ["build_property.RootNamespace"] = "Root.Ns" });

        Assert.Contains("namespace Root.Ns\n", run.GeneratedSource);
    }
}
