using System.Globalization;
using System.Linq;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// docs/generated-code.md: the class compiles with C# 6 and later, one location or many; with older C# nothing is
/// generated and LNK009 says why (docs/rules/LNK009.md), rather than the compiler's feature errors in a generated file.
/// </summary>
public class LanguageVersionTests
{
    private const string UsesTheClass = "namespace Consumer { class Sender { string Sms() { return \"Hi \" + TriggerLinks.FirstTag; } } }";

    [Theory]
    [InlineData(LanguageVersion.CSharp6)]
    [InlineData(LanguageVersion.CSharp7)]
    [InlineData(LanguageVersion.CSharp7_1)]
    [InlineData(LanguageVersion.CSharp7_2)]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    public void From_CSharp_6_on_one_location_and_many_compile_without_a_warning(LanguageVersion version)
    {
        // Many locations with history too: the members Location keeps for links renamed or deleted in some locations.
        foreach (string snapshot in new[] { KnownSnapshot.Json, AgencySnapshot.Json, AgencySnapshot.ChangedInSomeLocations })
        {
            GeneratorRun run = GeneratorHarness.Run(snapshot, languageVersion: version);

            Assert.NotNull(run.GeneratedSource);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "LNK009");
            var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp1)]
    [InlineData(LanguageVersion.CSharp2)]
    [InlineData(LanguageVersion.CSharp3)]
    [InlineData(LanguageVersion.CSharp4)]
    [InlineData(LanguageVersion.CSharp5)]
    public void Older_CSharp_is_LNK009_and_nothing_is_generated(LanguageVersion version)
    {
        foreach (string snapshot in new[] { KnownSnapshot.Json, AgencySnapshot.Json })
        {
            GeneratorRun run = GeneratorHarness.Run(snapshot, sources: [UsesTheClass], languageVersion: version);

            Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "LNK009");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(Location.None, diagnostic.Location);
            Assert.Equal(
                $"The project compiles C# {version.ToDisplayString()}, and the TriggerLinks class generated from the snapshot needs C# 6 or later, so nothing is generated: " +
                "set <LangVersion> in the project file to 6 or later, or remove it to take the SDK's default",
                diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Null(run.GeneratedSource);

            // The only error left is the project's own use of the class, not a feature error inside a generated file.
            Diagnostic error = Assert.Single(run.CompilationErrors);
            Assert.Equal("CS0103", error.Id);
        }
    }

    [Fact]
    public void Snapshot_problems_are_still_reported_beside_LNK009()
    {
        GeneratorRun run = GeneratorHarness.Run("{ \"links\": 5 }", languageVersion: LanguageVersion.CSharp5);

        Assert.Equal(["LNK009", "LNK100"], run.Diagnostics.Select(d => d.Id).Order());
    }
}
