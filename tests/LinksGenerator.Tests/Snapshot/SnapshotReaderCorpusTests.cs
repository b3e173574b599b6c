using System;
using System.Text;
using LinksGenerator.Snapshot;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>
/// Bad snapshots, each with the message fragment it must produce and, marked by '¦', the position the error must point
/// at (the marker is removed before reading). A user fixing the file needs the line and column, not just "invalid".
/// </summary>
public class SnapshotReaderCorpusTests
{
    private const char Marker = '¦';

    public static TheoryData<string, string> BadInputs => new()
    {
        { "¦", "empty" },
        { "   \n  ¦", "empty" },
        { "\uFEFF¦", "empty" },
        { "\uFEFF¦not json", "must be a JSON object" },
        { "¦null", "must be a JSON object, found null" },
        { "¦[]", "must be a JSON object, found an array" },
        { "¦\"links\"", "must be a JSON object, found a string" },
        { "{¦", "found the end of the file" },
        { "{\"links\"¦", "expected ':'" },
        { "{\"links\":¦", "\"links\" must be an array, found the end of the file" },
        { "{\"links\":[¦", "each entry of \"links\" must be an object, found the end of the file" },
        { "{\"links\":[{¦", "expected a property name" },
        { "{\"links\":[{\"id\"¦", "expected ':'" },
        { "{\"links\":[{\"id\":¦\"ab", "a string is not closed" },
        { "{\"links\":[{\"id\":\"ab\"}¦", "expected ',' or ']'" },
        { "{\"links\":[{\"id\":\"ab\"}]¦", "expected ',' or '}'" },
        { "{\"links\":[]}¦}", "found '}' after the end of the snapshot object, which must be the whole file" },
        { "{\"links\":[]}¦{\"links\":[]}", "found an object after the end of the snapshot object" },
        { "{\"links\":[],¦}", "trailing comma before '}'" },
        { "{\"links\":[{\"id\":\"a\"},¦]}", "trailing comma before ']'" },
        { "¦// comment\n{\"links\":[]}", "must be a JSON object" },
        { "{\"links\":[] ¦/* comment */}", "expected ',' or '}'" },
        { "{\"links\":¦null}", "\"links\" must be an array, found null" },
        { "{\"links\":[¦null]}", "each entry of \"links\" must be an object, found null" },
        { "{\"links\":[{\"id\":¦1}]}", "\"id\" must be a string or null, found a number" },
        { "{\"links\":[{\"name\":¦true}]}", "\"name\" must be a string or null, found a boolean" },
        { "{\"links\":[{\"fieldKey\":¦{}}]}", "\"fieldKey\" must be a string or null, found an object" },
        { "{\"links\":[{\"redirectTo\":¦[]}]}", "\"redirectTo\" must be a string or null, found an array" },
        { "{\"schemaVersion\":¦\"1\",\"links\":[]}", "\"schemaVersion\" must be a whole number" },
        { "{\"schemaVersion\":¦0,\"links\":[]}", "from 1 up, found 0" },
        { "{\"schemaVersion\":¦1.5,\"links\":[]}", "from 1 up, found 1.5" },
        { "{\"schemaVersion\":¦1.0,\"links\":[]}", "from 1 up, written with digits only (1, not 1.0 or 1e0), found 1.0" },
        { "{\"schemaVersion\":¦-1,\"links\":[]}", "from 1 up, found -1" },
        { "{\"schemaVersion\":¦99999999999,\"links\":[]}", "written by a newer ghl-links (schemaVersion 99999999999;" },
        { "{\"locationId\":¦5,\"links\":[]}", "\"locationId\" must be a string or null" },
        { "{\"links\":[],¦\"links\":[]}", "duplicate property \"links\"" },
        { "{\"links\":[{\"id\":\"a\",¦\"id\":\"b\"}]}", "duplicate property \"id\"" },
        { "{\"links\":[{\"id\":\"a\",¦\"\\u0069d\":\"b\"}]}", "duplicate property \"id\"" },
        { "{\"x\":{\"k\":1,¦\"k\":2},\"links\":[]}", "duplicate property \"k\"" },
        // Objects with more keys than are compared one by one, the duplicate before and after the reader switches to hashing.
        { "{\"x\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,¦\"b\":8,\"h\":9},\"links\":[]}", "duplicate property \"b\"" },
        { "{\"x\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10,¦\"a\":11},\"links\":[]}", "duplicate property \"a\"" },
        { "{\"x\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,¦\"i\":10},\"links\":[]}", "duplicate property \"i\"" },
        { "{\"links\":[{\"id\":\"a¦\\x\"}]}", "invalid escape sequence '\\x'" },
        { "{\"links\":[{\"id\":\"¦\\u12\"}]}", "four hex digits" },
        { "{\"links\":[{\"id\":\"¦\\uD800\"}]}", "lone surrogate" },
        { "{\"links\":[{\"id\":\"¦\\uD800\\u0041\"}]}", "lone surrogate" },
        { "{\"links\":[{\"id\":\"¦\\uDC00\"}]}", "lone surrogate" },
        { "{\"links\":[{\"id\":\"a¦\tb\"}]}", "control character (U+0009)" },
        { "{\"x\":" + new string('[', 63) + "¦[" + new string(']', 64) + ",\"links\":[]}", "nested deeper than 64" },
        { "{\"x\":" + new string('[', 63) + "¦" + new string('[', 99_937) + new string(']', 100_000) + ",\"links\":[]}", "nested deeper than 64" },
        { "{¦'links':[]}", "expected a property name in double quotes" },
        { "{¦links:[]}", "expected a property name in double quotes" },
        { "{\"x\":¦NaN,\"links\":[]}", "expected a JSON value" },
        { "{\"x\":0¦1,\"links\":[]}", "a JSON number has no leading zero" },
        { "{\"schemaVersion\":0¦1,\"links\":[]}", "a JSON number has no leading zero" },
        { "{\"x\":-¦,\"links\":[]}", "expected a digit" },
        { "{\"x\":1.¦,\"links\":[]}", "after the decimal point" },
        { "{\"x\":1e¦,\"links\":[]}", "in the exponent" },
        { "{\"x\":¦.5,\"links\":[]}", "expected a JSON value" },
        { "{\"x\":¦tru,\"links\":[]}", "expected 'true', found 'tru' (JSON's words are true, false and null)" },
        // A misspelled word is shown as it is, not as the literal it starts like.
        { "¦not json at all", "must be a JSON object, found 'not' (JSON's words are true, false and null)" },
        { "{\"locationId\":¦nope,\"links\":[]}", "expected 'null', found 'nope' (JSON's words" },
        { "{\"links\":[],\"future\":¦tx}", "expected 'true', found 'tx' (JSON's words" },
        { "{\"links\":[]} ¦trailing", "found 'trailing' (JSON's words are true, false and null) after the end of the snapshot object" },
        { "{\"links\":[¦nul]}", "each entry of \"links\" must be an object, found 'nul' (JSON's words" },
        { "{\"links\":[¦nullable]}", "each entry of \"links\" must be an object, found 'nullable' (JSON's words" },
        { "{\"x\":¦" + new string('n', 30) + ",\"links\":[]}", "found '" + new string('n', 24) + "…' (JSON's words" },
        { "{\"links\":[]}\n¦\u00A0", "found U+00A0 (a space JSON does not allow) after the end of the snapshot object" },
        { "{\"x\":¦True,\"links\":[]}", "expected a JSON value" },
        { "¦{\"schemaVersion\":1}", "has no \"links\" array" },
        { "{\"links\":[]}¦\0", "after the end of the snapshot object" },
        { "{\"links\":[]¦\u00A0}", "expected ',' or '}'" },
        { "{\n  \"schemaVersion\": 1,\n  \"links\": [\n    {\"id\": \"a\" ¦\"name\": \"b\"}\n  ]\n}", "expected ',' or '}'" },

        // Git's merge conflict markers: said at the first marker line, whatever else breaks (docs/ghl-links.md, "Merge conflicts in the snapshot").
        { "{\n  \"links\": [\n¦<<<<<<< HEAD\n    {\"id\": \"a\"}\n=======\n    {\"id\": \"b\"}\n>>>>>>> feature\n  ]\n}\n", "git merge conflict" },
        { "{\r\n  \"links\": [\r\n¦<<<<<<< HEAD\r\n  ]\r\n||||||| base\r\n  ]\r\n=======\r\n  ]\r\n>>>>>>> feature\r\n}", "git merge conflict" },
        { "{'links': []}\n¦=======\n", "git merge conflict" },
        { "{\"links\": []}\n¦>>>>>>>\n", "git merge conflict" },
        { "{\"links\": []}\n¦=======  labelled\n", "after the end of the snapshot object" },
        { "{\"links\": []}\n¦<<<<<<<<\n", "after the end of the snapshot object" },
        { "{\"links\": []}\n ¦<<<<<<< HEAD\n", "after the end of the snapshot object" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_snapshot_is_rejected_with_a_message_and_its_position(string marked, string message)
    {
        int expectedOffset = marked.IndexOf(Marker);
        string text = marked.Remove(expectedOffset, 1);

        SnapshotReadResult result = SnapshotReader.Read(text);

        Assert.Null(result.Document);
        SnapshotReadError error = Assert.IsType<SnapshotReadError>(result.Error);
        Assert.Contains(message, error.Message);
        Assert.Equal(expectedOffset, error.Offset);
        var (line, column) = ExpectedLineColumn(text, expectedOffset);
        Assert.Equal((line, column), (error.Line, error.Column));

        // Read from its UTF-8 bytes (as ghl-links reads a file), it is refused too, when UTF-8 can hold it at all.
        if (StrictUtf8Bytes(text) is { } bytes)
        {
            Assert.Null(SnapshotReader.TryRead(new Utf8Text(bytes, 0), shareRepeatedText: true));
        }
    }

    [Theory]
    [InlineData("{\n  \"a\": 1\n}")]
    [InlineData("{\"é🎉\":\r\n\"x\u00e9\", \r \"ü\": [\n\n  1]}")]
    [InlineData("\r\n\r\n  é🎉 {\"links\"\r: []}")]
    [InlineData("{\"name\": \"a\u2028b\u0085c\u2029\r\n\u00e9\", \"x\"\u2028:\u0085 1}")]
    public void Lines_and_columns_of_UTF_8_bytes_are_those_of_the_text(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var utf8 = new Utf8Text(bytes, 0);
        int offset = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            // Each character's first byte is where a position in bytes would be.
            Assert.Equal(SnapshotReader.LineColumn(text, i), utf8.LineColumn(offset));
            offset += i < text.Length ? Encoding.UTF8.GetByteCount(text.AsSpan(i, char.IsHighSurrogate(text[i]) ? 2 : 1)) : 0;
            if (i < text.Length && char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
    }

    // The build reports snapshot problems at the compiler's lines of the file, which U+0085, U+2028 and U+2029 end too
    // (JSON allows them raw in a string); ghl-links must name the same line.
    [Theory]
    [InlineData("{\n  \"a\": 1\r\n}\r")]
    [InlineData("{\"name\": \"a\u2028b\u0085c\u2029\r\n\u00e9\", \"x\"\u2028:\u0085 1}")]
    [InlineData("\u2029\u2029\r\r\n\n\u0085x")]
    public void Lines_and_columns_are_the_compilers(string text)
    {
        for (int offset = 0; offset <= text.Length; offset++)
        {
            Assert.Equal(ExpectedLineColumn(text, offset), SnapshotReader.LineColumn(text, offset));
        }
    }

    [Fact]
    public void The_corpus_has_at_least_thirty_bad_inputs() => Assert.True(BadInputs.Count >= 30);

    [Fact]
    public void A_ten_megabyte_snapshot_reads_and_a_truncated_one_is_rejected_at_the_end()
    {
        string big = BigSnapshot(targetChars: 10 * 1024 * 1024, out int count);

        SnapshotReadResult whole = SnapshotReader.Read(big);
        Assert.Equal(count, whole.Document!.Links.Count);
        Assert.Equal("{{trigger_link.id" + (count - 1) + "}}", whole.Document.Links[^1].FieldKey);

        string truncated = big.Substring(0, big.Length / 2);
        SnapshotReadResult cut = SnapshotReader.Read(truncated);
        Assert.Null(cut.Document);
        // The cut falls inside the last entry: the error points there (a string's opening quote at worst), not at the top.
        Assert.True(cut.Error!.Offset > truncated.Length - 200, cut.Error.ToString());
    }

    [Fact]
    public void A_raw_lone_surrogate_is_rejected()
    {
        // Not in BadInputs: xUnit's serialization of theory data would replace the lone surrogate.
        SnapshotReadResult result = SnapshotReader.Read("{\"links\":[{\"id\":\"a\uD800b\"}]}");

        Assert.Contains("lone surrogate (U+D800)", result.Error!.Message);
        Assert.Equal(18, result.Error.Offset);
    }

    [Fact]
    public void Line_and_column_count_lines_ended_by_crlf_lf_and_cr()
    {
        SnapshotReadResult result = SnapshotReader.Read("{\r\n\"links\":\r[\n ,");

        Assert.Equal((4, 2), (result.Error!.Line, result.Error.Column));
    }

    [Fact]
    public void Schema_1_reads_every_field_and_ignores_unknown_properties()
    {
        const string Text = """
            {
              "schemaVersion": 1,
              "generatedBy": {"tool": "x", "nested": [1, 2.5e-3, true, false, null, {"deep": [[]]}]},
              "locationId": "ve9EPM428h8vShlRW1KT",
              "links": [
                {"id": "n4AriwEnFrGh3tu08W0U", "name": "first tag", "redirectTo": "https://www.google.com/", "fieldKey": "{{trigger_link.n4AriwEnFrGh3tu08W0U}}", "clicks": 12}
              ]
            }
            """;

        SnapshotDocument document = SnapshotReader.Read(Text).Document!;

        Assert.Equal(1, document.SchemaVersion);
        Assert.Equal("ve9EPM428h8vShlRW1KT", document.LocationId);
        SnapshotLink link = Assert.Single(document.Links);
        Assert.Equal(("n4AriwEnFrGh3tu08W0U", "first tag", "https://www.google.com/", "{{trigger_link.n4AriwEnFrGh3tu08W0U}}"), (link.Id, link.Name, link.RedirectTo, link.FieldKey));
        Assert.Equal("\"first tag\"", Text.Substring(link.NameRange!.Value.Start, link.NameRange.Value.Length));
    }

    [Fact]
    public void The_raw_get_links_response_reads_with_its_per_link_location()
    {
        const string Text = """{"links":[{"id":"a","name":"x","redirectTo":"https://a/","fieldKey":"{{trigger_link.a}}","locationId":"loc1"}],"traceId":"t"}""";

        SnapshotDocument document = SnapshotReader.Read(Text).Document!;

        Assert.Null(document.SchemaVersion);
        Assert.Null(document.LocationId);
        Assert.Equal("loc1", Assert.Single(document.Links).LocationId);
    }

    [Theory]
    [InlineData("\uFEFF{\"links\":[]}")]
    [InlineData(" \t\r\n{\"links\":[]} \t\r\n")]
    [InlineData("{\"schemaVersion\":2,\"future\":{\"x\":1},\"links\":[]}")]
    [InlineData("{\"schemaVersion\":null,\"locationId\":null,\"links\":[]}")]
    [InlineData("{\"links\":[{}]}")]
    [InlineData("{\"links\":[{\"id\":null,\"name\":null,\"redirectTo\":null,\"fieldKey\":null,\"locationId\":null}]}")]
    public void Valid_variations_are_accepted(string text) => Assert.NotNull(SnapshotReader.Read(text).Document);

    [Fact]
    public void Escapes_decode_to_the_exact_text()
    {
        SnapshotDocument document = SnapshotReader.Read("{\"links\":[{\"name\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83c\\udf89 🎉 \\u0000\"}]}").Document!;

        Assert.Equal("q\" b\\ s/ \b\f\n\r\t é 🎉 🎉 \0", Assert.Single(document.Links).Name);
    }

    [Fact]
    public void Nesting_of_exactly_sixty_four_levels_is_accepted()
    {
        string text = "{\"x\":" + new string('[', 63) + new string(']', 63) + ",\"links\":[]}";

        Assert.NotNull(SnapshotReader.Read(text).Document);
    }

    /// <summary>The text's UTF-8 bytes; null when UTF-8 cannot hold it (a lone surrogate), as no file's bytes can.</summary>
    private static byte[]? StrictUtf8Bytes(string text)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The build's count: the compiler's lines of the file (an offset inside a CRLF counts as its line's end).</summary>
    private static (int Line, int Column) ExpectedLineColumn(string text, int offset)
    {
        LinePosition position = SourceText.From(text).Lines.GetLinePosition(offset);
        return (position.Line + 1, position.Character + 1);
    }

    private static string BigSnapshot(int targetChars, out int count)
    {
        var builder = new StringBuilder("{\"schemaVersion\":1,\"locationId\":\"loc\",\"links\":[\n");
        count = 0;
        while (builder.Length < targetChars)
        {
            builder.Append(count == 0 ? "" : ",\n")
                .Append("{\"id\":\"id").Append(count).Append("\",\"name\":\"Link number ").Append(count)
                .Append(" caf\\u00e9 \\\"quoted\\\"\",\"redirectTo\":\"https://example.com/path/").Append(count)
                .Append("?utm_source=sms&utm_campaign=test\",\"fieldKey\":\"{{trigger_link.id").Append(count).Append("}}\"}");
            count++;
        }

        return builder.Append("\n]}\n").ToString();
    }
}
