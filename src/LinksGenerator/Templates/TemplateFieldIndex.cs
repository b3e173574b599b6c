using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LinksGenerator.Templates;

/// <summary>
/// The file in which a build hands the compiler its scan of the templates (<see cref="TemplateScan"/>): for each template
/// the build could read, its full path and every field in it. The analyzer judges those fields instead of reading the
/// templates through the compiler (docs/templates.md, "Which builds check templates"). Plain ASCII, one record per line,
/// fields separated by tabs:
/// <code>
/// LinksGenerator template fields 1
/// T  path
/// F  start  length  fromLine  fromCharacter  toLine  toCharacter  id                  (a well-formed field)
/// M  start  length  fromLine  fromCharacter  toLine  toCharacter  problem  fieldText  (a malformed one)
/// E  templates
/// </code>
/// Text is escaped (<c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c>, <c>\uXXXX</c> for every other character outside printable
/// ASCII), so no path or field can break a line or a column. A file that does not read exactly so (cut short, edited, of
/// another version) is no index at all: the analyzer then reads every template itself, as it does without one.
/// </summary>
internal static class TemplateFieldIndex
{
    /// <summary>The index file's name; the package's targets write it into the project's intermediate folder.</summary>
    public const string FileName = "LinksGenerator.Templates.fields";

    private const string Header = "LinksGenerator template fields 1";

