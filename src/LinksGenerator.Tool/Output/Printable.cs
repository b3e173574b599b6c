using System.Globalization;
using System.Text;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// Link names, URLs and response bodies are untrusted text from an API. Printed raw, a newline could fake an output line
/// and an escape sequence could rewrite the terminal, so they are quoted with control and format characters escaped.
/// </summary>
internal static class Printable
{
    /// <summary>How <see cref="Quote"/> shows a missing value.</summary>
    public const string None = "(none)";

    public static string Quote(string? text) => text is null ? None : "\"" + Escape(text) + "\"";

    /// <summary><see cref="Quote"/>, for a <see cref="ReportLine"/>: formatted into the line without a string of its own.</summary>
    public static QuotedText Quoted(string? text) => new(text);

    public static string Escape(string text) => Escape(text, quoted: true);

    /// <summary>
    /// A message that quotes untrusted text its own way (such as the build's, in single quotes): kept on one line and
    /// harmless to the terminal, its quotes and backslashes left as they are.
    /// </summary>
    public static string Line(string text) => Escape(text, quoted: false);

    private static string Escape(string text, bool quoted)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            string? replacement = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' when quoted => "\\\"",
                '\\' when quoted => "\\\\",
                _ when UnsafeText.IsUnsafe(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => null,
            };

            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }
}
