using System;
using System.Globalization;
using System.Text;

namespace LinksGenerator.Tests.CodeFixes;

/// <summary>A C# expression for a string, in one of the forms the fix must handle, and whether it is a constant.</summary>
internal sealed record GeneratedLiteral(string Form, string Source, bool IsConstant);

/// <summary>
/// Random string values full of what makes rewriting hard — quotes, backslashes, braces single and doubled, line
/// breaks, tabs, non-ASCII, other merge fields — around known and unknown trigger-link fields, spelled in a random
/// string form with random (valid) escapes. Seeded, so a failure reproduces.
/// </summary>
internal sealed class RandomStringLiteral(int seed)
{
    private static readonly string[] Known = ["n4AriwEnFrGh3tu08W0U", "Ab3dEfGh1jKlMnOpQr5t", "dash-ed_id"];
    private static readonly string[] Forms = ["regular", "verbatim", "raw", "raw-multiline", "interpolated", "interpolated-verbatim", "interpolated-raw"];

    private readonly Random _random = new(seed);

    public GeneratedLiteral Next()
    {
        string form = Forms[_random.Next(Forms.Length)];
        string value = Value(allowNewlines: form != "raw");
        return form switch
        {
            "regular" => new(form, Regular(value, interpolated: false), true),
            "verbatim" => new(form, "@\"" + value.Replace("\"", "\"\"") + "\"", true),
            "raw" => Raw(value) is { } raw ? new(form, raw, true) : new("regular", Regular(value, false), true),
            "raw-multiline" => new(form, RawMultiline(value, interpolated: false), true),
            "interpolated" => WithHole(form, "$\"", Regular(value, interpolated: true)[1..^1], "\""),
            "interpolated-verbatim" => WithHole(form, "$@\"", value.Replace("\"", "\"\"").Replace("{", "{{").Replace("}", "}}"), "\""),
            _ => new(form, RawMultiline(value, interpolated: true), false),
        };
    }

    private string Value(bool allowNewlines)
    {
        var value = new StringBuilder();
        int parts = 1 + _random.Next(6);
        bool hasKnown = false;
        for (int i = 0; i < parts; i++)
        {
            switch (_random.Next(14))
            {
                case 0: value.Append('"'); break;
                case 1: value.Append('\\'); break;
                case 2: value.Append(Chance(0.5) ? "{" : "}"); break;
                case 3: value.Append(Chance(0.5) ? "{{" : "}}"); break;
                case 4: if (allowNewlines) { value.Append('\n'); } break;
                case 5: value.Append('\t'); break;
                case 6: value.Append("é🎉"); break;
                case 7: value.Append("{{contact.first_name}}"); break;
                case 8: value.Append("{{trigger_link.unknownLink").Append(_random.Next(9)).Append("}}"); break;
                default:
                    string id = Known[_random.Next(Known.Length)];
                    value.Append(Chance(0.2) ? "{{ trigger_link." + id + " }}" : "{{trigger_link." + id + "}}");
                    hasKnown = true;
                    break;
            }

            if (Chance(0.5))
            {
                value.Append(Chance(0.5) ? " " : "text ");
            }
        }

        if (!hasKnown)
        {
            value.Insert(_random.Next(value.Length + 1), "{{trigger_link." + Known[0] + "}}");
        }

        return value.ToString();
    }

    /// <summary>A regular literal with randomly chosen (valid) escapes; braces doubled for interpolated text.</summary>
    private string Regular(string value, bool interpolated)
    {
        var literal = new StringBuilder("\"");
        foreach (char c in value)
        {
            if (interpolated && (c == '{' || c == '}'))
            {
                literal.Append(c).Append(c);
            }
            else if (c == '"' || c == '\\' || c < ' ')
            {
                literal.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => Chance(0.5) ? "\\n" : "\\u000A", '\t' => "\\t", _ => $"\\u{(int)c:X4}" });
            }
            else if (Chance(0.05) && c < 0x80)
            {
                literal.Append(Chance(0.5) ? $"\\u{(int)c:x4}" : "\\x" + ((int)c).ToString("X", CultureInfo.InvariantCulture).PadLeft(4, '0'));
            }
            else
            {
                literal.Append(c);
            }
        }

        return literal.Append('"').ToString();
    }

    /// <summary>A single-line raw literal, when the value can be one (no line break, no quote at either end).</summary>
    private static string? Raw(string value)
    {
        if (value.Length == 0 || value.Contains('\n') || value.StartsWith('"') || value.EndsWith('"'))
        {
            return null;
        }

        string quotes = new('"', Math.Max(3, LongestRun(value, '"') + 1));
        return quotes + value + quotes;
    }

    /// <summary>A multi-line raw literal (interpolated or not), indented like code, with enough quotes and dollars.</summary>
    private static string RawMultiline(string value, bool interpolated)
    {
        string quotes = new('"', Math.Max(3, LongestRun(value, '"') + 1));
        int dollars = Math.Max(LongestRun(value, '{'), LongestRun(value, '}')) + 1;
        string indent = "        ";
        var literal = new StringBuilder(interpolated ? new string('$', dollars) : "").Append(quotes).Append('\n');
        string[] lines = value.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            literal.Append(indent).Append(lines[i]);
            if (interpolated && i == 0)
            {
                literal.Append(new string('{', dollars)).Append("Hole").Append(new string('}', dollars));
            }

            literal.Append('\n');
        }

        return literal.Append(indent).Append(quotes).ToString();
    }

    private GeneratedLiteral WithHole(string form, string start, string text, string end)
    {
        // Half the interpolations get a run-time hole: then the string is not a constant.
        // Half the interpolations get a run-time hole (at either end, so no escape is split): then it is not a constant.
        bool hole = Chance(0.5);
        string source = !hole ? start + text + end : Chance(0.5) ? start + "{Hole}" + text + end : start + text + "{Hole}" + end;
        return new(form, source, !hole);
    }

    private static int LongestRun(string value, char c)
    {
        int best = 0, run = 0;
        foreach (char x in value)
        {
            run = x == c ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        return best;
    }

    private bool Chance(double p) => _random.NextDouble() < p;
}
