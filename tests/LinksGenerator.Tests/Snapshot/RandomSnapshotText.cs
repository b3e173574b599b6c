using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>
/// Generates snapshot-shaped JSON for the differential fuzz test: mostly near-valid documents (random whitespace,
/// escapes, unicode, unknown properties, wrong types, duplicate keys, deep nesting), then often a random mutation
/// (truncation, deleted or inserted characters) so both readers are pushed across every edge of the grammar.
/// </summary>
internal sealed class RandomSnapshotText(int seed)
{
    private static readonly string[] KnownLinkKeys = ["id", "_id", "name", "redirectTo", "fieldKey", "locationId"];
    private static readonly string[] Fragments = ["{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "0", "-", "e", ".", "t", "n", "/", "*", "\uD800", "\uDC00", "\u00A0", "\0", "\uFEFF", "'"];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var json = new StringBuilder();
        if (Chance(0.03))
        {
            json.Append('\uFEFF');
        }

        if (Chance(0.04))
        {
            AppendAnyValue(json, 0);
        }
        else
        {
            AppendRoot(json);
        }

        Whitespace(json);
        string text = json.ToString();
        return Chance(0.3) ? Mutate(text) : text;
    }

    private void AppendRoot(StringBuilder json)
    {
        var members = new List<Action>();
        if (Chance(0.7))
        {
            members.Add(() => { Key(json, "schemaVersion"); SchemaVersion(json); });
        }

        if (Chance(0.7))
        {
            members.Add(() => { Key(json, "locationId"); StringOrOther(json, 0); });
        }

        // One location (links) mostly, many (locations) often, now and then both or neither (both invalid).
        bool many = Chance(0.25);
        if (many ? Chance(0.05) : Chance(0.93))
        {
            members.Add(() => { Key(json, "links"); Links(json); });
        }

        if (many)
        {
            members.Add(() => { Key(json, "locations"); Locations(json); });
        }

        int unknown = _random.Next(3);
        for (int i = 0; i < unknown; i++)
        {
            members.Add(() => { Key(json, RandomKey()); AppendAnyValue(json, 1); });
        }

        if (Chance(0.04))
        {
            members.Add(() => { Key(json, "links"); Links(json); });
        }

        if (Chance(0.3))
        {
            // History: mostly links, sometimes anything (a hand edit gone wrong), which must be skipped, not fatal.
            members.Add(() => { Key(json, "deletedLinks"); if (Chance(0.85)) { Links(json); } else { AppendAnyValue(json, 1); } });
        }

        Object(json, Shuffle(members));
    }

    private void Links(StringBuilder json)
    {
        if (Chance(0.05))
        {
            AppendAnyValue(json, 1);
            return;
        }

        int count = _random.Next(5);
        var items = new List<Action>();
        for (int i = 0; i < count; i++)
        {
            items.Add(Chance(0.05) ? () => AppendAnyValue(json, 2) : () => Link(json));
        }

        Array(json, items);
    }

    private void Locations(StringBuilder json)
    {
        if (Chance(0.05))
        {
            AppendAnyValue(json, 1);
            return;
        }

        var items = new List<Action>();
        for (int i = _random.Next(4); i > 0; i--)
        {
            items.Add(Chance(0.05) ? () => AppendAnyValue(json, 2) : () => Location(json));
        }

        Array(json, items);
    }

    private void Location(StringBuilder json)
    {
        var members = new List<Action>();
        if (Chance(0.85))
        {
            members.Add(() => { Key(json, "name"); StringOrOther(json, 3); });
        }

        if (Chance(0.85))
        {
            members.Add(() => { Key(json, "locationId"); StringOrOther(json, 3); });
        }

        if (Chance(0.93))
        {
            members.Add(() => { Key(json, "links"); Links(json); });
        }

        if (Chance(0.3))
        {
            members.Add(() => { Key(json, "deletedLinks"); if (Chance(0.85)) { Links(json); } else { AppendAnyValue(json, 3); } });
        }

        if (Chance(0.2))
        {
            members.Add(() => { Key(json, RandomKey()); AppendAnyValue(json, 3); });
        }

        Object(json, Shuffle(members));
    }

