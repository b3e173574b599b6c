using System.Text.Json;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Words for a <see cref="JsonException"/> from reading a Links response: where it happened and which kind of problem
/// it is. Built from the exception's data alone (path, line, byte, and whether the reader or the serializer objected);
/// the serializer's own message names .NET types and changes between versions, so it is not repeated.
/// </summary>
internal static class JsonProblem
{
    /// <summary>What a Links response looks like, for a body whose values do not fit it.</summary>
    public const string LinksShape = "a Links response is {\"links\":[{\"id\":\"…\",\"name\":\"…\",\"redirectTo\":\"…\",\"fieldKey\":\"…\"}]} with string values, each property once";

    /// <summary>What the answer to a token exchange looks like.</summary>
    public const string LocationTokenShape = "a location token answer is {\"access_token\":\"…\",…} with a string access_token, each property once";

    /// <param name="e">What the serializer threw.</param>
    /// <param name="shape">What the body should have been, for values that do not fit it.</param>
    public static string Describe(JsonException e, string shape = LinksShape)
    {
        // The serializer wraps what the reader rejects (a cut-off body, a stray character, a trailing comma) and says
        // where; anything else it throws itself, about a value it could read but not use (a number for a name, a repeated
        // property).
        string what = e.InnerException is JsonException
            ? "it is not well-formed JSON (cut off, or not JSON at all)"
            : $"the value has the wrong type or shape; {shape}";
        return $"the JSON is not valid here: at {Where(e)} {what}";
    }

    /// <summary>"$.links[0].name (line 1, byte 49)": the path, and the position counted from 1 as editors count.</summary>
    private static string Where(JsonException e)
    {
        string path = e.Path ?? "$";
        return e.LineNumber is { } line ? $"{path} (line {line + 1}, byte {e.BytePositionInLine + 1})" : path;
    }
}
