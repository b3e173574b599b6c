using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Analyzer;

/// <summary>
/// A run of string text whose value is known: a literal, or one text part of an interpolated string. When the source
/// could be decoded, it maps each value character to the source characters that spell it, so a diagnostic can point at
/// the merge field itself; otherwise diagnostics fall back to <see cref="FallbackSpan"/> (the whole literal).
/// </summary>
internal sealed class StringPiece
{
    private readonly int[]? _sourceStarts;
    private readonly int[]? _sourceEnds;

    public StringPiece(string value, int[]? sourceStarts, int[]? sourceEnds, TextSpan fallbackSpan, StringForm form)
    {
        Value = value;
        _sourceStarts = sourceStarts;
        _sourceEnds = sourceEnds;
        FallbackSpan = fallbackSpan;
        Form = form;
    }

    public string Value { get; }

    public TextSpan FallbackSpan { get; }

    public StringForm Form { get; }

    /// <summary>Whether value offsets map to exact source positions.</summary>
    public bool IsMapped => _sourceStarts is not null;

    /// <summary>
    /// The text a composite format (<c>string.Format</c>, <c>Console.WriteLine(format, …)</c>) makes of this piece: each
    /// <c>{{</c> and <c>}}</c> becomes one brace, mapped to the two source characters that spell it; holes stay as they are.
    /// </summary>
    public StringPiece FormattedAsCompositeFormat()
    {
        var value = new StringBuilder(Value.Length);
        List<int>? starts = _sourceStarts is null ? null : new List<int>(Value.Length);
        List<int>? ends = _sourceEnds is null ? null : new List<int>(Value.Length);
        for (int i = 0; i < Value.Length; i++)
        {
            bool doubled = Value[i] is '{' or '}' && i + 1 < Value.Length && Value[i + 1] == Value[i];
            value.Append(Value[i]);
            starts?.Add(_sourceStarts![i]);
            ends?.Add(_sourceEnds![doubled ? i + 1 : i]);
            i += doubled ? 1 : 0;
        }

        return new StringPiece(value.ToString(), starts?.ToArray(), ends?.ToArray(), FallbackSpan, Form);
    }

    /// <summary>The source span spelling value characters [<paramref name="start"/>, <paramref name="end"/>), or the fallback.</summary>
    public TextSpan SourceSpan(int start, int end) =>
        _sourceStarts is null || _sourceEnds is null || end <= start
            ? FallbackSpan
            : TextSpan.FromBounds(_sourceStarts[start], _sourceEnds[end - 1]);
}
