using System;
using System.Runtime.CompilerServices;

namespace LinksGenerator.Snapshot;

/// <summary>
/// The JSON grammar of <see cref="SnapshotReader{TText}"/>: RFC 8259 exactly, with duplicate keys, lone surrogates and
/// nesting deeper than <see cref="SnapshotFormat.MaxDepth"/> refused. Every failure is a
/// <see cref="SnapshotSyntaxException"/> at the cursor, worded for a person editing the file by hand.
/// </summary>
internal sealed partial class SnapshotReader<TText>
{
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