    public static string Write(IEnumerable<KeyValuePair<string, IReadOnlyList<ScannedField>>> templates)
    {
        var text = new StringBuilder(Header).Append('\n');
        int count = 0;
        foreach (KeyValuePair<string, IReadOnlyList<ScannedField>> template in templates)
        {
            count++;
            Escape(text.Append("T\t"), template.Key).Append('\n');
            foreach (ScannedField field in template.Value)
            {
                text.Append(field.IsWellFormed ? 'F' : 'M')
                    .Append('\t').Append(field.Start.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(field.Length.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(field.From.Line.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(field.From.Character.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(field.To.Line.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(field.To.Character.ToString(CultureInfo.InvariantCulture))
                    .Append('\t');
                if (field.IsWellFormed)
                {
                    Escape(text, field.Id!);
                }
                else
                {
                    Escape(Escape(text, field.Problem!).Append('\t'), field.Text!);
                }

                text.Append('\n');
            }
        }

        return text.Append("E\t").Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n').ToString();
    }

    /// <summary>The fields of each template by its path as written, or null when <paramref name="text"/> is not an index.</summary>
    /// <remarks>Read in place, column by column: an index of 10,000 fields is read in every build that checks templates.</remarks>
    public static Dictionary<string, ScannedField[]>? Read(string text)
    {
        if (!text.StartsWith(Header + "\n", StringComparison.Ordinal))
        {
            return null;
        }

        var templates = new Dictionary<string, ScannedField[]>(StringComparer.Ordinal);
        string? path = null;
        var fields = new List<ScannedField>();
        int line = Header.Length + 1;
        while (line < text.Length)
        {
            int lineEnd = text.IndexOf('\n', line);
            if (lineEnd < 0)
            {
                return null; // cut short
            }

            var columns = new Columns(text, line, lineEnd);
            line = lineEnd + 1;
            switch (columns.NextTag())
            {
                case 'T' when columns.NextText() is { Length: > 0 } next && columns.AtEnd:
                    if (!Add(templates, path, fields))
                    {
                        return null;
                    }

                    path = next;
                    break;
                case 'F' when path is not null && Field(ref columns, wellFormed: true) is { } field:
                    fields.Add(field);
                    break;
                case 'M' when path is not null && Field(ref columns, wellFormed: false) is { } field:
                    fields.Add(field);
                    break;
                case 'E' when line == text.Length && columns.NextNumber() is var count && columns.AtEnd && Add(templates, path, fields) && count == templates.Count:
                    return templates;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool Add(Dictionary<string, ScannedField[]> templates, string? path, List<ScannedField> fields)
    {
        if (path is null)
        {
            return fields.Count == 0;
        }

        if (templates.ContainsKey(path))
        {
            return false;
        }

        templates.Add(path, fields.ToArray());
        fields.Clear();
        return true;
    }

    /// <summary>A field whose numbers are whole and consistent: it ends after it starts, and a malformed one's text is as long as the field.</summary>
    private static ScannedField? Field(ref Columns columns, bool wellFormed)
    {
        int start = columns.NextNumber(), length = columns.NextNumber();
        int fromLine = columns.NextNumber(), fromCharacter = columns.NextNumber(), toLine = columns.NextNumber(), toCharacter = columns.NextNumber();
        string? id = wellFormed ? columns.NextText() : null;
        string? problem = wellFormed ? null : columns.NextText();
        string? text = wellFormed ? null : columns.NextText();
        bool placed = start >= 0 && length > 0 && start <= int.MaxValue - length && fromLine >= 0 && fromCharacter >= 0 && toCharacter >= 0
            && (toLine > fromLine || (toLine == fromLine && toCharacter > fromCharacter));
        bool named = wellFormed ? id is { Length: > 0 } : problem is { Length: > 0 } && text?.Length == length;
        return placed && named && columns.AtEnd ? new ScannedField(start, length, (fromLine, fromCharacter), (toLine, toCharacter), id, problem, text) : null;
    }

    /// <summary>A non-negative decimal number as <see cref="Write"/> writes it, in <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>; -1 for anything else.</summary>
    private static int Number(string text, int start, int end)
    {
        int length = end - start;
        if (length is <= 0 or > 10 || (length > 1 && text[start] == '0'))
        {
            return -1;
        }

        long value = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= int.MaxValue ? (int)value : -1;
    }

    private static StringBuilder Escape(StringBuilder text, string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\t': text.Append(@"\t"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case < ' ' or > '~': text.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        return text;
    }

    /// <summary>The text <see cref="Escape"/> wrote, from <paramref name="start"/> to <paramref name="end"/>; null when it is not such text.</summary>
    private static string? Unescape(string value, int start, int end)
    {
        var text = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = value[i];
            if (c != '\\')
            {
                if (c is < ' ' or > '~')
                {
                    return null;
                }

                text.Append(c);
                continue;
            }

            if (++i >= end)
            {
                return null;
            }

            switch (value[i])
            {
                case '\\': text.Append('\\'); break;
                case 't': text.Append('\t'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 'u' when i + 4 < end && Hex(value, i + 1) is var code and >= 0:
                    text.Append((char)code);
                    i += 4;
                    break;
                default: return null;
            }
        }

        return text.ToString();
    }

    /// <summary>The four hexadecimal digits at <paramref name="start"/> as a number; -1 when they are not.</summary>
    private static int Hex(string text, int start)
    {
        int value = 0;
        for (int i = start; i < start + 4; i++)
        {
            char c = text[i];
            int digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 16) + digit;
        }

        return value;
    }

    /// <summary>The tab-separated columns of one line of the index, read one after another without splitting the line.</summary>
    private struct Columns(string text, int start, int end)
    {
        private int _position = start;
        private bool _done;

        public readonly bool AtEnd => _done;

        /// <summary>The next column when it is one character (a record's tag); otherwise <c>'\0'</c>.</summary>
        public char NextTag() => Take(out int from, out int to) && to - from == 1 ? text[from] : '\0';

        public int NextNumber() => Take(out int from, out int to) ? Number(text, from, to) : -1;

        public string? NextText() => Take(out int from, out int to) ? Unescape(text, from, to) : null;

        private bool Take(out int from, out int to)
        {
            from = to = _position;
            if (_done)
            {
                return false;
            }

            int tab = text.IndexOf('\t', _position, end - _position);
            to = tab < 0 ? end : tab;
            _position = to + 1;
            _done = tab < 0;
            return true;
        }
    }
}
