using System.Collections.Generic;

namespace LinksGenerator.Configuration;

/// <summary>
/// Reads the template list the package's targets write with MSBuild's WriteLinesToFile: each path as it is, followed by
/// the system's line end (<c>\n</c>, or <c>\r\n</c> on Windows), with nothing trimmed or escaped. A template whose
/// <c>TriggerLinksTemplate</c> item names a <c>Location</c> has a line of its own besides: a tab, the location's name, a
/// tab, the path. No full path starts with a tab, so neither kind of line can be taken for the other, and the path after
/// the second tab is the rest of the line, tabs and all.
/// </summary>
/// <remarks>
/// Split at <c>\n</c> alone, not at the compiler's lines, and not trimmed: a file name may end in a space or U+3000, or
/// hold U+0085, U+2028 or U+2029, all of which end a line of a SourceText or go with Trim(), and such a template would
/// never be checked. A name with a line feed in it cannot be listed (docs/templates.md).
/// </remarks>
internal static class TemplateListText
{
    public const char LocationMark = '\t';

    /// <summary>Adds each listed path (normalized) to <paramref name="paths"/>, with the locations lines name for it.</summary>
    public static void AddPaths(string text, Dictionary<string, List<string>> paths)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; // a BOM the reader left in, should one be there
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            int length = end - start;
            length -= length > 0 && text[end - 1] == '\r' ? 1 : 0; // Windows' line end
            if (length > 0)
            {
                Add(text.Substring(start, length), paths);
            }

            start = end + 1;
        }
    }

    private static void Add(string line, Dictionary<string, List<string>> paths)
    {
        string? location = null;
        if (line[0] == LocationMark)
        {
            int pathStart = line.IndexOf(LocationMark, 1);
            if (pathStart <= 1 || pathStart == line.Length - 1)
            {
                return; // no name or no path: not a line the targets write
            }

            location = line.Substring(1, pathStart - 1);
            line = line.Substring(pathStart + 1);
        }

        string path = FilePaths.Normalize(line);
        if (!paths.TryGetValue(path, out List<string>? locations))
        {
            paths[path] = locations = [];
        }

        if (location is not null && !locations.Contains(location))
        {
            locations.Add(location);
        }
    }
}
