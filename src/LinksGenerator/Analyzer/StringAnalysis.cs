using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using LinksGenerator.Catalog;
using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;
using LinksGenerator.Fields;
using LinksGenerator.Rules;
using LinksGenerator.Snapshot;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Judges C# strings against what the snapshot knows: literals and interpolated text found by
/// <see cref="StringsInTree"/>, and constant-folding candidates found by <see cref="FoldingCandidates"/>.
/// </summary>
internal sealed class StringAnalysis(KnownLinks? links, ProjectSettings settings, GeneratedClass generated)
{
    private readonly ImmutableDictionary<string, string?> _fixable = Properties(settings, fixable: true);
    private readonly ImmutableDictionary<string, string?> _notFixable = Properties(settings, fixable: false);

    /// <summary>A string literal whose source spells the marker: its fields, judged by value.</summary>
    public void AnalyzeLiteral(LiteralExpressionSyntax literal, DiagnosticSink sink)
    {
        if (literal.Token.ValueText.IndexOf(MergeField.Marker, StringComparison.Ordinal) < 0)
        {
            return;
        }

        Guard(() =>
        {
            StringPiece piece = StringPieceDecoder.FromLiteral(literal);
            ReportFields(sink, piece, piece.Form != StringForm.Utf8 && piece.IsMapped);
        });
    }

    /// <summary>
    /// A literal that may be a composite format or a regex (<see cref="LanguageArguments.MayBeOne"/>): a format is judged
    /// by the text it makes (never fixable: the constant there would be escaped just the same), a regex pattern not at all
    /// (it finds fields, it is never sent), anything else as any literal.
    /// </summary>
    public void AnalyzeLanguageArgument(LiteralExpressionSyntax literal, SemanticModel model, DiagnosticSink sink)
    {
        if (literal.Token.ValueText.IndexOf(MergeField.Marker, StringComparison.Ordinal) < 0)
        {
            return;
        }

        Guard(() =>
        {
            switch (LanguageArguments.LanguageOf(literal, model, sink.CancellationToken))
            {
                case ArgumentLanguage.Regex:
                    return;
                case ArgumentLanguage.Text:
                    AnalyzeLiteral(literal, sink);
                    return;
            }

            ReportFields(sink, StringPieceDecoder.FromLiteral(literal).FormattedAsCompositeFormat(), fixable: false, compositeFormat: true);
        });
    }

    /// <summary>The text parts of an interpolated string whose source spells the marker.</summary>
    public void AnalyzeInterpolationText(InterpolatedStringExpressionSyntax interpolation, DiagnosticSink sink)
    {
        if (!ContainsMarker(interpolation))
        {
            return;
        }

        Guard(() =>
        {
            foreach (var (_, piece) in StringPieceDecoder.FromInterpolation(interpolation))
            {
                if (piece.Value.IndexOf(MergeField.Marker, StringComparison.Ordinal) >= 0)
                {
                    ReportFields(sink, piece, piece.IsMapped);
                }
            }
        });
    }

    /// <summary>
    /// An outermost <c>a + b + …</c>, or an interpolation with holes, that may be a constant whose folded value holds a
    /// field no single piece spells out. The semantic model is only asked when a syntax-only check says it could be.
    /// </summary>
    public void AnalyzeFoldingCandidate(ExpressionSyntax node, SemanticModel model, DiagnosticSink sink)
    {
        if (node is InterpolatedStringExpressionSyntax interpolation ? !HasHole(interpolation) : ConstantPieces.IsOperandOfConcatenation(node))
        {
            return;
        }

        Guard(() => AnalyzeChain(node, model, sink));
    }

    /// <summary>
    /// A concatenation's longest constant start, then each operand past it that is a concatenation of its own: the
    /// compiler folds <c>(Open + "abc}}")</c> in <c>name + (Open + "abc}}")</c> as it folds a start, and no other
    /// candidate holds it (the outermost chain is the one found, and an operand's own <c>+</c> is inside it).
    /// </summary>
    private void AnalyzeChain(ExpressionSyntax node, SemanticModel model, DiagnosticSink sink)
    {
        if (links is null)
        {
            return;
        }

        var chains = new Stack<ExpressionSyntax>();
        chains.Push(node);
        while (chains.Count > 0)
        {
            sink.CancellationToken.ThrowIfCancellationRequested();
            ExpressionSyntax chain = chains.Pop();

            // Asking the semantic model for a constant binds the expression: far too costly for every a + b in a project.
            ExpressionSyntax? folded = ConstantPieces.FoldingCandidate(chain) is { } candidate ? AnalyzeFolded(candidate, model, sink) : null;
            foreach (ExpressionSyntax operand in ConstantPieces.ConcatenatedOperandsPast(chain, folded))
            {
                chains.Push(operand);
            }
        }
    }

