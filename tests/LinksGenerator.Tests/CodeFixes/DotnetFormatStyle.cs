using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Tests.CodeFixes;

/// <summary>
/// Fix All the way <c>dotnet format analyzers --diagnostics ID</c> runs it: register fixes for the project's first
/// diagnostic with the id, hand the first registered action's equivalence key (null when none was registered) to the
/// provider's Fix All in solution scope, and apply what it returns.
/// </summary>
internal static class DotnetFormatStyle
{
    public static async Task<string> FixAllAsync(CodeFixProvider provider, string diagnosticId, string code, string generated)
    {
        using var workspace = new AdhocWorkspace();
        ImmutableArray<MetadataReference> references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        Project project = workspace.AddProject("Consumer", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(references);
        project = project.AddDocument("TriggerLinks.g.cs", SourceText.From(generated), filePath: KnownSnapshot.GeneratedPath).Project;
        Document document = project.AddDocument("Code.cs", SourceText.From(code), filePath: "/0/Code.cs");
        project = document.Project;

        Compilation compilation = (await project.GetCompilationAsync())!;
        List<Diagnostic> diagnostics = compilation.GetDiagnostics()
            .Where(d => d.Id == diagnosticId && d.Location.SourceTree?.FilePath == document.FilePath)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();

        CodeAction? first = null;
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (action, _) => first ??= action, CancellationToken.None));

        var context = new FixAllContext(document, provider, FixAllScope.Solution, first?.EquivalenceKey!, [diagnosticId], new Diagnostics(project, diagnostics), CancellationToken.None);
        CodeAction fixAll = (await provider.GetFixAllProvider()!.GetFixAsync(context))!;
        Assert.NotNull(fixAll);
        ApplyChangesOperation apply = Assert.Single((await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        return (await apply.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private sealed class Diagnostics(Project project, IReadOnlyList<Diagnostic> all) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project forProject, CancellationToken cancellationToken) => GetProjectDiagnosticsAsync(forProject, cancellationToken);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(all.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project forProject, CancellationToken cancellationToken) =>
            Task.FromResult(forProject.Id == project.Id ? all : Enumerable.Empty<Diagnostic>());
    }
}
