using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Analyzer;
using LinksGenerator.CodeFixes;
using LinksGenerator.Diagnostics;
using LinksGenerator.Rules;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Tests.CodeFixes;

/// <summary>
/// The property behind LNK002's fix: for thousands of random strings in every form, the program computes exactly the
/// same values after Fix All as before, still compiles (constants included), and no fixable LNK002 is left (a field
/// spelled with inner spaces stays: the constant holds the exact fieldKey, so replacing it would change the value).
/// </summary>
public class FixPreservesValueTests
{
    private const int LiteralsPerDocument = 150;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Fix_all_keeps_every_runtime_value(int seed)
    {
        var random = new RandomStringLiteral(seed);
        for (int round = 0; round < 5; round++)
        {
            var literals = Enumerable.Range(0, LiteralsPerDocument).Select(_ => random.Next()).ToList();
            string before = Program(literals);

            Document document = CreateDocument(before);
            ImmutableArray<Diagnostic> diagnostics = await Lnk002(document);
            Assert.NotEmpty(diagnostics);

            Document fixedDocument = await TriggerLinkRewriter.FixAsync(document, diagnostics.Where(IsFixable).ToImmutableArray(), default);
            string after = (await fixedDocument.GetTextAsync()).ToString();

            string context = $"seed {seed}, round {round}";
            Assert.Equal(Run(before, context), Run(after, context + "\n" + after));
            Assert.Empty((await Lnk002(fixedDocument)).Where(IsFixable));
        }
    }

    private static bool IsFixable(Diagnostic diagnostic) => diagnostic.Properties[DiagnosticProperties.Fixable] == "true";

    private static string Program(List<GeneratedLiteral> literals)
    {
        var source = new StringBuilder("namespace Acme.Messaging\n{\n    public static class Values\n    {\n        public static readonly string Hole = \"<hole>\";\n");
        for (int i = 0; i < literals.Count; i++)
        {
            GeneratedLiteral literal = literals[i];
            source.Append("        // ").Append(literal.Form).Append('\n')
                .Append("        public ").Append(literal.IsConstant ? "const" : "static readonly").Append(" string V").Append(i).Append(" = ").Append(literal.Source).Append(";\n");
        }

        source.Append("        public static string[] All() => new string[] { ")
            .Append(string.Join(", ", Enumerable.Range(0, literals.Count).Select(i => "V" + i)))
            .Append(" };\n    }\n}\n");
        return source.ToString();
    }

    private static Document CreateDocument([StringSyntax(TestSyntax.CSharp)] string source)
    {
        var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Values", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .WithMetadataReferences(TestCompilation.Create([]).References);
        project = project.AddDocument("TriggerLinks.g.cs", KnownSnapshot.TriggerLinksSource("Acme.Messaging"), filePath: KnownSnapshot.GeneratedPath).Project;
        return project.AddDocument("Values.cs", SourceText.From(source));
    }

    private static async Task<ImmutableArray<Diagnostic>> Lnk002(Document document)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        var options = new AnalyzerOptions(
            [new InMemoryAdditionalText("/project/links.snapshot.json", KnownSnapshot.Json)],
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property._TriggerLinksNamespaceForCompiler"] = "Acme.Messaging" }));
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers([new TriggerLinkAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        return all.Where(d => d.Id == TriggerLinkRules.KnownTriggerLink.Id).ToImmutableArray();
    }

    private static string[] Run([StringSyntax(TestSyntax.CSharp)] string source, string context)
    {
        CSharpCompilation compilation = TestCompilation.Create([source, KnownSnapshot.TriggerLinksSource("Acme.Messaging")], assemblyName: "Values" + Guid.NewGuid().ToString("N"));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, context + "\n" + string.Join("\n", errors.Take(5)));
        Assembly assembly = TestCompilation.EmitAndLoad(compilation);
        return (string[])assembly.GetType("Acme.Messaging.Values")!.GetMethod("All")!.Invoke(null, null)!;
    }
}
