using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Analyzer;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

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

    private readonly List<string> _templates = [];

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

    /// <summary>A template file the project lists as <c>TriggerLinksTemplate</c> (in the list file the package's targets write).</summary>
    /// <param name="listedAs">The path in the list when it is spelled differently from the compiler's (MSBuild lists full paths).</param>
    public AnalyzerScenario Template(string path, SourceText text, string? listedAs = null)
    {
        _test.TestState.AdditionalFiles.Add((path, text));
        _templates.Add(listedAs ?? path);
        return this;
    }

    /// <summary>
    /// A template whose <c>TriggerLinksTemplate</c> items name <paramref name="locations"/> (one item each) as its
    /// <c>Location</c>: listed as the targets list it, by its path and by a line per location.
    /// </summary>
    public AnalyzerScenario TemplateFor(string[] locations, string path, string text)
    {
        Template(path, text);
        foreach (string location in locations)
        {
            ListedFor(location, path);
        }

        return this;
    }

    /// <summary>A line of the list saying the template at <paramref name="path"/> is written for <paramref name="location"/>.</summary>
    public AnalyzerScenario ListedFor(string location, string path)
    {
        _templates.Add(TemplateList.LocationLine(location, path));
        return this;
    }

    /// <summary>A template given as text (UTF-16 in memory, no BOM).</summary>
    public AnalyzerScenario Template(string path, string text, string? listedAs = null) => Template(path, SourceText.From(text, Encoding.UTF8), listedAs);

    /// <summary>An additional file the project does not list as a template.</summary>
    public AnalyzerScenario OtherAdditionalFile(string path, string text)
    {
        _test.TestState.AdditionalFiles.Add((path, SourceText.From(text, Encoding.UTF8)));
        return this;
    }

    /// <summary>The project targets netstandard2.0 (no <c>[StringSyntax]</c> on the framework's parameters) instead of .NET 8.</summary>
    public AnalyzerScenario OnNetStandard20()
    {
        _test.ReferenceAssemblies = ReferenceAssemblies.NetStandard.NetStandard20;
        return this;
    }

    /// <summary>The project compiles this version of C# (<c>&lt;LangVersion&gt;</c>).</summary>
    public AnalyzerScenario Language(LanguageVersion version)
    {
        _test.SolutionTransforms.Add((solution, project) => solution.WithProjectParseOptions(project, new CSharpParseOptions(version)));
        return this;
    }

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

    public Task Verify()
    {
        if (_test.TestState.Sources.Count == 0)
        {
            _test.TestState.Sources.Add("class Placeholder { }"); // A project of templates only still compiles something.
        }

        if (_templates.Count > 0)
        {
            _test.TestState.AdditionalFiles.Add(TemplateList.File(_templates));
            _test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", TemplateList.GlobalConfig));
        }

        return _test.RunAsync(CancellationToken.None);
    }
}
