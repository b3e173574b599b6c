using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using LinksGenerator.Templates;

namespace LinksGenerator.Snapshot;

/// <summary>
/// A small, strict JSON reader for <c>links.snapshot.json</c>. It exists because System.Text.Json cannot ship inside an
/// analyzer package (it fails to load in Visual Studio hosts). It accepts exactly RFC 8259 JSON (no comments, no
/// trailing commas), rejects duplicate keys and lone surrogates anywhere, bounds nesting at
/// <see cref="SnapshotFormat.MaxDepth"/>, and reads schema 1 as well as the raw Get Links response, ignoring properties
/// it does not know. The differential fuzz test holds it to the same verdicts as System.Text.Json. The reading itself is
/// <see cref="SnapshotReader{TText}"/>, over a string (the build) or the file's UTF-8 bytes (ghl-links).
/// </summary>
internal static class SnapshotReader
{
    /// <summary>The error for a file that holds git's conflict markers (<see cref="MergeConflict"/>).</summary>
    public const string MergeConflictMessage =
        "the file holds a git merge conflict (this line is a conflict marker): run 'dotnet ghl-links pull', which resolves it keeping the history of both sides, and commit the result";

    /// <summary>
    /// Reads <paramref name="text"/>. Property names the text spells more than once are one string each
    /// (<see cref="SharedStrings"/>); with <paramref name="shareRepeatedText"/>, link names, URLs and location ids too.
    /// What is read is the same either way.
    /// </summary>
    public static SnapshotReadResult Read(string text, bool shareRepeatedText = false)
    {
        try
        {
            return SnapshotReadResult.Success(SnapshotReader<StringText>.ReadDocument(new StringText(text), shareRepeatedText));
        }
        catch (SnapshotSyntaxException e) when (e is not NewerSchemaException && MergeConflict.FirstMarker(text) is var marker and >= 0)
        {
            // Whatever the first error is, a conflict marker is why: said at the marker, with the way out.
            var (line, column) = LineColumn(text, marker);
            return SnapshotReadResult.Failure(new SnapshotReadError(MergeConflictMessage, marker, line, column) { IsMergeConflict = true });
        }
        catch (SnapshotSyntaxException e)
        {
            var (line, column) = LineColumn(text, e.Offset);
            return SnapshotReadResult.Failure(new SnapshotReadError(e.Message, e.Offset, line, column, e is NewerSchemaException));
        }
    }

    /// <summary>
    /// Reads <paramref name="utf8"/>, valid UTF-8 (the caller checks), as <see cref="Read(string, bool)"/> reads its text,
    /// positions in bytes (<see cref="Utf8Text.LineColumn"/> makes them lines and columns). Null when the text is not a
    /// snapshot: the caller reads it as a string then, for the error in the words and place <see cref="Read(string, bool)"/> gives.
    /// </summary>
    public static SnapshotDocument? TryRead(Utf8Text utf8, bool shareRepeatedText)
    {
        try
        {
            return SnapshotReader<Utf8Text>.ReadDocument(utf8, shareRepeatedText);
        }
        catch (SnapshotSyntaxException)
        {
            return null;
        }
    }

    /// <summary>
    /// 1-based line and column of an offset, counted as the build counts them (the compiler's lines of a file): lines end
    /// where template findings' do (<see cref="LineMap.NextLineStart"/>: <c>\r\n</c>, <c>\n</c>, <c>\r</c>, and U+0085,
    /// U+2028 and U+2029, which JSON allows raw in a string). One offset, so no map of every line is built.
    /// </summary>
    public static (int Line, int Column) LineColumn(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (int next; (next = LineMap.NextLineStart(text, lineStart)) >= 0 && next <= offset; lineStart = next)
        {
            line++;
        }

        return (line, offset - lineStart + 1);
    }
}

