using System;
using System.Globalization;
using System.Linq;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// The project's own code and the class's name (docs/generated-code.md, "Your own part of TriggerLinks"): a partial class
/// is a part of the generated one, and may choose its accessibility; any other type of that name is LNK005 at its
/// declaration, and nothing is generated.
/// </summary>
public class OwnDeclarationTests
{
    [Theory]
    [InlineData("internal static partial class TriggerLinks { }")]
    [InlineData("static partial class TriggerLinks { } internal partial class TriggerLinks { }")]
    public void A_part_that_states_its_accessibility_makes_the_class_that_accessible(string part)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, sources: [$"namespace Consumer {{ {part} }}"]);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors);
        Assert.Contains("\n    static partial class TriggerLinks\n", run.GeneratedSource, StringComparison.Ordinal);
        INamedTypeSymbol type = run.OutputCompilation.GetTypeByMetadataName("Consumer.TriggerLinks")!;
        Assert.Equal(Accessibility.Internal, type.DeclaredAccessibility);
        Assert.Contains(type.GetMembers(), m => m.Name == "FirstTag");
    }

    [Theory]
    [InlineData("partial class TriggerLinks { public static string Greeting => \"Book: \" + FirstTag; }", "public static partial class")]
    [InlineData("static partial class TriggerLinks { }", "public static partial class")]
    [InlineData("public static partial class TriggerLinks { }", "static partial class")]
    public void A_part_that_states_no_accessibility_or_public_leaves_the_class_public(string part, string generated)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, sources: [$"namespace Consumer {{ {part} }}"]);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors);
        Assert.Contains($"\n    {generated} TriggerLinks\n", run.GeneratedSource, StringComparison.Ordinal);
        Assert.Equal(Accessibility.Public, run.OutputCompilation.GetTypeByMetadataName("Consumer.TriggerLinks")!.DeclaredAccessibility);
    }

    [Fact]
    public void In_files_without_paths_LNK005_is_placed_by_its_span_alone_and_nothing_crashes()
    {
        // A host may compile documents with no path: which tree is meant is then unknown, and a span placed in another
        // tree, shorter than it, would be an exception in the compiler (CS8785).
        CSharpCompilation compilation = TestCompilation.Create([]).AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("class A { }"),
            CSharpSyntaxTree.ParseText("namespace Consumer { public enum TriggerLinks { A } }"));
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, KnownSnapshot.Json)], GeneratorHarness.Options("Consumer"));

        GeneratorRun run = GeneratorHarness.RunDriver(driver, compilation);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK005", diagnostic.Id);
        Assert.Null(diagnostic.Location.SourceTree);
        Assert.Equal("namespace Consumer { public enum ".Length, diagnostic.Location.SourceSpan.Start);
        Assert.Null(run.GeneratedSource);
    }

    [Theory]
    [InlineData("public static class TriggerLinks { public const string FirstTag = \"x\"; }", "a class without 'partial'")]
    [InlineData("public enum TriggerLinks { A }", "an enum")]
    [InlineData("public struct TriggerLinks { }", "a struct")]
    [InlineData("public interface TriggerLinks { }", "an interface")]
    [InlineData("public partial record TriggerLinks;", "a record")]
    [InlineData("public partial record struct TriggerLinks;", "a record struct")]
    [InlineData("file static partial class TriggerLinks { }", "a 'file' class, a type of its own")]
    [InlineData("public delegate void TriggerLinks();", "a delegate")]
    [InlineData("namespace TriggerLinks { class Folder { } }", "a namespace")]
    public void Another_type_of_that_name_is_LNK005_at_its_name_and_nothing_is_generated(string declaration, string kind)
    {
        string source = $"namespace Consumer {{ {declaration} }}";

        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, sources: [source]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LNK005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            $"'Consumer.TriggerLinks' is declared here as {kind}, so the class LinksGenerator generates from the snapshot cannot be: delete this declaration " +
            "(the generated class holds the links' constants), make it a 'static partial class' to add members of your own, or set TriggerLinksNamespace to generate TriggerLinks in another namespace",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        // In the code's own syntax tree, not a file of that path: only there do .editorconfig sections and #pragma reach it.
        Assert.Same(run.OutputCompilation.SyntaxTrees.First(), diagnostic.Location.SourceTree);
        FileLinePositionSpan where = diagnostic.Location.GetLineSpan();
        Assert.Equal(run.OutputCompilation.SyntaxTrees.First().FilePath, where.Path);
        Assert.Equal(source.IndexOf("TriggerLinks", StringComparison.Ordinal), where.StartLinePosition.Character);
        Assert.Equal("TriggerLinks".Length, where.EndLinePosition.Character - where.StartLinePosition.Character);
        Assert.Null(run.GeneratedSource);
        Assert.Empty(run.CompilationErrors);
    }

    [Theory]
    [InlineData("namespace Consumer { internal static partial class TriggerLinks { } }", "namespace Consumer { enum TriggerLinks { A } }")]
    [InlineData("namespace Consumer { enum TriggerLinks { A } }", "namespace Consumer { struct TriggerLinks { } }")]
    [InlineData("namespace Consumer { static partial class TriggerLinks { } }", "namespace Consumer { delegate void TriggerLinks(); }")]
    public void Beside_a_part_or_another_type_each_type_that_cannot_be_a_part_is_LNK005_and_nothing_is_generated(string first, string second)
    {
        // What a half-done migration leaves: two types of one name, which no single lookup by name returns.
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, sources: [first, second]);

        Assert.Null(run.GeneratedSource);
        Assert.All(run.Diagnostics, d => Assert.Equal("LNK005", d.Id));
        int clashes = first.Contains("partial", StringComparison.Ordinal) ? 1 : 2;
        Assert.Equal(clashes, run.Diagnostics.Length);
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_namespace_of_that_name_written_in_a_dotted_name_is_LNK005_at_its_own_part()
    {
        const string Source = "namespace Consumer.TriggerLinks.Templates { class Folder { } }";

        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, sources: [Source]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.StartsWith("'Consumer.TriggerLinks' is declared here as a namespace, so", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(Source.IndexOf("TriggerLinks", StringComparison.Ordinal), diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Equal("TriggerLinks".Length, diagnostic.Location.SourceSpan.Length);
        Assert.Null(run.GeneratedSource);
        Assert.Empty(run.CompilationErrors);
    }

    [Theory]
    [InlineData(null, "enum TriggerLinks { A }")]
    [InlineData("Acme.@class", "namespace Acme.@class { enum TriggerLinks { A } }")]
    public void The_namespace_looked_in_is_the_generated_class_s_own(string? @namespace, string source)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, @namespace, sources: [source]);

        Assert.Equal("LNK005", Assert.Single(run.Diagnostics).Id);
    }

    [Theory]
    [InlineData("namespace Other { public enum TriggerLinks { A } }")]
    [InlineData("namespace Consumer { public static class Outer { public enum TriggerLinks { A } } }")]
    [InlineData("namespace Consumer { public static class TriggerLinks<T> { } }")]
    [InlineData("namespace Other.TriggerLinks { class Folder { } }")]
    public void A_type_of_that_name_elsewhere_is_no_concern(string source)
    {
        GeneratorRun run = GeneratorHarness.Run(KnownSnapshot.Json, sources: [source]);

        Assert.Empty(run.Diagnostics);
        Assert.NotNull(run.GeneratedSource);
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void A_type_of_that_name_in_a_referenced_assembly_is_not_the_project_s_own()
    {
        // CS0436's case (docs/generated-code.md): the project's own class wins over the imported one, and is generated.
        var library = TestCompilation.Create(["namespace Consumer { public enum TriggerLinks { A } }"], assemblyName: "Library");
        var consumer = TestCompilation.Create(["namespace Consumer { internal static class Placeholder { } }"]).AddReferences(library.ToMetadataReference());
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, KnownSnapshot.Json)], GeneratorHarness.Options("Consumer"));

        GeneratorRun run = GeneratorHarness.RunDriver(driver, consumer);

        Assert.Empty(run.Diagnostics);
        Assert.NotNull(run.GeneratedSource);
    }
}
