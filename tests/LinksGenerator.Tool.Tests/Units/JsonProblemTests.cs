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
    public void The_wrong_shape_and_a_repeated_property_are_values_that_do_not_fit()
    {
        Assert.Equal("the JSON is not valid here: at $ (line 1, byte 2) " + WrongValue, Problem("[]"));
        Assert.Equal("the JSON is not valid here: at $.links (line 1, byte 16) " + WrongValue, Problem("{\"links\":\"none\"}"));
        Assert.Equal("the JSON is not valid here: at $.links[0].name (line 2, byte 37) " + WrongValue, Problem("{\"links\":[\n{\"id\":\"a1\",\"name\":\"one\",\"name\":\"two\"}]}"));
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

    /// <summary>What <see cref="JsonProblem"/> says about <paramref name="json"/>, read the way a Links response is.</summary>
    private static string Problem(string json)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), HighLevelJsonContext.Default.LinksResponse));
        return JsonProblem.Describe(e);
    }
}
