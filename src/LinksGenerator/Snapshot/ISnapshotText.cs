using System.Text;

namespace LinksGenerator.Snapshot;

/// <summary>
/// The text <see cref="SnapshotReader{TText}"/> reads, in units: UTF-16 characters of a <c>string</c> (the build's
/// <see cref="StringText"/>), or bytes of UTF-8 (<see cref="Utf8Text"/>, ghl-links', which so never holds a large
/// snapshot as a UTF-16 string twice the file's size). A reader's positions (<see cref="TextRange"/>) are in these units.
/// Implemented by structs, so the reader is compiled for each and calls them directly.
/// </summary>
internal interface ISnapshotText
{
    /// <summary>How many units there are.</summary>
    int Length { get; }

    /// <summary>How many units a byte order mark at the start takes (0 when there is none).</summary>
    int ByteOrderMarkLength { get; }

    /// <summary>
    /// The unit at <paramref name="index"/> as a character: JSON's own characters (quotes, brackets, digits, letters of
    /// literals, escapes, whitespace, control characters) are always themselves; any other unit is only ever part of a
    /// string's text, which is taken by <see cref="Slice"/> and <see cref="AppendTo"/>.
    /// </summary>
    char this[int index] { get; }

    /// <summary>The text of <paramref name="length"/> units from <paramref name="start"/>.</summary>
    string Slice(int start, int length);

    /// <summary>Appends the text of <paramref name="length"/> units from <paramref name="start"/>.</summary>
    void AppendTo(StringBuilder builder, int start, int length);

    /// <summary>Whether the units from <paramref name="start"/> spell <paramref name="ascii"/> (letters of JSON's literals).</summary>
    bool Spells(int start, string ascii);

    /// <summary>Whether the two runs of <paramref name="length"/> units are the same.</summary>
    bool SameUnits(int start, int otherStart, int length);

    /// <summary>A hash of the <paramref name="length"/> units from <paramref name="start"/>.</summary>
    int Hash(int start, int length);
}
