using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>
/// Where the generator generates nothing (docs/rules/LNK005.md, LNK006.md, LNK007.md, LNK009.md), there is no constant to
/// use: a known field is not LNK002, whose fix would point at the project's own class or at nothing. The other rules
/// still judge every field.
/// </summary>
public class NothingGeneratedTests
{
    private const string Fields = """string s = "{{trigger_link.n4AriwEnFrGh3tu08W0U}} {{trigger_link.Ab3dEfGh1jKlMnOpQr5t}} {|LNK001:{{trigger_link.gone}}|}";""";

    [Fact]
    public Task The_hand_written_constants_class_the_package_replaces() =>
        WithKnownLinks()
            .Code("""
                public static class TriggerLinks
                {
                    public const string FirstTag = "{{trigger_link.n4AriwEnFrGh3tu08W0U}}";
                    public const string Booking = "{{trigger_link.Ab3dEfGh1jKlMnOpQr5t}}";
                }
                """)
            .Members(Fields)
            .Verify();

    [Fact]
    public Task A_member_of_the_project_s_own_part_that_the_generated_part_has_too() =>
        WithKnownLinks()
            .Code("""static partial class TriggerLinks { public static string FirstTag(string name) { return name; } }""")
            .Members(Fields)
            .Verify();

    [Fact]
    public Task A_namespace_of_the_class_s_name() =>
        WithKnownLinks()
            .Code("""namespace TriggerLinks { class Folder { } }""")
            .Members(Fields)
            .Verify();

    [Fact]
    public Task A_C_sharp_version_older_than_the_class_needs() =>
        WithKnownLinks()
            .Language(LanguageVersion.CSharp5)
            .Members(Fields)
            .Verify();

    [Fact]
    public Task The_project_s_own_part_with_members_of_its_own_still_gets_the_constants() =>
        WithKnownLinks()
            .Code("""static partial class TriggerLinks { public static string Greeting(string name) => "Hi " + name; }""")
            .Language(LanguageVersion.CSharp6)
            .Members("""string s = "{|LNK002:{{trigger_link.n4AriwEnFrGh3tu08W0U}}|} {|LNK001:{{trigger_link.gone}}|}";""")
            .Verify();
}
