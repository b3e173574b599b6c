using System.Collections.Generic;

namespace LinksGenerator.Configuration;

/// <summary>
/// Reads the template list the package's targets write with MSBuild's WriteLinesToFile: each path as it is, followed by
/// the system's line end (<c>\n</c>, or <c>\r\n</c> on Windows), with nothing trimmed or escaped.
/// </summary>
/// <remarks>
/// Split at <c>\n</c> alone, not at the compiler's lines, and not trimmed: a file name may end in a space or U+3000, or
/// hold U+0085, U+2028 or U+2029, all of which end a line of a SourceText or go with Trim(), and such a template would
/// never be checked. A name with a line feed in it cannot be listed (docs/templates.md).
/// </remarks>
internal static class TemplateListText
{
    public static void AddPaths(string text, HashSet<string> paths)
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
                paths.Add(FilePaths.Normalize(text.Substring(start, length)));
            }

            start = end + 1;
        }
    }
}
