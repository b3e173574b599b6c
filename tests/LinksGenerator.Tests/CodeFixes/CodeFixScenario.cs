using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Analyzer;
using LinksGenerator.CodeFixes;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LinksGenerator.Tests.CodeFixes;

/// <summary>
/// Before and after, as the user sees them: code with the LNK002 fields marked, and the code after the fix. The
/// project has the known snapshot and the generated TriggerLinks class in namespace <c>Acme.Messaging</c>. The
/// framework also checks Fix All in document, project and solution scope against the same result.
/// </summary>
internal sealed class CodeFixScenario
{
    public const string Namespace = "Acme.Messaging";

    private readonly CSharpCodeFixTest<TriggerLinkAnalyzer, TriggerLinkCodeFixProvider, DefaultVerifier> _test = new()
    {
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        MarkupOptions = MarkupOptions.TreatPositionIndicatorsAsCode,
    };

    private readonly string _namespace;

    private CodeFixScenario(string @namespace)
    {
        _namespace = @namespace;
        _test.TestState.AdditionalFiles.Add(("/project/links.snapshot.json", KnownSnapshot.Json));
        _test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property._TriggerLinksNamespaceForCompiler = {@namespace}\n"));
        _test.TestState.Sources.Add((KnownSnapshot.GeneratedPath, KnownSnapshot.TriggerLinksSource(@namespace)));
        _test.FixedState.Sources.Add((KnownSnapshot.GeneratedPath, KnownSnapshot.TriggerLinksSource(@namespace)));
        _test.FixedState.AdditionalFiles.Add(("/project/links.snapshot.json", KnownSnapshot.Json));
        _test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property._TriggerLinksNamespaceForCompiler = {@namespace}\n"));
    }

    public static CodeFixScenario Before([StringSyntax(TestSyntax.CSharpTest)] string markup) => new CodeFixScenario(Namespace).AlsoBefore(markup);

    /// <summary>As <see cref="Before(string)"/>, with the class generated in <paramref name="namespace"/>.</summary>
    public static CodeFixScenario InNamespace(string @namespace, [StringSyntax(TestSyntax.CSharpTest)] string markup) => new CodeFixScenario(@namespace).AlsoBefore(markup);

    /// <summary>Another document of the same project (for Fix All across documents).</summary>
    public CodeFixScenario AlsoBefore([StringSyntax(TestSyntax.CSharpTest)] string markup)
    {
        _test.TestState.Sources.Add(($"/0/Test{_test.TestState.Sources.Count}.cs", markup));
        return this;
    }

    public CodeFixScenario After([StringSyntax(TestSyntax.CSharpTest)] params string[] fixedSources)
    {
        for (int i = 0; i < fixedSources.Length; i++)
        {
            _test.FixedState.Sources.Add(($"/0/Test{i + 1}.cs", fixedSources[i]));
        }

        return this;
    }

    /// <summary>What Fix All produces when it differs from fixing one diagnostic at a time.</summary>
    public CodeFixScenario AfterFixAll([StringSyntax(TestSyntax.CSharpTest)] params string[] fixedSources)
    {
        _test.BatchFixedState.Sources.Add((KnownSnapshot.GeneratedPath, KnownSnapshot.TriggerLinksSource(_namespace)));
        _test.BatchFixedState.AdditionalFiles.Add(("/project/links.snapshot.json", KnownSnapshot.Json));
        _test.BatchFixedState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property._TriggerLinksNamespaceForCompiler = {_namespace}\n"));
        for (int i = 0; i < fixedSources.Length; i++)
        {
            _test.BatchFixedState.Sources.Add(($"/0/Test{i + 1}.cs", fixedSources[i]));
        }

        return this;
    }

    /// <summary>No fix is offered: the code stays as it is, diagnostics and all.</summary>
    public CodeFixScenario Unchanged()
    {
        _test.FixedState.MarkupHandling = MarkupMode.Allow;
        for (int i = 1; i < _test.TestState.Sources.Count; i++)
        {
            _test.FixedState.Sources.Add(_test.TestState.Sources[i]);
        }

        return this;
    }

    public Task Verify() => _test.RunAsync(CancellationToken.None);
}
