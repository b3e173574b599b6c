using System.Text.Json;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>Words for a <see cref="JsonException"/>: what is wrong and where, without the serializer's type names.</summary>
internal static class JsonProblem
{
    public static string Describe(JsonException e)
    {
        string message = e.Message;
        int pathAt = message.IndexOf(" Path:", System.StringComparison.Ordinal);
        if (pathAt >= 0)
        {
            message = message[..pathAt];
        }

        message = message.Replace("System.Collections.Generic.List`1[LinksGenerator.Tool.HighLevel.ApiLink]", "an array of links")
            .Replace("LinksGenerator.Tool.HighLevel.LinksResponse", "a Links response object")
            .Replace("LinksGenerator.Tool.HighLevel.ApiLink", "a link object")
            .Replace("System.String", "a string");

        string where = e.LineNumber is { } line ? $" (at {e.Path ?? "$"}, line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
        return $"is not valid here: {message.TrimEnd('.')}{where}";
    }
}
