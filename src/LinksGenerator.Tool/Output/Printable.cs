using LinksGenerator.Snapshot;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// Link names, URLs and response bodies are untrusted text from an API. Printed raw, a newline could fake an output line
/// and an escape sequence could rewrite the terminal, so they are quoted with control and format characters escaped.
/// </summary>
internal static class Printable
{
    /// <summary>How many problems of one kind a message lists before it only counts the rest: thousands would bury the advice.</summary>
    public const int MostProblemsListed = 10;

    /// <summary>How <see cref="Quote"/> shows a missing value.</summary>
    public const string None = "(none)";

    public static string Quote(string? text) => text is null ? None : "\"" + Escape(text) + "\"";

    /// <summary><see cref="Quote"/>, for a <see cref="ReportLine"/>: formatted into the line without a string of its own.</summary>
    public static QuotedText Quoted(string? text) => new(text);

    /// <summary>Quoted text with its spaces that are no plain space (U+00A0 and its kind) escaped too: "Book a Call" renamed with a no-break space must not read as no change.</summary>
    public static string Escape(string text) => UnsafeText.Escape(text, quoted: true, otherSpaces: true);

    /// <summary>
    /// A message that quotes untrusted text its own way (such as the build's, in single quotes): kept on one line and
    /// harmless to the terminal, its quotes and backslashes left as they are.
    /// </summary>
    public static string Line(string text) => UnsafeText.Escape(text, quoted: false);
}
