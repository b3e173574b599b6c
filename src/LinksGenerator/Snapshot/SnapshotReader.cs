using LinksGenerator.Templates;

namespace LinksGenerator.Snapshot;

/// <summary>
/// A small, strict JSON reader for <c>links.snapshot.json</c>. It exists because System.Text.Json cannot ship inside an
/// analyzer package (it fails to load in Visual Studio hosts). It accepts exactly RFC 8259 JSON (no comments, no
/// trailing commas), rejects duplicate keys and lone surrogates anywhere, bounds nesting at
/// <see cref="SnapshotFormat.MaxDepth"/>, and reads schema 1 as well as the raw Get Links response, ignoring properties
/// it does not know. The differential fuzz test holds it to the same verdicts as System.Text.Json. The reading itself is
/// <see cref="SnapshotReader{TText}"/>, over a string (the build) or the file's UTF-8 bytes (ghl-links).
/// </summary>
internal static class SnapshotReader
{
    /// <summary>The error for a file that holds git's conflict markers (<see cref="MergeConflict"/>), as the build says it.</summary>
    public const string MergeConflictMessage =
        "the file holds a git merge conflict (this line is a conflict marker): run 'dotnet ghl-links pull', which resolves it keeping the history of both sides, and commit the result";

    /// <summary>
    /// <see cref="MergeConflictMessage"/> with the command line of the pull that resolves it in place of the build's:
    /// ghl-links quotes the one that acts on the file it read, with the options it was given.
    /// </summary>
    public static string MergeConflictMessageWith(string pull) => MergeConflictMessage.Replace("'dotnet ghl-links pull'", "'" + pull + "'");

    /// <summary>
    /// Reads <paramref name="text"/>. Property names the text spells more than once are one string each
    /// (<see cref="SharedStrings"/>); with <paramref name="shareRepeatedText"/>, link names, URLs and location ids too.
    /// What is read is the same either way.
    /// </summary>
    public static SnapshotReadResult Read(string text, bool shareRepeatedText = false)
    {
        try
        {
            return SnapshotReadResult.Success(SnapshotReader<StringText>.ReadDocument(new StringText(text), shareRepeatedText));
        }
        catch (SnapshotSyntaxException e) when (e is not NewerSchemaException && MergeConflict.FirstMarker(text) is var marker and >= 0)
        {
            // Whatever the first error is, a conflict marker is why: said at the marker, with the way out.
            var (line, column) = LineColumn(text, marker);
            return SnapshotReadResult.Failure(new SnapshotReadError(MergeConflictMessage, marker, line, column) { IsMergeConflict = true });
        }
        catch (SnapshotSyntaxException e)
        {
            var (line, column) = LineColumn(text, e.Offset);
            return SnapshotReadResult.Failure(new SnapshotReadError(e.Message, e.Offset, line, column, e is NewerSchemaException));
        }
    }

    /// <summary>
    /// Reads <paramref name="utf8"/>, valid UTF-8 (the caller checks), as <see cref="Read(string, bool)"/> reads its text,
    /// positions in bytes (<see cref="Utf8Text.LineColumn"/> makes them lines and columns). Null when the text is not a
    /// snapshot: the caller reads it as a string then, for the error in the words and place <see cref="Read(string, bool)"/> gives.
    /// </summary>
    public static SnapshotDocument? TryRead(Utf8Text utf8, bool shareRepeatedText)
    {
        try
        {
            return SnapshotReader<Utf8Text>.ReadDocument(utf8, shareRepeatedText);
        }
        catch (SnapshotSyntaxException)
        {
            return null;
        }
    }

    /// <summary>
    /// 1-based line and column of an offset, counted as the build counts them (the compiler's lines of a file): lines end
    /// where template findings' do (<see cref="LineMap.NextLineStart"/>: <c>\r\n</c>, <c>\n</c>, <c>\r</c>, and U+0085,
    /// U+2028 and U+2029, which JSON allows raw in a string). One offset, so no map of every line is built.
    /// </summary>
    public static (int Line, int Column) LineColumn(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (int next; (next = LineMap.NextLineStart(text, lineStart)) >= 0 && next <= offset; lineStart = next)
        {
            line++;
        }

        return (line, offset - lineStart + 1);
    }
}