    /// <summary>
    /// Reports the well-formed fields of a constant string value that no single piece spells out whole: those are
    /// invisible to the per-literal checks. Malformed fields are only judged inside one literal (docs/rules/LNK003.md). A
    /// concatenation that is not constant as a whole is judged by its longest constant start.
    /// </summary>
    /// <returns>The part of <paramref name="node"/> the compiler folds (judged here), or null when none is constant.</returns>
    private ExpressionSyntax? AnalyzeFolded(ExpressionSyntax node, SemanticModel model, DiagnosticSink sink)
    {
        // Open + "abc}}" + " for " + name is ((Open + "abc}}") + " for ") + name: the whole is not constant, but the
        // compiler folds its start, which may spell a whole field. Judge the longest constant start of the chain (a loop:
        // a chain can be 100,000 operands deep).
        // The chain is bound once (its operation tree) and its starts read from there: asking the semantic model about
        // each start, or each piece, walks up from it through the whole chain, quadratic in a chain thousands deep.
        FoldedOperation folded = FoldedOperation.Of(node, model, sink.CancellationToken);
        while (!folded.Constant.HasValue && ConstantPieces.ChainStart(node) is { } start)
        {
            node = start;
            folded = folded.Start(start, model, sink.CancellationToken);
        }

        if (!folded.Constant.HasValue)
        {
            return null;
        }

        if (folded.Constant.Value is not string value || value.IndexOf(MergeField.Marker, StringComparison.Ordinal) < 0)
        {
            return node;
        }

        List<(int Start, int End)>? pieces = ConstantPieces.Of(node, folded.Operation, model, sink.CancellationToken);
        if (pieces is null)
        {
            return node;
        }

        var matches = new List<MergeFieldMatch>();
        MergeFieldScanner.ScanPiece(value, matches);
        Location? location = null; // Once: a chain's span is found by descending its left side, as deep as the chain is long.
        foreach (MergeFieldMatch match in matches)
        {
            if (match.IsWellFormed && !ConstantPieces.OneHolds(pieces, match.Start, match.End))
            {
                Report(sink, match.Id!, value.Substring(match.Start, match.Length), location ??= node.GetLocation(), fixable: false);
            }
        }

        return node;
    }

    private void ReportFields(DiagnosticSink sink, StringPiece piece, bool fixable, bool compositeFormat = false)
    {
        var matches = new List<MergeFieldMatch>();
        MergeFieldScanner.ScanPiece(piece.Value, matches);
        foreach (MergeFieldMatch match in matches)
        {
            Location location = Location.Create(sink.Tree, piece.SourceSpan(match.Start, match.End));
            string text = piece.Value.Substring(match.Start, match.Length);
            if (match.IsWellFormed)
            {
                Report(sink, match.Id!, text, location, fixable);
            }
            else
            {
                string problem = !IsEscapedBraceSlip(sink, piece, match, compositeFormat) ? match.Problem!
                    : compositeFormat ? MalformedReason.CompositeFormatEscape
                    : MalformedReason.InterpolationEscape;
                sink.Report(Diagnostic.Create(DiagnosticDescriptors.MalformedTriggerLink, location, MessageText.Field(text), problem));
            }
        }
    }

    private void Report(DiagnosticSink sink, string id, string fieldText, Location location, bool fixable)
    {
        if (links is null)
        {
            return; // Without a readable snapshot nothing is known or unknown; LNK100/LNK103 say why.
        }

        if (links.TryGet(id, out KnownLink known))
        {
            if (!MergeField.IsFor(known.Link.FieldKey, id))
            {
                // A fieldKey edited into another field (LNK101 at the snapshot): the constant holds that other field, so
                // pointing at it would change which link the message sends. The id is known, so nothing else is said here.
                return;
            }

            // No class generated (LNK005-LNK007, LNK009 say why): there is no constant to point at, and the field is a known one.
            if (!generated.Exists)
            {
                return;
            }

            // The constant holds the exact fieldKey: swapping it for "{{ trigger_link.x }}" (or for a field whose
            // snapshot fieldKey is odd) would change the string, so only an exact spelling is fixable.
            bool valuePreserving = fixable && string.Equals(fieldText, known.Link.FieldKey, StringComparison.Ordinal);
            var properties = (valuePreserving ? _fixable : _notFixable).SetItem(DiagnosticProperties.MemberName, known.MemberPath);
            sink.Report(Diagnostic.Create(DiagnosticDescriptors.KnownTriggerLink, location, properties, known.MemberPath, MessageText.Safe(fieldText)));
        }
        else if (links.TryGetDeleted(id, out KnownDeletedLink deleted))
        {
            sink.Report(Diagnostic.Create(DiagnosticDescriptors.DeletedTriggerLink, location, deleted.Description, MessageText.Safe(id)));
        }
        else
        {
            sink.Report(Diagnostic.Create(DiagnosticDescriptors.UnknownTriggerLink, location, MessageText.Safe(id), links.LocationDescription));
        }
    }

    /// <summary>
    /// Single braces in $"…" text, or in a composite format's output, that the source wrote doubled: the author meant a
    /// field and got an escape.
    /// </summary>
    private static bool IsEscapedBraceSlip(DiagnosticSink sink, StringPiece piece, MergeFieldMatch match, bool compositeFormat) =>
        match.Problem == MalformedReason.SingleBraces
        && (compositeFormat || piece.Form is StringForm.InterpolatedRegular or StringForm.InterpolatedVerbatim)
        && piece.IsMapped
        && sink.Tree.GetText(sink.CancellationToken).ToString(piece.SourceSpan(match.Start, match.Start + 1)) == "{{";

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
