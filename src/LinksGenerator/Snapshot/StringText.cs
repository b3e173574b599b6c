using System.Text;

namespace LinksGenerator.Snapshot;

/// <summary>A snapshot's text as a <c>string</c>, as the build has it: its units are UTF-16 characters.</summary>
internal readonly struct StringText : ISnapshotText
{
    private readonly string _text;

    public StringText(string text) => _text = text;

    public int Length => _text.Length;

    public int ByteOrderMarkLength => _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : 0;

    public char this[int index] => _text[index];

    public string Slice(int start, int length) => _text.Substring(start, length);

    public void AppendTo(StringBuilder builder, int start, int length) => builder.Append(_text, start, length);

    public bool Spells(int start, string ascii) =>
        start + ascii.Length <= _text.Length && string.CompareOrdinal(_text, start, ascii, 0, ascii.Length) == 0;

    public bool SameUnits(int start, int otherStart, int length) => string.CompareOrdinal(_text, start, _text, otherStart, length) == 0;

    public int Hash(int start, int length)
    {
        uint hash = Fnv1a.Basis;
        for (int i = start; i < start + length; i++)
        {
            hash = Fnv1a.Add(hash, _text[i]);
        }

        return Fnv1a.Result(hash);
    }
}
