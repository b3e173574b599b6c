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
/// FirstTagSpring;</c>, the same in a location's class, <c>TriggerLinks.Downtown</c>, or a <c>TriggerLinks.Location</c>
/// property every location renamed alike): rewrites the use to the current member. Only our generated aliases are
/// touched; any other obsolete member is someone else's business.
/// </summary>
/// <remarks>
/// Fix All does not go through the code action's equivalence key: <c>dotnet format analyzers --diagnostics CS0618</c>
/// asks for a fix on the project's first CS0618 only and passes that action's key on, so when the first one is someone
/// else's obsolete member (no action, no key) a key-matching fixer rewrites nothing. Ours takes every CS0618 in scope and
/// rewrites the ones that are our aliases.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenamedLinkCodeFixProvider)), Shared]
public sealed class RenamedLinkCodeFixProvider : CodeFixProvider
{
    /// <summary>CS0618: "'member' is obsolete: 'message'".</summary>
    public const string ObsoleteMemberUsed = "CS0618";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ObsoleteMemberUsed);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

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
            if (RewriteOf(root, model, diagnostic, context.CancellationToken) is not { } rewrite)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {rewrite.Current.Path}",
                    async cancellationToken => await FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken).ConfigureAwait(false) ?? context.Document,
                    equivalenceKey: nameof(RenamedLinkCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>Rewrites every use among <paramref name="diagnostics"/> that is one of our aliases; null when none is.</summary>
    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        TextChange[] changes = diagnostics
            .Select(diagnostic => RewriteOf(root, model, diagnostic, cancellationToken))
            .OfType<Rewrite>()
            .SelectMany(rewrite => new[] { KeepInferredName(model, rewrite.Use, cancellationToken), new TextChange(rewrite.Use.Identifier.Span, rewrite.Replacement) })
            .OfType<TextChange>()
            .GroupBy(change => change.Span)
            .Select(same => same.First())
            .ToArray();
        if (changes.Length == 0)
        {
            return null;
        }

        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(changes));
    }

    /// <summary>What the flagged use becomes, when it is a use of one of our aliases outside <c>nameof</c>.</summary>
    private static Rewrite? RewriteOf(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        diagnostic.Id == ObsoleteMemberUsed
        && root.FullSpan.Contains(diagnostic.Location.SourceSpan) // by span: a build's diagnostic carries a tree of its own
        && UseOf(root, diagnostic) is { } use
        && !IsInNameof(model, use, cancellationToken)
        && CurrentMember(model, use, cancellationToken) is { } current
        && !CapturedSource.Shows(model, use, cancellationToken)
            ? new Rewrite(use, current, Replacement(model, use, current))
            : null;

    /// <summary>
    /// The simple name the compiler flagged: the name itself, or the name part of <c>TriggerLinks.FirstTag</c> (a member
    /// access; a qualified name where a pattern reads like a type, <c>s is TriggerLinks.FirstTag</c>) or of <c>l?.BookNow</c>.
    /// </summary>
    private static SimpleNameSyntax? UseOf(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            QualifiedNameSyntax qualified => qualified.Right,
            MemberBindingExpressionSyntax binding => binding.Name,
            SimpleNameSyntax name => name,
            _ => null,
        };

    /// <summary>
    /// The name an anonymous type's member or a tuple's element takes from the use (<c>new { TriggerLinks.FirstTag }</c>),
    /// written out so the rewrite keeps it: taken from the new member, it would become <c>FirstTagSpring</c>, and code
    /// reading <c>.FirstTag</c> would not compile (or a serialized payload would change its keys). A tuple element's name
    /// is written only where it survives the tuple's conversion; elsewhere it is ignored, and writing it would be CS8123.
    /// </summary>
    private static TextChange? KeepInferredName(SemanticModel model, SimpleNameSyntax use, CancellationToken cancellationToken)
    {
        ExpressionSyntax named = use.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == use => access,
            MemberBindingExpressionSyntax { Parent: ConditionalAccessExpressionSyntax conditional } binding when conditional.WhenNotNull == binding => conditional,
            _ => use,
        };
        string name = use.Identifier.ValueText;
        bool keep = named.Parent switch
        {
            AnonymousObjectMemberDeclaratorSyntax { NameEquals: null } => true,
            ArgumentSyntax { NameColon: null, Parent: TupleExpressionSyntax tuple } element =>
                TupleTarget(model, tuple, cancellationToken) is INamedTypeSymbol { IsTupleType: true } type
                && tuple.Arguments.IndexOf(element) is var index && index < type.TupleElements.Length
                && type.TupleElements[index].Name == name,
            _ => false,
        };
        string separator = named.Parent is AnonymousObjectMemberDeclaratorSyntax ? " = " : ": ";
        return keep ? new TextChange(new TextSpan(named.SpanStart, 0), name + separator) : null;
    }

    /// <summary>
    /// The type a tuple literal ends up as: the one it is converted to, or under a cast, the cast's (the literal's own
    /// converted type is then its natural type, names inferred, and a name written would be CS8123); none in a comparison.
    /// </summary>
    private static ITypeSymbol? TupleTarget(SemanticModel model, TupleExpressionSyntax tuple, CancellationToken cancellationToken)
    {
        SyntaxNode parent = tuple.Parent!;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent!;
        }

        return parent switch
        {
            CastExpressionSyntax cast => model.GetTypeInfo(cast.Type, cancellationToken).Type,

            // Compared with == or !=, a tuple's names are read by nothing, and a name written there is warning CS8383.
            BinaryExpressionSyntax comparison when comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression) => null,
            _ => model.GetTypeInfo(tuple, cancellationToken).ConvertedType,
        };
    }

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
        bool qualified = use.Parent is MemberAccessExpressionSyntax access && access.Name == use
            || use.Parent is QualifiedNameSyntax qualifiedName && qualifiedName.Right == use
            || use.Parent is MemberBindingExpressionSyntax;
        if (qualified || NamesMemberOfPatternInput(use) || ClassReference.Means(model, use.SpanStart, current.Name, symbol => SymbolEqualityComparer.Default.Equals(symbol, current.Member)))
        {
            return current.Name;
        }

        if (!current.Member.IsStatic)
        {
            return "this." + current.Name; // A bare use of a Location property inside the (partial) class itself.
        }

        string reference = ClassReference.At(model, use.SpanStart, current.TriggerLinks.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)) + current.Nested + "." + current.Name;

        // In an interpolation hole the "::" of global:: would start a format clause.
        return reference.StartsWith("global::", System.StringComparison.Ordinal) ? "(" + reference + ")" : reference;
    }

    /// <summary>
    /// Whether the use names a member of what a property pattern tests, <c>is { BookNow: "x" }</c> or
    /// <c>{ BookNow.Length: 3 }</c>: there a name is looked up on the tested value's type, never in scope, so the new name
    /// alone is right (and <c>this.</c> or a class would not compile).
    /// </summary>
    private static bool NamesMemberOfPatternInput(SimpleNameSyntax use)
    {
        SyntaxNode node = use;
        while (node.Parent is MemberAccessExpressionSyntax access && access.Expression == node)
        {
            node = access;
        }

        return node.Parent is NameColonSyntax { Parent: SubpatternSyntax } or ExpressionColonSyntax { Parent: SubpatternSyntax };
    }

    /// <summary>
    /// The member an alias stands for, when <paramref name="use"/> names one of our aliases: a constant of a
    /// <c>TriggerLinks</c> class that LinksGenerator generated whose value is another member of that class, or a property of
    /// its <c>Location</c> class that reads another property of it.
    /// </summary>
    private static CurrentLink? CurrentMember(SemanticModel model, SimpleNameSyntax use, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(use, cancellationToken).Symbol is not ({ ContainingType: { } type } alias and (IFieldSymbol { IsConst: true } or IPropertySymbol))
            || TriggerLinksClass(type) is not { } triggerLinks
            || !IsGeneratedByUs(triggerLinks))
        {
            return null;
        }

        foreach (SyntaxReference reference in alias.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax(cancellationToken);
            if (!IsDeclaredByUs(declaration))
            {
                continue; // The user's own [Obsolete] member in their own partial TriggerLinks: theirs to move.
            }

            string? target = declaration switch
            {
                VariableDeclaratorSyntax { Initializer.Value: IdentifierNameSyntax name } => name.Identifier.ValueText,
                PropertyDeclarationSyntax { ExpressionBody.Expression: MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } } => name.Identifier.ValueText,
                _ => null,
            };
            if (target is not null
                && type.GetMembers(target).FirstOrDefault(m => m.Kind == alias.Kind && m.IsStatic == alias.IsStatic && !IsObsolete(m)) is { } member)
            {
                string nested = SymbolEqualityComparer.Default.Equals(type, triggerLinks) ? "" : "." + type.Name;
                return new CurrentLink(member, triggerLinks, nested);
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

    /// <summary>
    /// Whether a member's declaration is one the generator wrote: inside the <c>TriggerLinks</c> declaration that carries
    /// our <c>[GeneratedCode("LinksGenerator", …)]</c>. The class is partial, and the type's attribute covers every part;
    /// a part the user wrote cannot repeat the attribute (it allows one), so this tells their members from ours.
    /// </summary>
    private static bool IsDeclaredByUs(SyntaxNode declaration) =>
        declaration.Ancestors().OfType<ClassDeclarationSyntax>().Any(type =>
            type.Identifier.ValueText == MemberNamer.ClassName
            && type.AttributeLists.SelectMany(list => list.Attributes).Any(IsOurGeneratedCode));

    private static bool IsOurGeneratedCode(AttributeSyntax attribute) =>
        attribute.Name.ToString().EndsWith("GeneratedCodeAttribute", System.StringComparison.Ordinal)
        && attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { Token.ValueText: "LinksGenerator" };

    private static bool IsObsolete(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute");

    /// <summary>A use of an alias and what to write instead.</summary>
    private sealed record Rewrite(SimpleNameSyntax Use, CurrentLink Current, string Replacement);

    /// <summary>
    /// The current member an alias stands for, the <c>TriggerLinks</c> class, and <c>.Downtown</c> for a location's class
    /// (<c>.Location</c> for a property of every location).
    /// </summary>
    private sealed record CurrentLink(ISymbol Member, INamedTypeSymbol TriggerLinks, string Nested)
    {
        public string Name => Member.Name;

        /// <summary>How the code action names it: <c>TriggerLinks.FirstTagSpring</c>, <c>TriggerLinks.Downtown.BookNow</c>.</summary>
        public string Path => TriggerLinks.Name + Nested + "." + Name;
    }
}
