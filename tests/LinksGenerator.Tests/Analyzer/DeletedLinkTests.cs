using System.Threading.Tasks;
using LinksGenerator.Diagnostics;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>LNK004: the snapshot remembers a link as deleted from HighLevel, and a string still spells out its field.</summary>
public class DeletedLinkTests
{
    private static readonly string Snapshot = SnapshotJson.Of(
        [TestLink.Plain("n4AriwEnFrGh3tu08W0U", "First tag (spring)", "first tag")],
        deleted: [TestLink.Plain("zz9LastByIdLink00001", "Zebra offer"), new TestLink("noName01", null, null, null)]);

    [Fact]
    public Task A_hard_coded_field_of_a_deleted_link_is_LNK004_naming_the_link() =>
        WithSnapshot(Snapshot)
            .Members("""
                const string Offer = "Last chance: {|#0:{{trigger_link.zz9LastByIdLink00001}}|}";
                string Spaced = "{|#1:{{ trigger_link.zz9LastByIdLink00001 }}|}";
                string Interpolated(string name) => $"Hi {name}: {|#2:{{{{trigger_link.noName01}}}}|}";
                const string Folded = {|#3:"{{trigger_link." + "zz9LastByIdLink00001}}"|};
                """)
            .Expect(
                Deleted(0, "'Zebra offer'", "zz9LastByIdLink00001"),
                Deleted(1, "'Zebra offer'", "zz9LastByIdLink00001"),
                Deleted(2, "(unnamed)", "noName01"),
                Deleted(3, "'Zebra offer'", "zz9LastByIdLink00001"))
            .Verify();

    [Fact]
    public Task An_id_the_snapshot_never_knew_stays_LNK001_and_a_renamed_link_is_still_known() =>
        WithSnapshot(Snapshot)
            .Members("""
                string Unknown = "{|#0:{{trigger_link.neverSeen0000000000}}|}";
                string Renamed = "{|#1:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|}";
                """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.UnknownTriggerLink).WithLocation(0).WithArguments("neverSeen0000000000", SnapshotJson.LocationId),
                new DiagnosticResult(DiagnosticDescriptors.KnownTriggerLink).WithLocation(1).WithArguments("FirstTagSpring", "{{trigger_link.n4AriwEnFrGh3tu08W0U}}"))
            .Verify();

    [Fact]
    public Task LNK004_follows_the_editorconfig() =>
        WithSnapshot(Snapshot)
            .Members("""string s = "{|#0:{{trigger_link.zz9LastByIdLink00001}}|}";""")
            .EditorConfig("dotnet_diagnostic.LNK004.severity = warning\n")
            .Expect(new DiagnosticResult("LNK004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("'Zebra offer'", "zz9LastByIdLink00001"))
            .Verify();

    private static DiagnosticResult Deleted(int location, string name, string id) =>
        new DiagnosticResult(DiagnosticDescriptors.DeletedTriggerLink).WithLocation(location).WithArguments(name, id);
}
