using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Analyzer;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>
/// Reads like the user's situation: a snapshot (or none), some code with the expected diagnostics marked inline
/// (<c>{|LNK002:…|}</c>), maybe an .editorconfig; then <see cref="Verify"/>.
/// </summary>
internal sealed class AnalyzerScenario
{
    private readonly CSharpAnalyzerTest<TriggerLinkAnalyzer, DefaultVerifier> _test = new()
    {
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        MarkupOptions = MarkupOptions.TreatPositionIndicatorsAsCode,
    };

    private AnalyzerScenario(string? snapshot)
    {
        if (snapshot is not null)
        {
            _test.TestState.AdditionalFiles.Add(("/project/links.snapshot.json", snapshot));
        }
    }

    /// <summary>The three links of <see cref="KnownSnapshot"/>: FirstTag, BookACall, Dashed.</summary>
    public static AnalyzerScenario WithKnownLinks() => new(KnownSnapshot.Json);

    public static AnalyzerScenario WithSnapshot(string snapshotText) => new(snapshotText);

    public static AnalyzerScenario WithoutSnapshot() => new(null);

    public AnalyzerScenario Code([StringSyntax(TestSyntax.CSharpTest)] string markup)
    {
        _test.TestState.Sources.Add(markup);
        return this;
    }

    /// <summary>Code wrapped in a class, for the common case of a few fields.</summary>
    public AnalyzerScenario Members([StringSyntax(TestSyntax.CSharpTest)] string markup) => Code("class Messages\n{\n" + markup + "\n}\n");

    public AnalyzerScenario EditorConfig(string content)
    {
        _test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\n" + content));
        return this;
    }

    public AnalyzerScenario Expect(params DiagnosticResult[] diagnostics)
    {
        _test.ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public Task Verify() => _test.RunAsync(CancellationToken.None);
}
