using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Analyzer;
using LinksGenerator.CodeFixes;
using LinksGenerator.Diagnostics;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>The analyzer knows the ids of every location: the LNK002 fix writes the location's member, LNK004 names the location.</summary>
public class AgencyAnalyzerTests
{
    private const string Namespace = "Acme.Messaging";

    [Fact]
    public Task Fields_are_judged_against_every_location() =>
        WithSnapshot(AgencySnapshot.Json)
            .Members("""
                string Known = "{|#0:{{trigger_link.u1}}|}";
                string Deleted = "{|#1:{{trigger_link.d9}}|}";
                string Unknown = "{|#2:{{trigger_link.zz}}|}";
                """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.KnownTriggerLink).WithLocation(0).WithArguments("Uptown.BookACall", "{{trigger_link.u1}}"),
                new DiagnosticResult(DiagnosticDescriptors.DeletedTriggerLink).WithLocation(1).WithArguments("'Spring sale' of Downtown", "d9"),
                new DiagnosticResult(DiagnosticDescriptors.UnknownTriggerLink).WithLocation(2).WithArguments("zz", "Downtown (LOC1) or Uptown (LOC2)"))
            .Verify();

    [Fact]
    public Task The_LNK002_fix_writes_the_location_member() =>
        FixTest<TriggerLinkAnalyzer, TriggerLinkCodeFixProvider>(
            """
            namespace Acme.Messaging
            {
                class Messages
                {
                    string Sms(string name) => $"Hi {name}: {|LNK002:{{{{trigger_link.d1}}}}|}";
                    const string Parking = "Park: {|LNK002:{{trigger_link.d2}}|}";
                }
            }
            """,
            """
            namespace Acme.Messaging
            {
                class Messages
                {
                    string Sms(string name) => $"Hi {name}: {TriggerLinks.Downtown.BookACall}";
                    const string Parking = "Park: " + TriggerLinks.Downtown.Parking;
                }
            }
            """);

    [Fact]
    public Task The_CS0618_fix_works_in_a_location_class() =>
        FixTest<EmptyDiagnosticAnalyzer, RenamedLinkCodeFixProvider>(
            """
            namespace Acme.Messaging
            {
                class Messages
                {
                    string Sms => "Call: " + {|CS0618:TriggerLinks.Downtown.CallUs|};
                }
            }
            """,
            """
            namespace Acme.Messaging
            {
                class Messages
                {
                    string Sms => "Call: " + TriggerLinks.Downtown.BookACall;
                }
            }
            """);

    private static Task FixTest<TAnalyzer, TFix>(string before, string after)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            TestCode = before,
            FixedCode = after,
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add((KnownSnapshot.GeneratedPath, AgencySnapshot.TriggerLinksSource(Namespace)));
            state.AdditionalFiles.Add(("/project/links.snapshot.json", AgencySnapshot.Json));
            state.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property._TriggerLinksNamespaceForCompiler = {Namespace}\n"));
        }

        return test.RunAsync(CancellationToken.None);
    }
}
