using System.Threading.Tasks;
using LinksGenerator.Diagnostics;
using LinksGenerator.Fields;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>
/// A template written for one location of an agency's snapshot (a <c>Location</c> on its <c>TriggerLinksTemplate</c>
/// item, docs/templates.md) is judged by that location's links: another location's link is as dead there as a mistyped
/// one, since HighLevel replaces a field with the sending location's own links only.
/// </summary>
public class LocationTemplateTests
{
    private const string Email = "/project/Templates/Downtown/welcome.html";

    [Fact]
    public Task A_template_for_one_location_may_use_its_links_only() =>
        WithSnapshot(AgencySnapshot.Json)
            .TemplateFor(["Downtown"], Email, """
                Ours: {{trigger_link.d1}} {{ trigger_link.d2 }}
                Theirs: {{trigger_link.u1}}
                Gone: {{trigger_link.d9}}
                Never: {{trigger_link.zz}}
                Slip: {trigger_link.d1}
                """)
            .Expect(
                Unknown(2, 9, 2, 28, "u1", "Downtown (LOC1); it is 'Book a call' of Uptown"),
                new DiagnosticResult(DiagnosticDescriptors.DeletedTriggerLink).WithSpan(Email, 3, 7, 3, 26).WithArguments("'Spring sale' of Downtown", "d9"),
                Unknown(4, 8, 4, 27, "zz", "Downtown (LOC1)"),
                Malformed(5, 7, 5, 24, "{trigger_link.d1}", MalformedReason.SingleBraces))
            .Verify();

    [Fact]
    public Task A_link_another_location_deleted_is_unknown_here_and_the_message_says_whose_it_was() =>
        WithSnapshot(AgencySnapshot.Json)
            .TemplateFor(["Uptown"], Email, "{{trigger_link.u1}} {{trigger_link.d9}}")
            .Expect(Unknown(1, 21, 1, 40, "d9", "Uptown (LOC2); it was 'Spring sale' of Downtown, deleted from HighLevel"))
            .Verify();

    [Fact]
    public Task A_template_without_a_location_may_use_any_locations_links() =>
        WithSnapshot(AgencySnapshot.Json)
            .Template(Email, "{{trigger_link.d1}} {{trigger_link.u1}} {{trigger_link.zz}}")
            .Expect(Unknown(1, 41, 1, 60, "zz", "Downtown (LOC1) or Uptown (LOC2)"))
            .Verify();

    // A file one include takes without a Location and another with one: the targets list both lines.
    [Fact]
    public Task A_location_any_item_names_is_the_one_the_template_is_judged_by() =>
        WithSnapshot(AgencySnapshot.Json)
            .Template(Email, "{{trigger_link.u1}}")
            .ListedFor("Downtown", Email)
            .Expect(Unknown(1, 1, 1, 20, "u1", "Downtown (LOC1); it is 'Book a call' of Uptown"))
            .Verify();

    [Fact]
    public Task A_template_for_two_locations_is_judged_by_each_and_a_malformed_field_is_said_once() =>
        WithSnapshot(AgencySnapshot.Json)
            .TemplateFor(["Downtown", "Uptown"], Email, "{{trigger_link.d1}} {{trigger_link.u1}} {trigger_link.d1}")
            .Expect(
                Unknown(1, 1, 1, 20, "d1", "Uptown (LOC2); it is 'Book a call' of Downtown"),
                Unknown(1, 21, 1, 40, "u1", "Downtown (LOC1); it is 'Book a call' of Uptown"),
                Malformed(1, 41, 1, 58, "{trigger_link.d1}", MalformedReason.SingleBraces))
            .Verify();

    [Fact]
    public Task A_location_the_snapshot_does_not_have_is_LNK010_and_the_template_is_judged_by_every_location() =>
        WithSnapshot(AgencySnapshot.Json)
            .TemplateFor(["Dowtown"], Email, "{{trigger_link.d1}} {{trigger_link.u1}} {{trigger_link.zz}}")
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.TemplateLocationUnknown).WithSpan(Email, 1, 1, 1, 1)
                    .WithArguments("Dowtown", "set it to one of Downtown (LOC1), Uptown (LOC2)"),
                Unknown(1, 41, 1, 60, "zz", "Downtown (LOC1) or Uptown (LOC2)"))
            .Verify();

    [Fact]
    public Task A_location_named_for_a_one_location_snapshot_is_LNK010_saying_to_remove_it() =>
        WithSnapshot(SnapshotJson.Of([TestLink.Plain("n4AriwEnFrGh3tu08W0U", "first tag")]))
            .TemplateFor(["Downtown"], Email, "{{trigger_link.n4AriwEnFrGh3tu08W0U}} {{trigger_link.zz}}")
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.TemplateLocationUnknown).WithSpan(Email, 1, 1, 1, 1)
                    .WithArguments("Downtown", "the snapshot is of one location, whose links every template may use: remove the Location"),
                Unknown(1, 39, 1, 58, "zz", SnapshotJson.LocationId))
            .Verify();

    [Fact]
    public Task Location_names_compare_exactly_and_hostile_ones_are_quoted_on_one_line() =>
        WithSnapshot(AgencySnapshot.Json)
            .TemplateFor(["downtown\u202e"], Email, "{{trigger_link.d1}}")
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.TemplateLocationUnknown).WithSpan(Email, 1, 1, 1, 1)
                    .WithArguments("downtown\\u202e", "set it to one of Downtown (LOC1), Uptown (LOC2)"))
            .Verify();

    [Fact]
    public Task Without_a_snapshot_a_located_template_is_checked_for_malformed_fields_only() =>
        WithoutSnapshot()
            .TemplateFor(["Downtown"], Email, "{{trigger_link.zz}} {trigger_link.zz}")
            .Expect(Malformed(1, 21, 1, 38, "{trigger_link.zz}", MalformedReason.SingleBraces))
            .Verify();

    private static DiagnosticResult Unknown(int line, int column, int endLine, int endColumn, string id, string place) =>
        new DiagnosticResult(DiagnosticDescriptors.UnknownTriggerLink).WithSpan(Email, line, column, endLine, endColumn).WithArguments(id, place);

    private static DiagnosticResult Malformed(int line, int column, int endLine, int endColumn, string field, string reason) =>
        new DiagnosticResult(DiagnosticDescriptors.MalformedTriggerLink).WithSpan(Email, line, column, endLine, endColumn).WithArguments(field, reason);
}
