using System;
using System.Collections.Generic;
using LinksGenerator.Snapshot;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Analyzer;

/// <summary>The one scan of a file's text every per-file action starts with: most files hold no marker, and cost just this.</summary>
internal static class TextSearch
{
    /// <summary>
    /// The text as one string. For the usual source file this is the string the compiler already holds (no copy); a
    /// very large file is copied once.
    /// </summary>
    public static string Content(SourceText text) => text.ToString();

    /// <summary>The escapes that can spell a letter (<c>\u0074rigger_link</c>): only they can hide the marker from a text search.</summary>
    public static readonly string[] LetterEscapes = ["\\u", "\\U", "\\x"];

    /// <summary>Whether a string in the file could hold the marker without the file's text spelling it.</summary>
    public static bool MayHideMarker(string content)
    {
        foreach (string escape in LetterEscapes)
        {
            if (content.IndexOf(escape, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a string of the file may spell the marker: the text spells it, or uses letter escapes, which can
    /// (<c>"{{trigger\u005Flink."</c>).
    /// </summary>
    public static bool MaySpellMarker(string content) =>
        content.IndexOf(MergeField.Marker, StringComparison.Ordinal) >= 0 || MayHideMarker(content);

    /// <summary>
    /// Every place where a string of the file may spell the marker: the marker itself and, in a file that uses letter
    /// escapes, every escape (the string around it is then judged by its value).
    /// </summary>
    public static void AddMarkerPlaces(string content, List<int> positions)
    {
        AddOccurrences(content, MergeField.Marker, positions);
        if (MayHideMarker(content))
        {
            foreach (string escape in LetterEscapes)
            {
                AddOccurrences(content, escape, positions);
            }
        }
    }

    /// <summary>Every position where <paramref name="value"/> starts in <paramref name="content"/>.</summary>
    public static void AddOccurrences(string content, string value, List<int> positions)
    {
        for (int at = content.IndexOf(value, StringComparison.Ordinal); at >= 0; at = content.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            positions.Add(at);
        }
    }

    /// <summary>Every position where <paramref name="name"/> stands as a whole word (an identifier, not part of a longer one).</summary>
    public static void AddWordOccurrences(string content, string name, List<int> positions)
    {
        for (int at = content.IndexOf(name, StringComparison.Ordinal); at >= 0; at = content.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            // A verbatim identifier (@Open) is the name too: its '@' starts the word.
            bool startsWord = at == 0 || !IsIdentifierCharacter(content[at - 1])
                || (content[at - 1] == '@' && (at == 1 || !IsIdentifierCharacter(content[at - 2])));
            bool endsWord = at + name.Length >= content.Length || !IsIdentifierCharacter(content[at + name.Length]);
            if (startsWord && endsWord)
            {
                positions.Add(at);
            }
        }
    }

    private static bool IsIdentifierCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';
}
