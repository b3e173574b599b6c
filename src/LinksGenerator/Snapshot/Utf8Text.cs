using System;
using System.Text;

namespace LinksGenerator.Snapshot;

/// <summary>
/// A snapshot's text as the UTF-8 bytes of its file, valid UTF-8 (the caller checks it first), from a start (after a
/// byte order mark): its units are bytes. ghl-links reads a large snapshot this way,
/// holding the 13.5 MB of a 50-location file rather than 27 MB of UTF-16 (docs/benchmarks.md, "ghl-links pull").
/// </summary>
internal readonly struct Utf8Text : ISnapshotText
{
    /// <summary>What a byte of a multi-byte sequence reads as: none of JSON's own characters, so only ever text of a string.</summary>
    private const char PartOfACharacter = '\u0080';

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _bytes;
    private readonly int _start;

    public Utf8Text(byte[] bytes, int start)
    {
        _bytes = bytes;
        _start = start;
    }

    public int Length => _bytes.Length - _start;

    public int ByteOrderMarkLength => Length >= 3 && _bytes[_start] == 0xEF && _bytes[_start + 1] == 0xBB && _bytes[_start + 2] == 0xBF ? 3 : 0;

    public char this[int index] => _bytes[_start + index] is var b && b < 0x80 ? (char)b : PartOfACharacter;

    public string Slice(int start, int length) => StrictUtf8.GetString(_bytes, _start + start, length);

    public void AppendTo(StringBuilder builder, int start, int length) => builder.Append(Slice(start, length));

    public bool Spells(int start, string ascii)
    {
        if (start + ascii.Length > Length)
        {
            return false;
        }

        for (int i = 0; i < ascii.Length; i++)
        {
            if (_bytes[_start + start + i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    public bool SameUnits(int start, int otherStart, int length) =>
        _bytes.AsSpan(_start + start, length).SequenceEqual(_bytes.AsSpan(_start + otherStart, length));

    public int Hash(int start, int length)
    {
        uint hash = Fnv1a.Basis;
        for (int i = _start + start; i < _start + start + length; i++)
        {
            hash = Fnv1a.Add(hash, _bytes[i]);
        }

        return Fnv1a.Result(hash);
    }

    /// <summary>
    /// 1-based line and column of a position, the column in UTF-16 characters as the build counts it (a character of
    /// four UTF-8 bytes is two); lines end where <see cref="SnapshotReader.LineColumn"/> ends them (U+0085 is C2 85 in
    /// UTF-8, U+2028 and U+2029 E2 80 A8 and E2 80 A9).
    /// </summary>
    public (int Line, int Column) LineColumn(int offset)
    {
        int line = 1, column = 1;
        int end = Math.Min(offset, Length);
        for (int i = 0; i < end; i++)
        {
            byte b = _bytes[_start + i];
            if (b == '\n' || (b == '\r' && (i + 1 >= Length || _bytes[_start + i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (IsSeparatorAt(i, out int length))
            {
                line++;
                column = 1;
                i += length - 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // A character starts here: one UTF-16 unit, or two for a four-byte character (a surrogate pair).
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return (line, column);
    }

    /// <summary>Whether U+0085, U+2028 or U+2029 starts at <paramref name="i"/>, and its length in bytes.</summary>
    private bool IsSeparatorAt(int i, out int length)
    {
        int at = _start + i;
        length = _bytes[at] == 0xC2 && i + 1 < Length && _bytes[at + 1] == 0x85 ? 2
            : _bytes[at] == 0xE2 && i + 2 < Length && _bytes[at + 1] == 0x80 && _bytes[at + 2] is 0xA8 or 0xA9 ? 3
            : 0;
        return length > 0;
    }
}
