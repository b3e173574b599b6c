using System;
using System.Text;
using System.Text.RegularExpressions;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// A glob with <c>?</c>, which MSBuild matches as one character of a name and the globbing library does not know: the
/// whole glob as a regular expression (<c>?</c> one character, <c>*</c> any within a name, <c>**</c> any folders), for the
/// paths the library matched with each <c>?</c> read as <c>*</c>.
/// </summary>
internal sealed class OneCharacterWildcards(Regex pattern)
{
    /// <summary>The check for <paramref name="segments"/> (the glob from its first wildcard on), or null without a '?'.</summary>
    public static OneCharacterWildcards? For(string[] segments, StringComparison comparison)
    {
        if (Array.FindIndex(segments, s => s.Contains('?', StringComparison.Ordinal)) < 0)
        {
            return null;
        }

        var regex = new StringBuilder("^");
        for (int i = 0; i < segments.Length; i++)
        {
            bool last = i == segments.Length - 1;
            if (segments[i] == "**")
            {
                regex.Append(last ? ".*" : "(?:[^/]*/)*");
                continue;
            }

            foreach (char c in segments[i])
            {
                regex.Append(c switch { '?' => "[^/]", '*' => "[^/]*", _ => Regex.Escape(c.ToString()) });
            }

            regex.Append(last ? "" : "/");
        }

        RegexOptions options = RegexOptions.CultureInvariant | (comparison == StringComparison.OrdinalIgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new OneCharacterWildcards(new Regex(regex.Append('$').ToString(), options));
    }

    /// <summary>Whether <paramref name="relativePath"/>, with '/' between folders, matches the glob.</summary>
    public bool Matches(string relativePath) => pattern.IsMatch(relativePath.Replace('\\', '/'));
}
