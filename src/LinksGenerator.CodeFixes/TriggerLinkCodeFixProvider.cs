using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Diagnostics;
using LinksGenerator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LinksGenerator.CodeFixes;

/// <summary>
/// LNK002: replaces a hard-coded trigger-link merge field with the generated <c>TriggerLinks</c> constant, keeping the
/// string's run-time value identical. Fix All rewrites each string once, with all its fields.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TriggerLinkCodeFixProvider)), Shared]
public sealed class TriggerLinkCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(TriggerLinkRules.KnownTriggerLink.Id);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            await TriggerLinkRewriter.FixAsync(document, diagnostics.Where(IsFixable).ToImmutableArray(), context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics.Where(IsFixable))
        {
            if (!TriggerLinkRewriter.CanRewrite(root, model, diagnostic, context.CancellationToken))
            {
                continue;
            }

            string member = diagnostic.Properties[DiagnosticProperties.MemberName]!;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use TriggerLinks.{member}",
                    cancellationToken => TriggerLinkRewriter.FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    equivalenceKey: nameof(TriggerLinkCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>u8 literals and constants folded from several pieces have no value-preserving rewrite; the analyzer says so.</summary>
    private static bool IsFixable(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Fixable, out string? fixable) && fixable == "true"
        && diagnostic.Properties.ContainsKey(DiagnosticProperties.MemberName)
        && diagnostic.Properties.ContainsKey(DiagnosticProperties.ClassName);
}
