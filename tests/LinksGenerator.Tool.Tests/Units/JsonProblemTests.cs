using System;
using System.Text;
using System.Text.Json;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Tests.Units;

public class JsonProblemTests
{
    private const string WrongValue =
        "the value has the wrong type or shape; a Links response is {\"links\":[{\"id\":\"…\",\"name\":\"…\",\"redirectTo\":\"…\",\"fieldKey\":\"…\"}]} with string values, each property once";

    private const string NotWellFormed = "it is not well-formed JSON (cut off, or not JSON at all)";

    [Fact]
    public void A_value_of_the_wrong_type_is_named_by_its_path_and_position()
    {
        Assert.Equal(
            "the JSON is not valid here: at $.links[0].name (line 1, byte 49) " + WrongValue,
            Problem("{\"links\":[{\"id\":\"n4AriwEnFrGh3tu08W0U\",\"name\":42}]}"));
    }

    [Fact]
    public void The_wrong_shape_is_a_value_that_does_not_fit()
    {
        Assert.Equal("the JSON is not valid here: at $ (line 1, byte 2) " + WrongValue, Problem("[]"));
        Assert.Equal("the JSON is not valid here: at $.links (line 1, byte 16) " + WrongValue, Problem("{\"links\":\"none\"}"));
    }

    [Fact]
    public void A_repeated_property_is_named()
    {
        const string Shape = "a Links response is {\"links\":[{\"id\":\"…\",\"name\":\"…\",\"redirectTo\":\"…\",\"fieldKey\":\"…\"}]} with string values, each property once";

        Assert.Equal(
            "the JSON is not valid here: at $.links[0].name (line 2, byte 37) property \"name\" is in one object twice, so which of its values holds is anyone's guess; " + Shape,
            Problem("{\"links\":[\n{\"id\":\"a1\",\"name\":\"one\",\"name\":\"two\"}]}"));
        Assert.EndsWith("property \"links\" is in one object twice, so which of its values holds is anyone's guess; " + Shape, Problem("{\"links\":[],\"links\":[]}"), StringComparison.Ordinal);

        // A repeat after the value that does not fit is not what stopped the reading; the same name in two objects is no repeat.
        Assert.Equal("the JSON is not valid here: at $.links[0].name (line 1, byte 30) " + WrongValue, Problem("{\"links\":[{\"id\":\"a1\",\"name\":1,\"name\":\"x\"}]}"));
        Assert.Equal("the JSON is not valid here: at $.links[1].name (line 1, byte 53) " + WrongValue, Problem("{\"links\":[{\"id\":\"a1\",\"name\":\"x\"},{\"id\":\"a2\",\"name\":2}]}"));
    }

    [Fact]
    public void A_cut_off_body_is_not_well_formed_where_it_ends()
    {
        string cut = "{\"links\":[{\"id\":\"sTpkr0cStY4qWB8dWKnH\",\"name\":\"Referral Program\",\"redirectTo\":\"https://acme-dental.com/refer-a-friend\",\"fieldKey\":\"{{trigger_link.sTpk";

        Assert.Equal(150, cut.Length);
        Assert.Equal("the JSON is not valid here: at $.links[0].fieldKey (line 1, byte 151) " + NotWellFormed, Problem(cut));
    }

    [Fact]
    public void Text_that_is_not_json_and_json_with_a_trailing_comma_are_not_well_formed()
    {
        Assert.Equal("the JSON is not valid here: at $ (line 1, byte 1) " + NotWellFormed, Problem("<html><body>Sign in</body></html>"));
        Assert.Equal("the JSON is not valid here: at $ (line 1, byte 14) " + NotWellFormed, Problem("{\"links\":[]} x"));
        Assert.Equal("the JSON is not valid here: at $ (line 1, byte 23) " + NotWellFormed, Problem("{\"links\":[{\"id\":\"a\"}],}"));
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_named_as_such()
    {
        byte[] latin1 = [.. "{\"links\":[{\"id\":\"a1\",\"name\":\"M"u8, 0xFC, .. "ller\"}]}"u8];
        byte[] rawSurrogate = [.. "{\"links\":[{\"id\":\"a1\",\"name\":\""u8, 0xED, 0xA0, 0x80, .. "\"}]}"u8];

        Assert.EndsWith("it is not UTF-8 text, which JSON must be (a byte sequence that is not UTF-8)", Problem(latin1), StringComparison.Ordinal);
        Assert.EndsWith("it is not UTF-8 text, which JSON must be (a byte sequence that is not UTF-8)", Problem(rawSurrogate), StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_named_as_such()
    {
        Assert.Equal(
            "the JSON is not valid here: at $.links[0].name (line 1, byte 49) a string in it holds a lone surrogate (an escape \\uD800–\\uDFFF without its pair), which is no text",
            Problem("{\"links\":[{\"id\":\"a1\",\"name\":\"broken \\ud800 name\"}]}"));
    }

    [Fact]
    public void Nesting_past_the_depth_limit_is_named_as_such()
    {
        string deep = "{\"links\":[{\"id\":\"a1\",\"meta\":" + new string('[', 100) + new string(']', 100) + "}]}";
        string deepAndCut = "{\"links\":[{\"id\":\"a1\",\"meta\":" + new string('[', 100_000);

        Assert.EndsWith("it nests deeper than 64 levels, more than the tool reads (a Links response nests 3)", Problem(deep), StringComparison.Ordinal);
        Assert.EndsWith("it nests deeper than 64 levels, more than the tool reads (a Links response nests 3)", Problem(deepAndCut), StringComparison.Ordinal);
        Assert.EndsWith(NotWellFormed, Problem("{\"links\":[{\"id\":\"a1\",\"meta\":[[[[}]}"), StringComparison.Ordinal);
    }

    /// <summary>What <see cref="JsonProblem"/> says about <paramref name="json"/>, read the way a Links response is.</summary>
    private static string Problem(string json) => Problem(Encoding.UTF8.GetBytes(json));

    /// <remarks>
    /// Read as the tool reads answers, through <see cref="KnownTextConverter"/>, without and with text it knows (as in a
    /// refresh): both must fail alike, and in the words the built-in reading of strings gives (the messages above).
    /// </remarks>
    private static string Problem(byte[] json)
    {
        JsonException plain = Assert.ThrowsAny<JsonException>(() => LinksResponseReader.Parse(json, KnownText.None));
        JsonException known = Assert.ThrowsAny<JsonException>(() => LinksResponseReader.Parse(json, KnownText.Of([new("a1", "Müller", "one", null)])));
        Assert.Equal(JsonProblem.Describe(plain, json), JsonProblem.Describe(known, json));
        return JsonProblem.Describe(plain, json);
    }
}
