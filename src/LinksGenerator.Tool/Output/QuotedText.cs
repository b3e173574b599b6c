using System;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// <see cref="Printable.Quote"/> of a text, formatted straight into a <see cref="ReportLine"/>: no string per quoted
/// value unless the text has something to escape.
/// </summary>
internal readonly struct QuotedText : ISpanFormattable
{
    private readonly string? _text;

    public QuotedText(string? text) => _text = text;

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (_text is null)
        {
            return Copy(Printable.None, destination, out charsWritten);
        }

        string escaped = Printable.Escape(_text);
        if (destination.Length < escaped.Length + 2)
        {
            charsWritten = 0;
            return false;
        }

        destination[0] = '"';
        escaped.CopyTo(destination[1..]);
        destination[escaped.Length + 1] = '"';
        charsWritten = escaped.Length + 2;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => Printable.Quote(_text);

    public override string ToString() => Printable.Quote(_text);

    private static bool Copy(string text, Span<char> destination, out int charsWritten)
    {
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten > 0;
    }
}
