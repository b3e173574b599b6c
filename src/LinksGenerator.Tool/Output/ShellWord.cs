using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace LinksGenerator.Tool.Output;

/// <summary>A value in a command line the tool's advice quotes, as one shell word: advice followed word for word must pass it whole.</summary>
internal static class ShellWord
{
    /// <summary>The value as the shells of this system read it back (<see cref="Of(string, bool)"/>).</summary>
    public static string Of(string value) => Of(value, OperatingSystem.IsWindows());

    /// <summary>
    /// The value as it is when no shell would split or expand it; double-quoted otherwise, which reads best. A POSIX
    /// shell expands <c>$</c>, <c>`</c>, <c>\</c> and (interactive bash) <c>!</c> even inside double quotes, and reads a
    /// bare <c>\</c> as an escape: a value with any of them is single-quoted there, the one quoting that keeps every
    /// character. On Windows, <c>\</c> separates folders and needs no quotes.
    /// </summary>
    public static string Of(string value, bool windows)
    {
        if (value.Length > 0 && value.All(c => IsPlain(c) || (windows && c == '\\')))
        {
            return value;
        }

        // A line break or another control character kept as it is would break the advice over lines (or drive the terminal):
        // written as an escape in the ANSI-C quoting of bash, zsh and ksh, which reads it back as the character.
        if (!windows && value.Any(IsUnprintable))
        {
            return AnsiCQuoted(value);
        }

        return windows || !value.Any(c => c is '$' or '`' or '\\' or '!' or '"')
            ? "\"" + value.Replace("\"", "\\\"").Replace("$", "\\$").Replace("`", "\\`") + "\""
            : "'" + value.Replace("'", "'\\''") + "'";
    }

    /// <summary>A control or format character, or a line or paragraph separator: nothing a reader should get raw.</summary>
    private static bool IsUnprintable(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary><c>$'…'</c> with <c>\\</c>, <c>\'</c>, <c>\n</c>, <c>\t</c>, <c>\r</c>, and <c>\xHH</c> or <c>\uHHHH</c> for the other unprintable characters.</summary>
    private static string AnsiCQuoted(string value)
    {
        var quoted = new StringBuilder("$'", value.Length + 8);
        foreach (char c in value)
        {
            _ = c switch
            {
                '\\' => quoted.Append("\\\\"),
                '\'' => quoted.Append("\\'"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                '\r' => quoted.Append("\\r"),
                _ when IsUnprintable(c) && c < '\u0080' => quoted.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)),
                _ when IsUnprintable(c) => quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('\'').ToString();
    }

    private static bool IsPlain(char c) => char.IsLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or ':' or '+' or ',' or '@' or '%' or '=';
}