/// <summary>The reading of <see cref="SnapshotReader"/>, over text in units of <typeparamref name="TText"/>.</summary>
internal sealed class SnapshotReader<TText>
    where TText : struct, ISnapshotText
{
    private readonly TText _text;
    private readonly List<ObjectKeys> _keysByDepth = new();
    private readonly StringBuilder _builder = new();
    private readonly List<SnapshotProblem> _problems = new();
    private readonly SharedStrings _sharedNames = new();
    private readonly SharedStrings? _sharedValues;
    private int _pos;
    private int _depth;

    private SnapshotReader(TText text, bool shareRepeatedText)
    {
        _text = text;
        // Property names repeat in every link, so they are always shared (which saves a string per property); values
        // repeat only in cloned locations, so they are judged apart.
        _sharedValues = shareRepeatedText ? new SharedStrings() : null;
    }

    /// <summary>The document <paramref name="text"/> holds; a <see cref="SnapshotSyntaxException"/> says why not.</summary>
    public static SnapshotDocument ReadDocument(TText text, bool shareRepeatedText) => new SnapshotReader<TText>(text, shareRepeatedText).ReadDocument();

    private SnapshotDocument ReadDocument()
    {
        // Editors on Windows like to save a BOM; it carries no meaning, so it is skipped like a file reader would.
        _pos = _text.ByteOrderMarkLength;

        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw Fail("the snapshot is empty; expected a JSON object such as {\"schemaVersion\": 1, \"links\": []}");
        }

        if (_text[_pos] != '{')
        {
            throw Fail($"the snapshot must be a JSON object, found {DescribeNext()}");
        }

        SnapshotDocument document = ReadRoot();
        SkipWhitespace();
        if (_pos < _text.Length)
        {
            throw Fail($"found {DescribeNext()} after the end of the snapshot object, which must be the whole file");
        }

        return document;
    }

    private SnapshotDocument ReadRoot()
    {
        int rootStart = _pos;
        int? schemaVersion = null;
        string? locationId = null;
        TextRange? locationIdRange = null;
        List<SnapshotLink>? links = null;
        List<SnapshotLocation>? locations = null;
        int locationsAt = rootStart;
        List<SnapshotLink> deletedLinks = [];
        int deletedLinksAt = rootStart;

        ReadObject(propertyName =>
        {
            switch (propertyName)
            {
                case SnapshotFormat.SchemaVersionProperty:
                    schemaVersion = ReadSchemaVersion();
                    break;
                case SnapshotFormat.LocationIdProperty:
                    (locationId, locationIdRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.LinksProperty:
                    RefuseBothForms(locations is not null);
                    links = ReadLinks();
                    break;
                case SnapshotFormat.LocationsProperty:
                    RefuseBothForms(links is not null);
                    locationsAt = _pos;
                    locations = ReadLocations();
                    break;
                case SnapshotFormat.DeletedLinksProperty:
                    deletedLinksAt = _pos;
                    deletedLinks = ReadDeletedLinks();
                    break;
                default:
                    SkipValue();
                    break;
            }
        });

        if (locations is not null)
        {
            if (deletedLinks.Count > 0)
            {
                // History is memory: kept where it means something (in each location), skipped with a problem here.
                _problems.Add(new SnapshotProblem("a top-level \"deletedLinks\" is skipped: in a snapshot with \"locations\", each location keeps its own", new TextRange(deletedLinksAt, 1)));
            }

            return new SnapshotDocument(schemaVersion, null, [], [], _problems.ToArray(), locations) { LocationsRange = new TextRange(locationsAt, 1) };
        }

        if (links is null)
        {
            throw new SnapshotSyntaxException(rootStart, "the snapshot has no \"links\" array (nor \"locations\", for many locations)");
        }

        return new SnapshotDocument(schemaVersion, locationId, links, deletedLinks, _problems.ToArray()) { LocationIdRange = locationIdRange };
    }

    /// <summary>A snapshot holds one location (<c>links</c>) or many (<c>locations</c>): never both, which would be ambiguous.</summary>
    private void RefuseBothForms(bool otherFormSeen)
    {
        if (otherFormSeen)
        {
            throw Fail("a snapshot has either \"links\" (one location) or \"locations\" (many), not both");
        }
    }

    private List<SnapshotLocation> ReadLocations()
    {
        if (Peek() != '[')
        {
            throw Fail($"\"locations\" must be an array, found {DescribeNext()}");
        }

        var locations = new List<SnapshotLocation>();
        ReadArray(() =>
        {
            if (Peek() != '{')
            {
                throw Fail($"each entry of \"locations\" must be an object, found {DescribeNext()}");
            }

            locations.Add(ReadLocation());
        });
        return locations;
    }

    private SnapshotLocation ReadLocation()
    {
        int start = _pos;
        string? name = null, locationId = null;
        TextRange? nameRange = null;
        List<SnapshotLink>? links = null;
        List<SnapshotLink> deletedLinks = [];

        ReadObject(propertyName =>
        {
            switch (propertyName)
            {
                case SnapshotFormat.LocationNameProperty:
                    (name, nameRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.LocationIdProperty:
                    (locationId, _) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.LinksProperty:
                    links = ReadLinks();
                    break;
                case SnapshotFormat.DeletedLinksProperty:
                    deletedLinks = ReadDeletedLinks();
                    break;
                default:
                    SkipValue();
                    break;
            }
        });

        if (links is null)
        {
            throw new SnapshotSyntaxException(start, "a location has no \"links\" array");
        }

        return new SnapshotLocation(name, locationId, links, deletedLinks, new TextRange(start, _pos - start), nameRange);
    }

    [MethodImpl(HotPath.Optimized)]
    private List<SnapshotLink> ReadLinks()
    {
        if (Peek() != '[')
        {
            throw Fail($"\"links\" must be an array, found {DescribeNext()}");
        }

        var links = new List<SnapshotLink>();
        ReadArray(() =>
        {
            if (Peek() != '{')
            {
                throw Fail($"each entry of \"links\" must be an object, found {DescribeNext()}");
            }

            links.Add(ReadLink());
        });
        return links;
    }

    /// <summary>
    /// <c>deletedLinks</c>: history, so read leniently. The list or an entry of the wrong shape is skipped with a
    /// problem (LNK101) instead of failing the file; JSON that is not well-formed still fails it.
    /// </summary>
    private List<SnapshotLink> ReadDeletedLinks()
    {
        var deleted = new List<SnapshotLink>();
        if (TryReadNull())
        {
            return deleted;
        }

        ReadLeniently(
            () =>
            {
                if (Peek() != '[')
                {
                    throw Shape($"\"deletedLinks\" must be an array of links, found {DescribeNext()}");
                }

                ReadArray(() => ReadLeniently(
                    () =>
                    {
                        if (Peek() != '{')
                        {
                            throw Shape($"each entry of \"deletedLinks\" must be an object, found {DescribeNext()}");
                        }

                        deleted.Add(ReadLink());
                    },
                    problem => $"an entry of \"deletedLinks\" is skipped: {problem}"));
            },
            problem => $"\"deletedLinks\" is skipped: {problem}");
        return deleted;
    }

    [MethodImpl(HotPath.Optimized)]
    private SnapshotLink ReadLink()
    {
        int start = _pos;
        string? id = null, underscoreId = null, name = null, redirectTo = null, fieldKey = null, locationId = null;
        TextRange? idRange = null, underscoreIdRange = null, nameRange = null, fieldKeyRange = null, formerNamesRange = null;
        IReadOnlyList<string> formerNames = Array.Empty<string>();
        IReadOnlyList<TextRange>? formerNameRanges = null;

        ObjectKeys keys = EnterObject();
        bool first = true;
        while (NextProperty(keys, ref first) is { } propertyName)
        {
            switch (propertyName)
            {
                case SnapshotFormat.IdProperty:
                    (id, idRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.UnderscoreIdProperty:
                    (underscoreId, underscoreIdRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.NameProperty:
                    (name, nameRange) = ReadOptionalString(propertyName, share: true);
                    break;
                case SnapshotFormat.RedirectToProperty:
                    (redirectTo, _) = ReadOptionalString(propertyName, share: true);
                    break;
                case SnapshotFormat.FieldKeyProperty:
                    (fieldKey, fieldKeyRange) = ReadOptionalString(propertyName);
                    break;
                case SnapshotFormat.LocationIdProperty:
                    (locationId, _) = ReadOptionalString(propertyName, share: true);
                    break;
                case SnapshotFormat.FormerNamesProperty:
                    (formerNames, formerNamesRange, formerNameRanges) = ReadFormerNames();
                    break;
                default:
                    SkipValue();
                    break;
            }
        }

        if (id is null)
        {
            (id, idRange) = (underscoreId, underscoreIdRange);
        }

        return new SnapshotLink(id, name, redirectTo, fieldKey, locationId, formerNames, new TextRange(start, _pos - start), idRange, nameRange, fieldKeyRange, formerNamesRange, formerNameRanges);
    }

    /// <summary>
    /// <c>formerNames</c>: history, so an array of the wrong shape is skipped with a problem (LNK101). Each name's place is
    /// kept, so a problem with one name (listed twice, say) points at it rather than at the array.
    /// </summary>
    private (IReadOnlyList<string> Names, TextRange? Range, IReadOnlyList<TextRange>? NameRanges) ReadFormerNames()
    {
        var names = new List<string>();
        if (TryReadNull())
        {
            return (names, null, null);
        }

        var nameRanges = new List<TextRange>();
        int start = _pos;
        bool read = ReadLeniently(
            () =>
            {
                if (Peek() != '[')
                {
                    throw Shape($"\"formerNames\" must be an array of strings, found {DescribeNext()}");
                }

                ReadArray(() =>
                {
                    if (Peek() != '"')
                    {
                        throw Shape($"each entry of \"formerNames\" must be a string, found {DescribeNext()}");
                    }

                    int nameStart = _pos;
                    names.Add(ReadString(_sharedValues));
                    nameRanges.Add(new TextRange(nameStart, _pos - nameStart));
                });
            },
            problem => $"\"formerNames\" is skipped: {problem}");
        return read ? (names, new TextRange(start, _pos - start), nameRanges) : (Array.Empty<string>(), null, null);
    }

    /// <summary>
    /// Runs <paramref name="read"/> on the value at the cursor. When the value is well-formed JSON of the wrong shape,
    /// it is skipped instead, and a problem (worded by <paramref name="describe"/>) is recorded where it starts.
    /// Returns whether the value was read.
    /// </summary>
    private bool ReadLeniently(Action read, Func<string, string> describe)
    {
        int start = _pos;
        int depth = _depth;
        int problems = _problems.Count;
        try
        {
            read();
            return true;
        }
        catch (SnapshotShapeException e)
        {
            // Start over at the value: it is skipped as plain JSON, which still fails the file if it is not well-formed.
            _pos = start;
            _depth = depth;
            _problems.RemoveRange(problems, _problems.Count - problems);
            SkipValue();
            _problems.Add(new SnapshotProblem(describe(e.Message), new TextRange(start, _pos - start)));
            return false;
        }
    }

    private int? ReadSchemaVersion()
    {
        if (TryReadNull())
        {
            return null;
        }

        int start = _pos;
        char c = Peek();
        if (c != '-' && (c < '0' || c > '9'))
        {
            throw Fail($"\"schemaVersion\" must be a whole number, found {DescribeNext()}");
        }

        SkipNumber();
        string digits = _text.Slice(start, _pos - start);
        bool parsed = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int version);
        if (parsed ? version > SnapshotFormat.NewestSchemaVersion : IsWholeNumberFromOne(digits))
        {
            // Any whole number above the newest, however many digits it has, is a version from the future.
            string shown = digits.Length > 20 ? digits.Remove(20) + "…" : digits;
            throw new NewerSchemaException(
                start,
                $"it was written by a newer ghl-links (schemaVersion {shown}; this version reads 1 to {SnapshotFormat.NewestSchemaVersion}): update LinksGenerator and LinksGenerator.Tool");
        }

        if (!parsed || version < 1)
        {
            throw new SnapshotSyntaxException(start, $"\"schemaVersion\" must be a whole number from 1 up, found {digits}");
        }

        return version;
    }

    /// <summary>Digits only, not all zeros: a whole number from 1 up, of any size.</summary>
    private static bool IsWholeNumberFromOne(string digits)
    {
        bool nonZero = false;
        foreach (char c in digits)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            nonZero |= c != '0';
        }

        return nonZero;
    }

    [MethodImpl(HotPath.Optimized)]
    private (string? Value, TextRange? Range) ReadOptionalString(string propertyName, bool share = false)
    {
        if (TryReadNull())
        {
            return (null, null);
        }

        if (Peek() != '"')
        {
            throw Shape($"\"{propertyName}\" must be a string or null, found {DescribeNext()}");
        }

        int start = _pos;
        string value = ReadString(share ? _sharedValues : null);
        return (value, new TextRange(start, _pos - start));
    }

    /// <summary>Reads an object at the cursor, handing each property's name to <paramref name="readValue"/> with the cursor on the value.</summary>
    private void ReadObject(Action<string> readValue)
    {
        ObjectKeys keys = EnterObject();
        bool first = true;
        while (NextProperty(keys, ref first) is { } name)
        {
            readValue(name);
        }
    }

    /// <summary>Steps into the object at the cursor; <see cref="NextProperty"/> then walks its properties.</summary>
    [MethodImpl(HotPath.Optimized)]
    private ObjectKeys EnterObject()
    {
        EnterContainer();
        ObjectKeys keys = KeysForCurrentDepth();
        _pos++; // '{'
        return keys;
    }

    /// <summary>
    /// The next property's name, with the cursor on its value; null, past the closing brace, when the object has no
    /// more. (A loop over this rather than a callback per property: the link loop reads 10,000 objects, and a closure
    /// over its locals was an allocation per link.)
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private string? NextProperty(ObjectKeys keys, ref bool first)
    {
        SkipWhitespace();
        char next = Peek();
        if (next == '}')
        {
            _pos++;
            _depth--;
            return null;
        }

        if (!first)
        {
            if (next != ',')
            {
                throw Fail($"expected ',' or '}}' in an object, found {DescribeNext()}");
            }

            _pos++;
            SkipWhitespace();
        }

        first = false;
        if (Peek() != '"')
        {
            throw Fail(Peek() == '}' ? "a trailing comma before '}' is not allowed in JSON" : $"expected a property name in double quotes, found {DescribeNext()}");
        }

        int nameStart = _pos;
        string name = ReadString(_sharedNames);
        if (!keys.Add(name))
        {
            throw new SnapshotSyntaxException(nameStart, $"duplicate property \"{name}\" in the same object");
        }

        SkipWhitespace();
        Expect(':', "':' after the property name");
        SkipWhitespace();
        return name;
    }

    [MethodImpl(HotPath.Optimized)]
    private void ReadArray(Action readElement)
    {
        EnterContainer();
        _pos++; // '['
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            _depth--;
            return;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() == ']')
            {
                throw Fail("a trailing comma before ']' is not allowed in JSON");
            }

            readElement();
            SkipWhitespace();
            char next = Peek();
            if (next == ',')
            {
                _pos++;
                continue;
            }

            if (next == ']')
            {
                _pos++;
                _depth--;
                return;
            }

            throw Fail($"expected ',' or ']' in an array, found {DescribeNext()}");
        }
    }

    private void EnterContainer()
    {
        if (++_depth > SnapshotFormat.MaxDepth)
        {
            throw Fail($"the JSON is nested deeper than {SnapshotFormat.MaxDepth} levels");
        }
    }

    /// <summary>One reusable key set per depth: duplicate keys are checked in every object without allocating per object.</summary>
    [MethodImpl(HotPath.Optimized)]
    private ObjectKeys KeysForCurrentDepth()
    {
        while (_keysByDepth.Count < _depth)
        {
            _keysByDepth.Add(new ObjectKeys());
        }

        ObjectKeys keys = _keysByDepth[_depth - 1];
        keys.Clear();
        return keys;
    }

    /// <summary>Validates and skips any JSON value: unknown properties are ignored, but must still be well-formed.</summary>
    private void SkipValue()
    {
        char c = Peek();
        switch (c)
        {
            case '{':
                ReadObject(_ => SkipValue());
                break;
            case '[':
                ReadArray(SkipValue);
                break;
            case '"':
                ReadString();
                break;
            case 't':
                ExpectLiteral("true");
                break;
            case 'f':
                ExpectLiteral("false");
                break;
            case 'n':
                ExpectLiteral("null");
                break;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    SkipNumber();
                    break;
                }

                throw Fail($"expected a JSON value, found {DescribeNext()}");
        }
    }

    private bool TryReadNull()
    {
        if (Peek() != 'n')
        {
            return false;
        }

        ExpectLiteral("null");
        return true;
    }

    private void ExpectLiteral(string literal)
    {
        if (!_text.Spells(_pos, literal))
        {
            throw Fail($"expected '{literal}', found {DescribeNext()}");
        }

        _pos += literal.Length;
    }

    /// <summary>RFC 8259 number grammar: <c>-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?</c>.</summary>
    private void SkipNumber()
    {
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
            if (IsDigit(Peek()))
            {
                throw Fail("a JSON number has no leading zero");
            }
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            throw Fail($"expected a digit in a number, found {DescribeNext()}");
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek()))
            {
                throw Fail($"expected a digit after the decimal point, found {DescribeNext()}");
            }

            SkipDigits();
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _pos++;
            if (Peek() == '+' || Peek() == '-')
            {
                _pos++;
            }

            if (!IsDigit(Peek()))
            {
                throw Fail($"expected a digit in the exponent, found {DescribeNext()}");
            }

            SkipDigits();
        }
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _pos++;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>
    /// Reads a string at the cursor (on its opening quote) and returns its unescaped value; with <paramref name="shared"/>,
    /// the one it already has of the same text (escaped text is read anew).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private string ReadString(SharedStrings? shared = null)
    {
        int start = ++_pos;

        // Fast path: most strings have no escapes and no surrogates, so they are one Substring.
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '"')
            {
                int length = _pos++ - start;
                return shared is not null ? shared.Get(in _text, start, length) : _text.Slice(start, length);
            }

            if (c == '\\' || c < ' ' || char.IsSurrogate(c))
            {
                break;
            }

            _pos++;
        }

        // Slow path: the text between escapes is appended a run at a time (a run of UTF-8 is decoded whole).
        _builder.Clear();
        int run = start;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new SnapshotSyntaxException(start - 1, "a string is not closed: the file ends before its closing quote");
            }

            char c = _text[_pos];
            if (c == '"')
            {
                _text.AppendTo(_builder, run, _pos - run);
                _pos++;
                return _builder.ToString();
            }

            if (c < ' ')
            {
                throw Fail($"a control character (U+{(int)c:X4}) must be escaped inside a string");
            }

            if (c == '\\')
            {
                _text.AppendTo(_builder, run, _pos - run);
                ReadEscape();
                run = _pos;
                continue;
            }

            if (char.IsHighSurrogate(c) && _pos + 1 < _text.Length && char.IsLowSurrogate(_text[_pos + 1]))
            {
                _pos += 2;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                throw Fail($"a lone surrogate (U+{(int)c:X4}) is not valid text");
            }

            _pos++;
        }
    }

    private void ReadEscape()
    {
        int escapeStart = _pos;
        _pos++; // '\'
        if (_pos >= _text.Length)
        {
            throw Fail("the file ends inside an escape sequence");
        }

        char c = _text[_pos++];
        switch (c)
        {
            case '"': _builder.Append('"'); return;
            case '\\': _builder.Append('\\'); return;
            case '/': _builder.Append('/'); return;
            case 'b': _builder.Append('\b'); return;
            case 'f': _builder.Append('\f'); return;
            case 'n': _builder.Append('\n'); return;
            case 'r': _builder.Append('\r'); return;
            case 't': _builder.Append('\t'); return;
            case 'u':
                char unit = ReadHex4(escapeStart);
                if (char.IsHighSurrogate(unit))
                {
                    // A surrogate pair must be spelled as two escapes; anything else would decode to invalid UTF-16.
                    if (_pos + 1 < _text.Length && _text[_pos] == '\\' && _text[_pos + 1] == 'u')
                    {
                        int secondStart = _pos;
                        _pos += 2;
                        char low = ReadHex4(secondStart);
                        if (char.IsLowSurrogate(low))
                        {
                            _builder.Append(unit).Append(low);
                            return;
                        }
                    }

                    throw new SnapshotSyntaxException(escapeStart, $"the escape \\u{(int)unit:X4} is a lone surrogate: it must be followed by a low surrogate escape");
                }

                if (char.IsLowSurrogate(unit))
                {
                    throw new SnapshotSyntaxException(escapeStart, $"the escape \\u{(int)unit:X4} is a lone surrogate");
                }

                _builder.Append(unit);
                return;
            default:
                throw new SnapshotSyntaxException(escapeStart, $"invalid escape sequence '\\{UnsafeText.Describe(c)}' (JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
    }

    private char ReadHex4(int escapeStart)
    {
        if (_pos + 4 > _text.Length)
        {
            throw new SnapshotSyntaxException(escapeStart, "a \\u escape needs four hex digits");
        }

        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            int digit = HexValue(_text[_pos + i]);
            if (digit < 0)
            {
                throw new SnapshotSyntaxException(escapeStart, "a \\u escape needs four hex digits");
            }

            value = (value << 4) | digit;
        }

        _pos += 4;
        return (char)value;
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' :
        c >= 'a' && c <= 'f' ? c - 'a' + 10 :
        c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    [MethodImpl(HotPath.Optimized)]
    private void SkipWhitespace()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                return;
            }

            _pos++;
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Expect(char expected, string what)
    {
        if (Peek() != expected)
        {
            throw Fail($"expected {what}, found {DescribeNext()}");
        }

        _pos++;
    }

    /// <summary>The character at the cursor, or NUL at the end (NUL is never valid outside strings, so it cannot be mistaken).</summary>
    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private string DescribeNext()
    {
        if (_pos >= _text.Length)
        {
            return "the end of the file";
        }

        char c = _text[_pos];
        return c switch
        {
            '{' => "an object",
            '[' => "an array",
            '"' => "a string",
            _ when c == '-' || IsDigit(c) => "a number",
            _ when IsWordCharacter(c) => DescribeWord(),
            _ when c > '\u007F' && char.IsWhiteSpace(c) => $"U+{(int)c:X4} (a space JSON does not allow)",
            _ => $"'{UnsafeText.Describe(c)}'",
        };
    }

    /// <summary>
    /// <c>true</c>, <c>false</c> and <c>null</c> by their kind; any other word (<c>nope</c>, <c>tx</c>, <c>True</c>) as
    /// itself, since naming the literal it starts like would describe a value that is not there.
    /// </summary>
    private string DescribeWord()
    {
        const int Longest = 24;
        int end = _pos;
        while (end < _text.Length && end - _pos <= Longest && IsWordCharacter(_text[end]))
        {
            end++;
        }

        string word = _text.Slice(_pos, Math.Min(end - _pos, Longest));
        return word switch
        {
            "true" or "false" when end - _pos == word.Length => "a boolean",
            "null" when end - _pos == word.Length => "null",
            _ => $"'{word}{(end - _pos > Longest ? "…" : "")}' (JSON's words are true, false and null)",
        };
    }

    private static bool IsWordCharacter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private SnapshotSyntaxException Fail(string message) => new(_pos, message);

    /// <summary>A value of the wrong type: well-formed JSON, but not what the format puts there.</summary>
    private SnapshotShapeException Shape(string message) => new(_pos, message);

}

/// <summary>Why a text is not a snapshot, and where (in the text's units).</summary>
internal class SnapshotSyntaxException : Exception
{
    public SnapshotSyntaxException(int offset, string message)
        : base(message) => Offset = offset;

    public int Offset { get; }
}

/// <summary>Fatal in the snapshot's links; skipped with a problem in its history (<see cref="SnapshotReader{TText}"/>'s ReadLeniently).</summary>
internal sealed class SnapshotShapeException(int offset, string message) : SnapshotSyntaxException(offset, message);

/// <summary>A schemaVersion newer than this code reads: the file may well be fine, for a newer version.</summary>
internal sealed class NewerSchemaException(int offset, string message) : SnapshotSyntaxException(offset, message);
