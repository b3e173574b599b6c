using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Decodes string literals and interpolated-string text into <see cref="StringPiece"/>s: the value, and which source
/// characters spell each value character (escapes, doubled quotes, doubled braces, raw-string indentation).
/// </summary>
internal static class StringPieceDecoder
{
    /// <summary>A literal expression (regular, verbatim, raw, each possibly <c>u8</c>); its value is the token's own.</summary>
    public static StringPiece FromLiteral(LiteralExpressionSyntax literal)
    {
        SyntaxToken token = literal.Token;
        string text = token.Text;
        string value = token.ValueText;
        int offset = token.SpanStart;
        bool utf8 = literal.IsKind(SyntaxKind.Utf8StringLiteralExpression);
        int suffix = utf8 ? 2 : 0;
        var map = new SourceMap(value.Length);

        bool raw = token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
            || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken);
        bool decoded;
        StringForm form;
        if (raw)
        {
            int quotes = CountLeading(text, '"');
            decoded = AlignRaw(text, quotes, text.Length - suffix - quotes, offset, value, map);
            form = StringForm.Raw;
        }
        else if (text.StartsWith("@", StringComparison.Ordinal))
        {
            decoded = DecodeQuoted(text, 2, text.Length - suffix - 1, offset, verbatim: true, interpolated: false, map) && map.Value == value;
            form = StringForm.Verbatim;
        }
        else
        {
            decoded = DecodeQuoted(text, 1, text.Length - suffix - 1, offset, verbatim: false, interpolated: false, map) && map.Value == value;
            form = StringForm.Regular;
        }

