using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// An interpolated line for <see cref="Reporter.Result(ref ReportLine)"/>, built in a pooled buffer instead of a new
/// string: a pull that adds 50 locations prints 50,000 lines, and as strings they were a third of what the run
/// allocated (docs/benchmarks.md, "ghl-links pull").
/// </summary>
[InterpolatedStringHandler]
internal ref struct ReportLine
{
    private char[] _buffer;
    private int _length;

    public ReportLine(int literalLength, int formattedCount)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(literalLength + (formattedCount * 32), 64));
        _length = 0;
    }

    /// <summary>The line so far; valid until <see cref="Release"/>.</summary>
    public readonly ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    public void AppendLiteral(string value) => AppendFormatted(value.AsSpan());

    public void AppendFormatted(string? value) => AppendFormatted(value.AsSpan());

    public void AppendFormatted(ReadOnlySpan<char> value)
    {
        EnsureRoom(value.Length);
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    public void AppendFormatted<T>(T value)
    {
        if (value is ISpanFormattable)
        {
            // The cast on the call (not a pattern variable) is a constrained call: a struct such as QuotedText is not boxed.
            int written;
            while (!((ISpanFormattable)value).TryFormat(_buffer.AsSpan(_length), out written, default, System.Globalization.CultureInfo.InvariantCulture))
            {
                EnsureRoom(_buffer.Length - _length + 1);
            }

            _length += written;
        }
        else
        {
            AppendFormatted(value?.ToString());
        }
    }

    /// <summary>Gives the buffer back to the pool.</summary>
    public void Release()
    {
        char[] buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void EnsureRoom(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
