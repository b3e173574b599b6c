using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Analyzer;
using LinksGenerator.Diagnostics;
using LinksGenerator.Fields;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.CodeFixes;

/// <summary>
/// Rewrites strings so each diagnosed merge field becomes a reference to its constant and the value stays the same:
/// a literal that is only the field becomes the constant; regular and verbatim literals become a concatenation of
/// literals of the same kind; raw literals and interpolated strings get a hole where the field was, with braces
/// escaped as their kind requires. Names are written fully qualified and simplified where the usings allow.
/// </summary>
internal static class TriggerLinkRewriter
{
    public static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || diagnostics.IsEmpty)
        {
            return document;
        }

        var changes = new List<TextChange>();
        foreach (var group in diagnostics.GroupBy(d => StringNodeAt(root, d.Location.SourceSpan)))
        {
            if (group.Key is not ExpressionSyntax target || CapturedSource.Shows(model, target, cancellationToken))
            {
                continue;
            }

            var references = group.ToDictionary(d => d.Location.SourceSpan, d => Reference(d, model, target.SpanStart));
            changes.AddRange(target switch
            {
                LiteralExpressionSyntax literal => RewriteLiteral(literal, references, model, cancellationToken),
                InterpolatedStringExpressionSyntax interpolation when BecomesString(model, interpolation, cancellationToken) => RewriteInterpolation(interpolation, references),
                _ => [],
            });
        }

        // Applied as text and re-parsed, so the tree is exactly what the new source says (names and parentheses
        // are already chosen above; nothing is left for a simplifier or formatter to change). An interpolated string
        // changes only its text parts, so a string inside one of its holes is rewritten in the same pass; should two
        // changes still meet, the first is kept and the other string stays for the next run, rather than both failing.
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return changes.Count == 0 ? document : document.WithText(text.WithChanges(WithoutOverlaps(changes)));
    }

    private static List<TextChange> WithoutOverlaps(List<TextChange> changes)
    {
        var kept = new List<TextChange>(changes.Count);
        foreach (TextChange change in changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.Length))
        {
            if (kept.Count == 0 || kept[kept.Count - 1].Span.End <= change.Span.Start)
            {
                kept.Add(change);
            }
        }

        return kept;
    }

    /// <summary>
    /// Whether the string a diagnostic is in can be rewritten so that the code gets exactly what it got before (the program
    /// sees its value only, not its source text: <see cref="CapturedSource"/>).
    /// </summary>
    public static bool CanRewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        StringNodeAt(root, diagnostic.Location.SourceSpan) switch
        {
            InterpolatedStringExpressionSyntax interpolation => BecomesString(model, interpolation, cancellationToken) && !CapturedSource.Shows(model, interpolation, cancellationToken),
            { } literal => !CapturedSource.Shows(model, literal, cancellationToken),
            null => false,
        };

    /// <summary>
    /// Whether an interpolated string is made into a <c>string</c>. As a <c>FormattableString</c>, an <c>IFormattable</c> or
    /// an interpolated-string handler its holes are arguments (SQL parameters, structured-logging values): a field turned
    /// into a hole would reach the code as an argument instead of format text, so such strings are left alone.
    /// </summary>
    private static bool BecomesString(SemanticModel model, InterpolatedStringExpressionSyntax interpolation, CancellationToken cancellationToken)
    {
        if (!HoldsText(model.GetTypeInfo(interpolation, cancellationToken).ConvertedType))
        {
            return false;
        }

        // A cast or a conditional can make it a FormattableString above the string itself: (FormattableString)$"…".
        for (IOperation? operation = model.GetOperation(interpolation, cancellationToken); operation is not null; operation = operation.Parent)
        {
            if (!HoldsText(operation.Type))
            {
                return false;
            }

            if (operation.Parent is not (IConversionOperation or IParenthesizedOperation or IConditionalOperation))
            {
                break;
            }
        }

        return true;
    }

    /// <summary>A string, or a string held as an object: the text is what the code gets.</summary>
    private static bool HoldsText(ITypeSymbol? type) => type is null || type.SpecialType is SpecialType.System_String or SpecialType.System_Object;

    /// <summary>
    /// The constant as code at <paramref name="position"/> names it: the class as <see cref="ClassReference"/> names it
    /// there, then the member. Decided here with the semantic model, so the result never depends on a simplifier (which
    /// leaves names inside interpolation holes alone).
    /// </summary>
    private static string Reference(Diagnostic diagnostic, SemanticModel model, int position) =>
        ClassReference.At(model, position, diagnostic.Properties[DiagnosticProperties.ClassName]!) + "." + diagnostic.Properties[DiagnosticProperties.MemberName]!;

    private static SyntaxNode? StringNodeAt(SyntaxNode root, TextSpan span)
    {
        for (SyntaxNode? node = root.FindNode(span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            if (node is InterpolatedStringExpressionSyntax || node.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return node;
            }
        }

        return null;
    }

    private static IEnumerable<TextChange> RewriteLiteral(LiteralExpressionSyntax literal, Dictionary<TextSpan, string> references, SemanticModel model, CancellationToken cancellationToken)
    {
        StringPiece piece = StringPieceDecoder.FromLiteral(literal);
        List<FieldEdit> fields = FieldsToReplace(piece, references);
        if (fields.Count == 0)
        {
            return [];
        }

        if (IsInHole(literal))
        {
            // In a hole the "::" of global:: would start a format clause, as in Holes().
            fields = fields.ConvertAll(field => field with { Reference = Parenthesized(field.Reference) });
        }

        if (fields.Count == 1 && fields[0].ValueStart == 0 && fields[0].ValueEnd == piece.Value.Length)
        {
            return [new TextChange(literal.Span, fields[0].Reference)];
        }

        if (piece.Form == StringForm.Raw)
        {
            // A raw literal keeps its delimiters and indentation: it becomes a raw interpolated string with enough
            // '$' that none of its own braces can open a hole.
            int dollars = MaxBraceRun(literal.Token.Text) + 1;
            return [new TextChange(new TextSpan(literal.SpanStart, 0), new string('$', dollars)), .. Holes(fields, dollars)];
        }

        // Regular and verbatim: a concatenation of literals of the same kind, which is a constant wherever the literal
        // was. Each literal keeps the source text of its part, escapes included: rebuilt from the value, an invisible or
        // bidirectional character written as \u202E would land in the file raw.
        var parts = new List<string>();
        int at = 0;
        foreach (FieldEdit field in fields)
        {
            AddSegment(parts, literal, piece, at, field.ValueStart);
            parts.Add(field.Reference);
            at = field.ValueEnd;
        }

        AddSegment(parts, literal, piece, at, piece.Value.Length);
        string concatenation = string.Join(" + ", parts);
        return [new TextChange(literal.Span, NeedsParentheses(literal, model, cancellationToken) ? "(" + concatenation + ")" : concatenation)];
    }

    private static IEnumerable<TextChange> RewriteInterpolation(InterpolatedStringExpressionSyntax interpolation, Dictionary<TextSpan, string> references)
    {
        var fields = new List<FieldEdit>();
        foreach (var (_, piece) in StringPieceDecoder.FromInterpolation(interpolation))
        {
            fields.AddRange(FieldsToReplace(piece, references));
        }

        // $"…" holes open with one brace; a raw $$"""…""" string's holes open with as many braces as it has '$'.
        bool raw = interpolation.StringStartToken.IsKind(SyntaxKind.InterpolatedSingleLineRawStringStartToken)
            || interpolation.StringStartToken.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken);
        int braces = raw ? interpolation.StringStartToken.Text.TakeWhile(c => c == '$').Count() : 1;
        return Holes(fields, braces);
    }

    /// <summary>The diagnosed fields of a piece; none when the piece cannot be mapped to source exactly (no rewrite is then safe).</summary>
    private static List<FieldEdit> FieldsToReplace(StringPiece piece, Dictionary<TextSpan, string> references)
    {
        var fields = new List<FieldEdit>();
        if (!piece.IsMapped || piece.Value.IndexOf(LinksGenerator.Snapshot.MergeField.Marker, System.StringComparison.Ordinal) < 0)
        {
            return fields;
        }

        var matches = new List<MergeFieldMatch>();
        MergeFieldScanner.ScanPiece(piece.Value, matches);
        foreach (MergeFieldMatch match in matches)
        {
            TextSpan span = piece.SourceSpan(match.Start, match.End);
            if (match.IsWellFormed && references.TryGetValue(span, out string? reference))
            {
                fields.Add(new FieldEdit(match.Start, match.End, span, reference));
            }
        }

        return fields;
    }

    /// <summary>Each field's source text replaced by a hole of <paramref name="braces"/> braces.</summary>
    private static IEnumerable<TextChange> Holes(List<FieldEdit> fields, int braces) =>
        fields.Select(field => new TextChange(field.Source, new string('{', braces) + Parenthesized(field.Reference) + new string('}', braces)));

    /// <summary>
    /// A reference as it can stand in an interpolation hole: in <c>{global::Ns.TriggerLinks.X}</c> the "::" starts a
    /// format clause and the code no longer compiles, so a reference that starts with <c>global::</c> goes in parentheses.
    /// </summary>
    private static string Parenthesized(string reference) =>
        reference.StartsWith("global::", System.StringComparison.Ordinal) ? "(" + reference + ")" : reference;

    /// <summary>
    /// Whether a literal is part of an interpolation hole's expression with no parentheses in between
    /// (<c>{"…"}</c>, <c>{"…",40}</c>, <c>{"a" + "…"}</c>): there a ':' at the top of the expression ends it.
    /// </summary>
    private static bool IsInHole(LiteralExpressionSyntax literal)
    {
        for (SyntaxNode? node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case InterpolationSyntax:
                    return true;
                case ParenthesizedExpressionSyntax or ArgumentListSyntax or TupleExpressionSyntax:
                    return false; // Inside parentheses a ':' is not the hole's.
                case ExpressionSyntax or ArgumentSyntax or BracketedArgumentListSyntax:
                    continue; // Parentheses where they may not be needed are harmless.
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a concatenation in place of <paramref name="literal"/> must be parenthesized: not where it is a whole
    /// argument, initializer, returned or assigned value, a branch of ?: or ??, or an operand of a string's +
    /// (once a + chain is a string, regrouping it cannot change its value); yes as a receiver ("…".Length), as the right
    /// operand of a user-defined + (<c>message + "…"</c> would call it once per part), and anywhere else, where parentheses
    /// are always safe.
    /// </summary>
    private static bool NeedsParentheses(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken) => literal.Parent switch
    {
        ArgumentSyntax or AttributeArgumentSyntax or EqualsValueClauseSyntax or ArrowExpressionClauseSyntax => false,
        ReturnStatementSyntax or ParenthesizedExpressionSyntax or InterpolationSyntax or InitializerExpressionSyntax => false,
        SwitchExpressionArmSyntax arm => arm.Expression != literal,
        ConditionalExpressionSyntax conditional => conditional.Condition == literal,
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add => add.Right == literal && !IsStringConcatenation(model, add, cancellationToken),
        BinaryExpressionSyntax binary => !(binary.IsKind(SyntaxKind.CoalesceExpression) && binary.Right == literal),
        AssignmentExpressionSyntax assignment => assignment.Right != literal,
        _ => true,
    };

    /// <summary>Whether a + is the language's string concatenation, not an operator a type defines.</summary>
    private static bool IsStringConcatenation(SemanticModel model, BinaryExpressionSyntax add, CancellationToken cancellationToken) =>
        model.GetOperation(add, cancellationToken) is IBinaryOperation { OperatorMethod: null } operation && operation.Type?.SpecialType == SpecialType.System_String;

    private static int MaxBraceRun(string text)
    {
        int max = 0, run = 0;
        char previous = '\0';
        foreach (char c in text)
        {
            run = (c == '{' || c == '}') && c == previous ? run + 1 : (c == '{' || c == '}') ? 1 : 0;
            max = System.Math.Max(max, run);
            previous = c;
        }

        return max;
    }

    /// <summary>The literal of value characters [<paramref name="start"/>, <paramref name="end"/>), spelled as the source spells them.</summary>
    private static void AddSegment(List<string> parts, LiteralExpressionSyntax literal, StringPiece piece, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        TextSpan source = piece.SourceSpan(start, end);
        string spelled = literal.Token.Text.Substring(source.Start - literal.Token.SpanStart, source.Length);
        parts.Add((piece.Form == StringForm.Verbatim ? "@\"" : "\"") + spelled + "\"");
    }

    /// <summary>A field to replace: where it is in its piece's value and in source, and the constant that replaces it.</summary>
    private readonly record struct FieldEdit(int ValueStart, int ValueEnd, TextSpan Source, string Reference);
}
