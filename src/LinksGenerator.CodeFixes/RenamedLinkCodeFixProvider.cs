using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LinksGenerator.CodeFixes;

/// <summary>
/// CS0618 on a renamed link's alias (<c>TriggerLinks.FirstTag</c>, kept as <c>[Obsolete] const string FirstTag =
/// FirstTagSpring;</c>, or the same in a location's class, <c>TriggerLinks.Downtown</c>): rewrites the use to the
/// current member. Only our generated aliases are touched; any other
/// obsolete member is someone else's business. Fix All (document, project, solution) uses the batch fixer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenamedLinkCodeFixProvider)), Shared]
public sealed class RenamedLinkCodeFixProvider : CodeFixProvider
{
    /// <summary>CS0618: "'member' is obsolete: 'message'".</summary>
    public const string ObsoleteMemberUsed = "CS0618";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ObsoleteMemberUsed);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (UseOf(root, diagnostic) is not { } use
                || IsInNameof(model, use, context.CancellationToken)
                || CurrentMember(model, use, context.CancellationToken) is not { } current)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {current.Path}",
                    cancellationToken => Rename(context.Document, use, current.Name, cancellationToken),
                    equivalenceKey: nameof(RenamedLinkCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>The simple name the compiler flagged: the name itself, or the name part of <c>TriggerLinks.FirstTag</c>.</summary>
    private static SimpleNameSyntax? UseOf(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            SimpleNameSyntax name => name,
            _ => null,
        };

    /// <summary>
    /// Whether the use is the argument of <c>nameof</c>: there the member's name is the value, and renaming it would change
    /// the program's output, while everywhere else the alias and the current member are the same constant.
    /// </summary>
    private static bool IsInNameof(SemanticModel model, SimpleNameSyntax use, CancellationToken cancellationToken) =>
        use.Ancestors()
            .OfType<InvocationExpressionSyntax>()
            .Any(call => call.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && model.GetOperation(call, cancellationToken) is INameOfOperation);

    /// <summary>
    /// The member an alias stands for, when <paramref name="use"/> names one of our aliases: a constant of a
    /// <c>TriggerLinks</c> class that LinksGenerator generated, whose value is another member of that class.
    /// </summary>
    private static (string Name, string Path)? CurrentMember(SemanticModel model, SimpleNameSyntax use, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(use, cancellationToken).Symbol is not IFieldSymbol { IsConst: true, ContainingType: { } type } alias
            || TriggerLinksClass(type) is not { } triggerLinks
            || !IsGeneratedByUs(triggerLinks))
        {
            return null;
        }

        foreach (SyntaxReference reference in alias.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: IdentifierNameSyntax target }
                && type.GetMembers(target.Identifier.ValueText).OfType<IFieldSymbol>().Any(f => f.IsConst && !IsObsolete(f)))
            {
                string container = SymbolEqualityComparer.Default.Equals(type, triggerLinks) ? type.Name : triggerLinks.Name + "." + type.Name;
                return (target.Identifier.ValueText, container + "." + target.Identifier.ValueText);
            }
        }

        return null;
    }

    /// <summary><c>TriggerLinks</c> itself, or the one a location's nested class (<c>TriggerLinks.Downtown</c>) is in.</summary>
    private static INamedTypeSymbol? TriggerLinksClass(INamedTypeSymbol type) =>
        type.Name == MemberNamer.ClassName ? type
        : type.ContainingType is { Name: MemberNamer.ClassName } outer ? outer
        : null;

    private static bool IsGeneratedByUs(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a =>
            a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value as string == "LinksGenerator");

    private static bool IsObsolete(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute");

    private static async Task<Document> Rename(Document document, SimpleNameSyntax use, string current, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SyntaxToken renamed = SyntaxFactory.Identifier(current).WithTriviaFrom(use.Identifier);
        return document.WithSyntaxRoot(root.ReplaceToken(use.Identifier, renamed));
    }
}