    private void Link(StringBuilder json)
    {
        var members = new List<Action>();
        foreach (string key in KnownLinkKeys)
        {
            if (Chance(0.75))
            {
                members.Add(() => { Key(json, key); StringOrOther(json, 3); });
            }
        }

        if (Chance(0.3))
        {
            members.Add(() => { Key(json, RandomKey()); AppendAnyValue(json, 3); });
        }

        if (Chance(0.25))
        {
            members.Add(() => { Key(json, "formerNames"); FormerNames(json); });
        }

        if (Chance(0.03))
        {
            string duplicate = KnownLinkKeys[_random.Next(KnownLinkKeys.Length)];
            members.Add(() => { Key(json, duplicate); StringOrOther(json, 3); });
            members.Add(() => { Key(json, duplicate); StringOrOther(json, 3); });
        }

        Object(json, Shuffle(members));
    }

    private void FormerNames(StringBuilder json)
    {
        if (Chance(0.15))
        {
            AppendAnyValue(json, 3);
            return;
        }

        var items = new List<Action>();
        for (int i = _random.Next(4); i > 0; i--)
        {
            items.Add(() => StringOrOther(json, 4));
        }

        Array(json, items);
    }

    private void SchemaVersion(StringBuilder json)
    {
        string[] valid = ["1", "2", "null"];
        string[] invalid = ["0", "-1", "1.0", "1e0", "3", "2147483647", "2147483648", "\"1\"", "true"];
        string[] versions = Chance(0.9) ? valid : invalid;
        json.Append(versions[_random.Next(versions.Length)]);
    }

    private void StringOrOther(StringBuilder json, int depth)
    {
        if (Chance(0.93))
        {
            StringValue(json, RandomText());
        }
        else if (Chance(0.5))
        {
            json.Append("null");
        }
        else
        {
            AppendAnyValue(json, depth + 1);
        }
    }

    private void AppendAnyValue(StringBuilder json, int depth)
    {
        // Now and then a tower of arrays around the depth limit (64), whatever depth we are at.
        if (Chance(0.01))
        {
            int levels = 58 + _random.Next(10);
            json.Append('[', levels).Append(']', levels);
            return;
        }

        int pick = depth > 6 ? _random.Next(5) : _random.Next(7);
        switch (pick)
        {
            case 0: json.Append("null"); break;
            case 1: json.Append(Chance(0.5) ? "true" : "false"); break;
            case 2: Number(json); break;
            case 3:
            case 4: StringValue(json, RandomText()); break;
            case 5:
                var items = new List<Action>();
                for (int i = _random.Next(4); i > 0; i--)
                {
                    items.Add(() => AppendAnyValue(json, depth + 1));
                }

                Array(json, items);
                break;
            default:
                var members = new List<Action>();
                for (int i = _random.Next(4); i > 0; i--)
                {
                    string key = Chance(0.15) ? "k" : RandomKey();
                    members.Add(() => { Key(json, key); AppendAnyValue(json, depth + 1); });
                }

                Object(json, members);
                break;
        }
    }

    private void Number(StringBuilder json)
    {
        string[] numbers = ["0", "-0", "12", "-3.25", "1e10", "2.5E-3", "1e400", "123456789012345678901234567890", "0.0", "-1E+2"];
        json.Append(numbers[_random.Next(numbers.Length)]);
    }

    private void Object(StringBuilder json, List<Action> members)
    {
        json.Append('{');
        for (int i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            Whitespace(json);
            members[i]();
            Whitespace(json);
        }

        json.Append('}');
    }

