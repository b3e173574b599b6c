using System;
using System.Linq;
using LinksGenerator.Snapshot;

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

        // A line break or another unsafe character kept as it is would break the advice over lines (or drive the terminal):
        // escaped as the messages escape it (UnsafeText), in the ANSI-C quoting of bash, zsh and ksh, which reads the
        // escapes back as the characters; only a single quote needs one more.
        if (!windows && !ReferenceEquals(UnsafeText.Escape(value, quoted: false), value))
        {
            return "$'" + UnsafeText.Escape(value, quoted: true).Replace("'", "\\'") + "'";
        }

        return windows || !value.Any(c => c is '$' or '`' or '\\' or '!' or '"')
            ? "\"" + value.Replace("\"", "\\\"").Replace("$", "\\$").Replace("`", "\\`") + "\""
            : "'" + value.Replace("'", "'\\''") + "'";
    }

    private static bool IsPlain(char c) => char.IsLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or ':' or '+' or ',' or '@' or '%' or '=';
}
