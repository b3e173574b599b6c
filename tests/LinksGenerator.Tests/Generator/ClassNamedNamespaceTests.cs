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
            $"the namespace '{hiding}' where it means the class, and fails with CS0234. Set <TriggerLinksNamespace> in the project file to a namespace without that part, such as {suggestion}, " +
            $"and move the project's own code out of '{hiding}' too (code left in it finds that namespace as well); or reach the class from outside as global::{@namespace}.TriggerLinks",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.NotNull(run.GeneratedSource);

        // What the warning says: the code outside fails on the namespace, the code inside finds the class.
        Diagnostic error = Assert.Single(run.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0234", error.Id);
        Assert.Equal(run.OutputCompilation.SyntaxTrees.First().FilePath, error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void The_fixes_the_message_names_work_and_moving_the_class_alone_does_not()
    {
        const string Inside = "namespace Acme.TriggerLinks.Web { static class Inside { static string Sms => TriggerLinks.FirstTag; } }";

        // Reached from outside by its whole name, the class in Acme.TriggerLinks serves every piece of code.
        GeneratorRun reached = GeneratorHarness.Run(
            KnownSnapshot.Json, "Acme.TriggerLinks", sources: ["namespace Acme { static class Outside { static string Sms => global::Acme.TriggerLinks.TriggerLinks.FirstTag; } }", Inside.Replace("TriggerLinks.FirstTag", "global::Acme.TriggerLinks.TriggerLinks.FirstTag", System.StringComparison.Ordinal)]);
        Assert.Empty(reached.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        // Moved to Acme, with code left in Acme.TriggerLinks.*: that code finds the namespace on its way up, as the message says.
        GeneratorRun moved = GeneratorHarness.Run(KnownSnapshot.Json, "Acme", sources: [Inside]);
        Assert.DoesNotContain(moved.Diagnostics, d => d.Id == "LNK008");
        Assert.Equal("CS0234", Assert.Single(moved.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error).Id);

        // Moved, and the code with it: clean.
        GeneratorRun both = GeneratorHarness.Run(KnownSnapshot.Json, "Acme", sources: [Inside.Replace("Acme.TriggerLinks.Web", "Acme.Web", System.StringComparison.Ordinal)]);
        Assert.Empty(both.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
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