    private void Array(StringBuilder json, List<Action> items)
    {
        json.Append('[');
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            Whitespace(json);
            items[i]();
            Whitespace(json);
        }

        json.Append(']');
    }

    private void Key(StringBuilder json, string key)
    {
        StringValue(json, key);
        Whitespace(json);
        json.Append(':');
        Whitespace(json);
    }

    /// <summary>Writes a JSON string, escaping required characters and, at random, others (so "\u0069d" means "id").</summary>
    private void StringValue(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (char c in value)
        {
            // Characters that must be escaped are, except rarely (invalid JSON); others sometimes are (still valid).
            if (c == '"' || c == '\\' || c < ' ' ? !Chance(0.01) : Chance(0.05))
            {
                AppendEscape(json, c);
            }
            else
            {
                json.Append(c);
            }
        }

        json.Append('"');
    }

    private void AppendEscape(StringBuilder json, char c)
    {
        string shortForm = c switch { '"' => "\\\"", '\\' => "\\\\", '/' => "\\/", '\b' => "\\b", '\f' => "\\f", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => "" };
        if (shortForm.Length > 0 && Chance(0.7))
        {
            json.Append(shortForm);
            return;
        }

        json.Append("\\u").Append(((int)c).ToString(Chance(0.5) ? "x4" : "X4", CultureInfo.InvariantCulture));
    }

    private string RandomText()
    {
        string[] samples =
        [
            "", "first tag", "n4AriwEnFrGh3tu08W0U", "{{trigger_link.n4AriwEnFrGh3tu08W0U}}", "https://www.google.com/?a=1&b=2",
            "café", "🎉 party", "line\nbreak", "tab\there", "quote\"back\\slash", "\u2028sep", "nul\0", "emoji \uD83C\uDF89",
        ];
        if (Chance(0.6))
        {
            return samples[_random.Next(samples.Length)];
        }

        var text = new StringBuilder();
        for (int i = _random.Next(8); i > 0; i--)
        {
            switch (_random.Next(10))
            {
                case 0: text.Append((char)_random.Next(0, 32)); break;
                case 1: text.Append((char)_random.Next(0xD800, 0xDC00)).Append((char)_random.Next(0xDC00, 0xE000)); break;
                case 2: text.Append((char)_random.Next(0x80, 0xD800)); break;
                case 3: text.Append('"'); break;
                case 4: text.Append('\\'); break;
                default: text.Append((char)_random.Next('a', 'z' + 1)); break;
            }
        }

        // Rarely, a lone surrogate (invalid text both readers must reject, escaped or raw).
        if (Chance(0.01))
        {
            text.Insert(_random.Next(text.Length + 1), (char)_random.Next(0xD800, 0xE000));
        }

        return text.ToString();
    }

    private string RandomKey()
    {
        string[] keys = ["extra", "clicks", "createdAt", "ID", "Name", "links ", "nested", "id2", "k", "schemaversion"];
        return keys[_random.Next(keys.Length)];
    }

    private void Whitespace(StringBuilder json)
    {
        if (!Chance(0.3))
        {
            return;
        }

        string[] spaces = [" ", "\n", "\r\n", "\t", "  ", "\r"];
        json.Append(spaces[_random.Next(spaces.Length)]);
    }

    private string Mutate(string text)
    {
        var mutated = new StringBuilder(text);
        for (int edits = 1 + _random.Next(2); edits > 0 && mutated.Length > 0; edits--)
        {
            int at = _random.Next(mutated.Length + 1);
            switch (_random.Next(4))
            {
                case 0:
                    mutated.Length = at;
                    break;
                case 1:
                    if (at < mutated.Length)
                    {
                        mutated.Remove(at, 1);
                    }

                    break;
                default:
                    mutated.Insert(at, Fragments[_random.Next(Fragments.Length)]);
                    break;
            }
        }

        return mutated.ToString();
    }

    private List<Action> Shuffle(List<Action> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;
}
