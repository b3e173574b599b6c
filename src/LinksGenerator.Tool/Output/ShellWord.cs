using System.Linq;

namespace LinksGenerator.Tool.Output;

/// <summary>A value in a command line the tool's advice quotes, as one shell word: advice followed word for word must pass it whole.</summary>
internal static class ShellWord
{
    /// <summary>The value as it is when no shell would split or expand it; double-quoted otherwise.</summary>
    public static string Of(string value) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is '/' or '\\' or '.' or '_' or '-' or ':' or '+' or ',' or '@' or '%' or '=')
            ? value
            : "\"" + value.Replace("\"", "\\\"").Replace("$", "\\$").Replace("`", "\\`") + "\"";
}
