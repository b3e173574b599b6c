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
using Microsoft.CodeAnalysis.Text;

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

            string replacement = Replacement(model, use, current);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {current.Path}",
                    cancellationToken => Replace(context.Document, use, replacement, cancellationToken),
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
    /// What the use becomes: after a dot (<c>TriggerLinks.FirstTag</c>) the current member's name alone; a bare name
    /// (under <c>using static</c>, or inside the class) the same when that name means the current member where the use
    /// is, else the member reached through its class, so a local or parameter of that name never takes its place.
    /// </summary>
    private static string Replacement(SemanticModel model, SimpleNameSyntax use, CurrentLink current)
    {
        bool qualified = use.Parent is MemberAccessExpressionSyntax access && access.Name == use || use.Parent is QualifiedNameSyntax qualifiedName && qualifiedName.Right == use;
        if (qualified || ClassReference.Means(model, use.SpanStart, current.Name, symbol => SymbolEqualityComparer.Default.Equals(symbol, current.Field)))
        {
            return current.Name;
        }

        string reference = ClassReference.At(model, use.SpanStart, current.TriggerLinks.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)) + current.Nested + "." + current.Name;

        // In an interpolation hole the "::" of global:: would start a format clause.
        return reference.StartsWith("global::", System.StringComparison.Ordinal) ? "(" + reference + ")" : reference;
    }

    /// <summary>
    /// The member an alias stands for, when <paramref name="use"/> names one of our aliases: a constant of a
    /// <c>TriggerLinks</c> class that LinksGenerator generated, whose value is another member of that class.
    /// </summary>
    private static CurrentLink? CurrentMember(SemanticModel model, SimpleNameSyntax use, CancellationToken cancellationToken)
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
                && type.GetMembers(target.Identifier.ValueText).OfType<IFieldSymbol>().FirstOrDefault(f => f.IsConst && !IsObsolete(f)) is { } field)
            {
                string nested = SymbolEqualityComparer.Default.Equals(type, triggerLinks) ? "" : "." + type.Name;
                return new CurrentLink(field, triggerLinks, nested);
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

    /// <summary>Replaces the name's text: an identifier, or a qualified reference that parses where the name stood.</summary>
    private static async Task<Document> Replace(Document document, SimpleNameSyntax use, string replacement, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(use.Identifier.Span, replacement)));
    }

    /// <summary>The current member an alias stands for, the <c>TriggerLinks</c> class, and <c>.Downtown</c> for a location's class.</summary>
    private sealed record CurrentLink(IFieldSymbol Field, INamedTypeSymbol TriggerLinks, string Nested)
    {
        public string Name => Field.Name;

        /// <summary>How the code action names it: <c>TriggerLinks.FirstTagSpring</c>, <c>TriggerLinks.Downtown.BookNow</c>.</summary>
        public string Path => TriggerLinks.Name + Nested + "." + Name;
    }
}
