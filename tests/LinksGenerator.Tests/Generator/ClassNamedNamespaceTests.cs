using System.Globalization;
using System.Linq;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// A root namespace with a part named TriggerLinks (docs/rules/LNK008.md): the class is generated, and LNK008 says why
/// code outside the namespace that names it TriggerLinks fails with CS0234.
/// </summary>
public class ClassNamedNamespaceTests
{
    [Theory]
    [InlineData("TriggerLinks", "TriggerLinks", "Messaging", "static class Program { static string Sms => TriggerLinks.FirstTag; }")]
    [InlineData("Acme.TriggerLinks", "Acme.TriggerLinks", "Acme", "namespace Acme { static class Program { static string Sms => TriggerLinks.FirstTag; } }")]
    [InlineData("Acme.TriggerLinks.Web", "Acme.TriggerLinks", "Acme.Web", "namespace Acme { static class Program { static string Sms => TriggerLinks.FirstTag; } }")]
    public void A_namespace_part_named_like_the_class_is_LNK008_and_the_class_is_still_generated(string @namespace, string hiding, string suggestion, string outside)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, @namespace, sources: [outside, $"namespace {@namespace} {{ static class Inside {{ static string Sms => TriggerLinks.FirstTag; }} }}"]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK008", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal(
            $"TriggerLinks is generated in the namespace '{@namespace}', which has a part named TriggerLinks: code outside it that writes TriggerLinks.<Member> finds " +
            $"the namespace '{hiding}' where it means the class, and fails with CS0234. Set <TriggerLinksNamespace> in the project file to a namespace without that part, such as {suggestion}",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.NotNull(run.GeneratedSource);

        // What the warning says: the code outside fails on the namespace, the code inside finds the class.
        Diagnostic error = Assert.Single(run.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0234", error.Id);
        Assert.Equal(run.OutputCompilation.SyntaxTrees.First().FilePath, error.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("Acme.TriggerLinksApp")]
    [InlineData("Acme.Triggerlinks")] // another name: C# names are case-sensitive
    [InlineData(null)]
    public void A_namespace_without_that_part_is_not_reported(string? @namespace)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, @namespace);

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "LNK008");
        Assert.NotNull(run.GeneratedSource);
    }
}
