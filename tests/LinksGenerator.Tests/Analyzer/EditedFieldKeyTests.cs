using System.Threading.Tasks;
using LinksGenerator.Diagnostics;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>
/// A snapshot whose fieldKey was edited by hand into another link's field (LNK101 at the snapshot): the link's constant
/// holds that other field, so LNK002 must not send a hard-coded field of the link to it.
/// </summary>
public class EditedFieldKeyTests
{
    private static readonly string Snapshot = SnapshotJson.Of(
    [
        new TestLink("k4", "Four", "https://example.com/4", "{{trigger_link.k5}}"),
        new TestLink("k5", "Five", "https://example.com/5", "{{trigger_link.k5}}"),
    ]);

    [Fact]
    public Task The_link_with_the_edited_field_key_is_known_but_not_pointed_at_a_constant_holding_another_field() =>
        WithSnapshot(Snapshot)
            .Members("""
                string Four = "{{trigger_link.k4}}";
                string Five = "{|#0:{{trigger_link.k5}}|}";
                """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.KnownTriggerLink).WithLocation(0).WithArguments("Five", "{{trigger_link.k5}}"))
            .Verify();
}