        return map.ToPiece(value, decoded, literal.Span, utf8 ? StringForm.Utf8 : form);
    }

    /// <summary>The text parts of an interpolated string, in order, with their runtime values (the token's ValueText keeps doubled braces and raw indentation).</summary>
    public static List<(InterpolatedStringTextSyntax Part, StringPiece Piece)> FromInterpolation(InterpolatedStringExpressionSyntax interpolation)
    {
        var pieces = new List<(InterpolatedStringTextSyntax, StringPiece)>();
        SyntaxKind start = interpolation.StringStartToken.Kind();
        bool raw = start is SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken;
        bool verbatim = start == SyntaxKind.InterpolatedVerbatimStringStartToken;
        string indentation = start == SyntaxKind.InterpolatedMultiLineRawStringStartToken ? RawIndentation(interpolation.StringEndToken.Text) : "";
        StringForm form = raw ? StringForm.InterpolatedRaw : verbatim ? StringForm.InterpolatedVerbatim : StringForm.InterpolatedRegular;

        foreach (InterpolatedStringContentSyntax content in interpolation.Contents)
        {
            if (content is not InterpolatedStringTextSyntax part)
            {
                continue;
            }

            SyntaxToken token = part.TextToken;
            var map = new SourceMap(token.Text.Length);
            bool decoded = raw
                ? StripIndentation(token, indentation, map)
                : DecodeQuoted(token.Text, 0, token.Text.Length, token.SpanStart, verbatim, interpolated: true, map);
            pieces.Add((part, map.ToPiece(map.Value, decoded, interpolation.Span, form)));
        }

        return pieces;
    }

    /// <summary>Decodes the quoted content of a regular or verbatim string (or interpolated text), recording where each value character comes from.</summary>
    private static bool DecodeQuoted(string text, int from, int to, int offset, bool verbatim, bool interpolated, SourceMap map)
    {
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (interpolated && (c == '{' || c == '}') && i + 1 < to && text[i + 1] == c)
            {
                map.Add(c, offset + i, offset + i + 2);
                i += 2;
            }
            else if (verbatim && c == '"' && i + 1 < to && text[i + 1] == '"')
            {
                map.Add('"', offset + i, offset + i + 2);
                i += 2;
            }
            else if (!verbatim && c == '\\')
            {
                int length = DecodeEscape(text, i, to, out char first, out char? second);
                if (length == 0)
                {
                    return false;
                }

                map.Add(first, offset + i, offset + i + length);
                if (second is { } low)
                {
                    map.Add(low, offset + i, offset + i + length);
                }

                i += length;
            }
            else
            {
                map.Add(c, offset + i, offset + i + 1);
                i++;
            }
        }

        return true;
    }

    /// <summary>Decodes one escape sequence at <paramref name="at"/>; returns its length in source, or 0 if it is not one we know.</summary>
    private static int DecodeEscape(string text, int at, int to, out char first, out char? second)
    {
        second = null;
        first = '\0';
        if (at + 1 >= to)
        {
            return 0;
        }

        char kind = text[at + 1];
        switch (kind)
        {
            case '\'': first = '\''; return 2;
            case '"': first = '"'; return 2;
            case '\\': first = '\\'; return 2;
            case '0': first = '\0'; return 2;
            case 'a': first = '\a'; return 2;
            case 'b': first = '\b'; return 2;
            case 'e': first = '\u001B'; return 2;
            case 'f': first = '\f'; return 2;
            case 'n': first = '\n'; return 2;
            case 'r': first = '\r'; return 2;
            case 't': first = '\t'; return 2;
            case 'v': first = '\v'; return 2;
            case 'x':
                int digits = 0;
                while (digits < 4 && at + 2 + digits < to && IsHex(text[at + 2 + digits]))
                {
                    digits++;
                }

                if (digits == 0)
                {
                    return 0;
                }

                first = (char)int.Parse(text.Substring(at + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return 2 + digits;
            case 'u':
                if (!HasHex(text, at + 2, 4, to))
                {
                    return 0;
                }

                first = (char)int.Parse(text.Substring(at + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return 6;
            case 'U':
                if (!HasHex(text, at + 2, 8, to))
                {
                    return 0;
                }

                int codePoint = int.Parse(text.Substring(at + 2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (codePoint > 0x10FFFF)
                {
                    return 0;
                }

                // Below U+10000 one char, whatever it is: C# takes \U0000D800 as a lone surrogate, which
                // char.ConvertFromUtf32 refuses (it threw, and the whole literal went unjudged).
                if (codePoint < 0x10000)
                {
                    first = (char)codePoint;
                    return 10;
                }

                string units = char.ConvertFromUtf32(codePoint);
                first = units[0];
                second = units[1];
                return 10;
            default:
                return 0;
        }
    }

    /// <summary>
    /// Raw strings only ever drop whitespace and line breaks (the first and last line break, and each line's
    /// indentation), so the value is a subsequence of the source: align greedily, and fail on anything else.
    /// </summary>
    private static bool AlignRaw(string text, int from, int to, int offset, string value, SourceMap map)
    {
        int s = from;
        foreach (char c in value)
        {
            while (s < to && text[s] != c)
            {
                if (!IsRawTrimmable(text[s]))
                {
                    return false;
                }

                s++;
            }

            if (s >= to)
            {
                return false;
            }

            map.Add(c, offset + s, offset + s + 1);
            s++;
        }

        return true;
    }

    /// <summary>Text of a multi-line raw interpolated string: each line loses the closing delimiter's indentation.</summary>
    private static bool StripIndentation(SyntaxToken token, string indentation, SourceMap map)
    {
        string text = token.Text;
        int offset = token.SpanStart;
        string previous = token.GetPreviousToken().Text;
        bool lineStart = indentation.Length > 0 && previous.Length > 0 && previous[previous.Length - 1] == '\n';
        int i = 0;
        while (i < text.Length)
        {
            if (lineStart)
            {
                int skipped = 0;
                while (skipped < indentation.Length && i < text.Length && text[i] == indentation[skipped])
                {
                    i++;
                    skipped++;
                }

                lineStart = false;
                continue;
            }

            char c = text[i];
            map.Add(c, offset + i, offset + i + 1);
            lineStart = c == '\n';
            i++;
        }

        return true;
    }

    /// <summary>The whitespace before the closing <c>"""</c> of a multi-line raw string.</summary>
    private static string RawIndentation(string endTokenText)
    {
        int newline = endTokenText.LastIndexOf('\n');
        int quote = endTokenText.IndexOf('"');
        return newline >= 0 && quote > newline ? endTokenText.Substring(newline + 1, quote - newline - 1) : "";
    }

    private static bool IsRawTrimmable(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

    private static int CountLeading(string text, char c)
    {
        int count = 0;
        while (count < text.Length && text[count] == c)
        {
            count++;
        }

        return count;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static bool HasHex(string text, int from, int count, int to)
    {
        if (from + count > to)
        {
            return false;
        }

        for (int i = from; i < from + count; i++)
        {
            if (!IsHex(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Collects a decoded value and the source span of each of its characters.</summary>
    private sealed class SourceMap(int capacity)
    {
        private readonly StringBuilder _value = new(capacity);
        private readonly List<int> _starts = new(capacity);
        private readonly List<int> _ends = new(capacity);

        public string Value => _value.ToString();

        public void Add(char c, int sourceStart, int sourceEnd)
        {
            _value.Append(c);
            _starts.Add(sourceStart);
            _ends.Add(sourceEnd);
        }

        public StringPiece ToPiece(string value, bool decoded, TextSpan fallback, StringForm form) =>
            decoded && _value.Length == value.Length
                ? new StringPiece(value, _starts.ToArray(), _ends.ToArray(), fallback, form)
                : new StringPiece(value, null, null, fallback, form);
    }
}
