using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using LinksGenerator.Catalog;
using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;
using LinksGenerator.Fields;
using LinksGenerator.Snapshot;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LinksGenerator.Analyzer;

/// <summary>
/// The per-compilation half of <see cref="TriggerLinkAnalyzer"/>: what the snapshot knows, and the three syntax
/// callbacks. Every callback starts with an ordinal search for "trigger_link" in values the compiler has already
/// computed, so the common string costs one IndexOf and nothing else.
/// </summary>
internal sealed class StringAnalysis(KnownLinks? links, ProjectSettings settings)
{
    private readonly ImmutableDictionary<string, string?> _fixable = Properties(settings, fixable: true);
    private readonly ImmutableDictionary<string, string?> _notFixable = Properties(settings, fixable: false);

    public void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        if (literal.Token.ValueText.IndexOf(MergeField.Marker, StringComparison.Ordinal) < 0)
        {
            return;
        }

        Guard(() =>
        {
            StringPiece piece = StringPieceDecoder.FromLiteral(literal);
            ReportFields(context, piece, piece.Form != StringForm.Utf8 && piece.IsMapped);
        });
    }

    public void AnalyzeInterpolation(SyntaxNodeAnalysisContext context)
    {
        var interpolation = (InterpolatedStringExpressionSyntax)context.Node;
        if (ContainsMarker(interpolation))
        {
            Guard(() =>
            {
                foreach (var (_, piece) in StringPieceDecoder.FromInterpolation(interpolation))
                {
                    if (piece.Value.IndexOf(MergeField.Marker, StringComparison.Ordinal) >= 0)
                    {
                        ReportFields(context, piece, piece.IsMapped);
                    }
                }
            });
        }

        // Only holes can spread a field over several pieces; ConstantPieces decides whether they could be constants.
        if (HasHole(interpolation) && ConstantPieces.MightSpanAField(interpolation))
        {
            Guard(() => AnalyzeFolded(context, interpolation));
        }
    }

    /// <summary>The outermost <c>a + b + …</c> of a constant string: a field may be spread over its pieces.</summary>
    public void AnalyzeConcatenation(SyntaxNodeAnalysisContext context)
    {
        ExpressionSyntax node = (ExpressionSyntax)context.Node;
        if (Unparenthesized(node).Parent is BinaryExpressionSyntax parent && parent.IsKind(SyntaxKind.AddExpression))
        {
            return;
        }

        // Asking the semantic model for a constant binds the expression: far too costly for every a + b in a project.
        if (!ConstantPieces.MightSpanAField(node))
        {
            return;
        }

        Guard(() => AnalyzeFolded(context, node));
    }

    /// <summary>
    /// Reports the well-formed fields of a constant string value that no single piece spells out whole: those are
    /// invisible to the per-literal checks. Malformed fields are only judged inside one literal (docs/rules/LNK003.md).
    /// </summary>
    private void AnalyzeFolded(SyntaxNodeAnalysisContext context, ExpressionSyntax node)
    {
        if (links is null)
        {
            return;
        }

        Optional<object?> constant = context.SemanticModel.GetConstantValue(node, context.CancellationToken);
        if (!constant.HasValue || constant.Value is not string value || value.IndexOf(MergeField.Marker, StringComparison.Ordinal) < 0)
        {
            return;
        }

        List<(int Start, int End)>? pieces = ConstantPieces.Of(node, context.SemanticModel, context.CancellationToken);
        if (pieces is null)
        {
            return;
        }

        var matches = new List<MergeFieldMatch>();
        MergeFieldScanner.ScanPiece(value, matches);
        foreach (MergeFieldMatch match in matches)
        {
            if (match.IsWellFormed && !pieces.Exists(p => p.Start <= match.Start && match.End <= p.End))
            {
                Report(context, match.Id!, value.Substring(match.Start, match.Length), node.GetLocation(), fixable: false);
            }
        }
    }

    private void ReportFields(SyntaxNodeAnalysisContext context, StringPiece piece, bool fixable)
    {
        var matches = new List<MergeFieldMatch>();
        MergeFieldScanner.ScanPiece(piece.Value, matches);
        foreach (MergeFieldMatch match in matches)
        {
            Location location = Location.Create(context.Node.SyntaxTree, piece.SourceSpan(match.Start, match.End));
            string text = piece.Value.Substring(match.Start, match.Length);
            if (match.IsWellFormed)
            {
                Report(context, match.Id!, text, location, fixable);
            }
            else
            {
                string problem = IsEscapedBraceSlip(context, piece, match) ? MalformedReason.InterpolationEscape : match.Problem!;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedTriggerLink, location, text, problem));
            }
        }
    }

    private void Report(SyntaxNodeAnalysisContext context, string id, string fieldText, Location location, bool fixable)
    {
        if (links is null)
        {
            return; // Without a readable snapshot nothing is known or unknown; LNK100/LNK103 say why.
        }

        if (links.TryGet(id, out KnownLink known))
        {
            // The constant holds the exact fieldKey: swapping it for "{{ trigger_link.x }}" (or for a field whose
            // snapshot fieldKey is odd) would change the string, so only an exact spelling is fixable.
            bool valuePreserving = fixable && string.Equals(fieldText, known.Link.FieldKey, StringComparison.Ordinal);
            var properties = (valuePreserving ? _fixable : _notFixable).SetItem(DiagnosticProperties.MemberName, known.MemberPath);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KnownTriggerLink, location, properties, known.MemberPath, fieldText));
        }
        else if (links.TryGetDeleted(id, out KnownDeletedLink deleted))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DeletedTriggerLink, location, deleted.Description, id));
        }
        else
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownTriggerLink, location, id, links.LocationDescription));
        }
    }

    /// <summary>Single braces in $"…" text that the source wrote doubled: the author meant a field and got an escape.</summary>
    private static bool IsEscapedBraceSlip(SyntaxNodeAnalysisContext context, StringPiece piece, MergeFieldMatch match) =>
        match.Problem == MalformedReason.SingleBraces
        && piece.Form is StringForm.InterpolatedRegular or StringForm.InterpolatedVerbatim
        && piece.IsMapped
        && context.Node.SyntaxTree.GetText(context.CancellationToken).ToString(piece.SourceSpan(match.Start, match.Start + 1)) == "{{";

    private static bool ContainsMarker(InterpolatedStringExpressionSyntax interpolation)
    {
        foreach (InterpolatedStringContentSyntax content in interpolation.Contents)
        {
            if (content is InterpolatedStringTextSyntax text && text.TextToken.ValueText.IndexOf(MergeField.Marker, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasHole(InterpolatedStringExpressionSyntax interpolation)
    {
        foreach (InterpolatedStringContentSyntax content in interpolation.Contents)
        {
            if (content is InterpolationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node;
    }

    private static ImmutableDictionary<string, string?> Properties(ProjectSettings settings, bool fixable) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.ClassName, settings.QualifiedClassName)
            .Add(DiagnosticProperties.Fixable, fixable ? "true" : "false");

    /// <summary>An analyzer that throws is AD0001 for the user and stops all its other diagnostics: never let that happen.</summary>
    private static void Guard(Action analyze)
    {
        try
        {
            analyze();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Deliberately swallowed: a missed diagnostic on one string is better than a broken analyzer for the project.
        }
    }
}
