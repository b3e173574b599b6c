using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using LinksGenerator.Catalog;

namespace LinksGenerator.Generator;

/// <summary>
/// Writes a location's <c>All</c> (docs/generated-code.md). The merge fields go in as one string literal, split once when
/// the class is first used, rather than as an array initializer naming every constant: the compiler binds, lowers and
/// emits an initializer element by element, which made a 10,000-link consumer's build about 8% slower, while the literal
/// costs it next to nothing (docs/benchmarks.md, "What the generated class's extras cost, and the decision").
/// The list lives in a private nested class (<see cref="Holder"/>), built when <c>All</c> is first read: a static field a
/// project adds to the partial class may read <c>All</c> in its initializer, and C# orders static initializers within one
/// file only, so a field of the generated file could still be null then.
/// </summary>
internal static class AllMemberWriter
{
    /// <summary>Separators in order of preference, with their C# literal; the first that no merge field contains is used.</summary>
    private static readonly (char Character, string Literal)[] Separators =
    [
        ('\n', "'\\n'"),
        ('|', "'|'"),
        (',', "','"),
        (' ', "' '"),
        ('\t', "'\\t'"),
        ('~', "'~'"),
    ];

    /// <summary>
    /// The nested class holding the list. No member can take its name, or its field's: generated member names never
    /// start with a lower-case ASCII letter (and a name of lower-case letters only would be warning CS8981).
    /// </summary>
    public const string Holder = "allFields";

    private const string HolderField = "value";

    [MethodImpl(HotPath.Optimized)]
    public static void Append(StringBuilder source, string indent, IReadOnlyList<TriggerLink> links)
    {
        source.Append(indent).Append("/// <summary>Every trigger link's merge field, in member-name order.</summary>\n");
        source.Append(indent).Append("public static global::System.Collections.Generic.IReadOnlyList<string> ").Append(MemberNamer.AllMember)
            .Append(" => ").Append(Holder).Append('.').Append(HolderField).Append(";\n\n");
        source.Append(indent).Append("private static class ").Append(Holder).Append('\n').Append(indent).Append("{\n");
        AppendList(source, indent + "    ", links);
        source.Append(indent).Append("}\n");
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AppendList(StringBuilder source, string indent, IReadOnlyList<TriggerLink> links)
    {
        source.Append(indent).Append("internal static readonly global::System.Collections.Generic.IReadOnlyList<string> ").Append(HolderField)
            .Append(" = global::System.Array.AsReadOnly(");
        if (links.Count == 0)
        {
            source.Append("new string[0]);\n");
        }
        else if (FreeSeparator(links) is { } separator)
        {
            var joined = new StringBuilder(links[0].FieldKey);
            for (int i = 1; i < links.Count; i++)
            {
                joined.Append(separator.Character).Append(links[i].FieldKey);
            }

            CSharpText.AppendStringLiteral(source, joined.ToString()).Append(".Split(").Append(separator.Literal).Append("));\n");
        }
        else
        {
            // Every separator occurs in some merge field (only a hand-edited snapshot gets here): name the constants.
            source.Append("new string[]\n").Append(indent).Append("{\n");
            foreach (TriggerLink link in links)
            {
                source.Append(indent).Append("    ").Append(link.MemberName).Append(",\n");
            }

            source.Append(indent).Append("});\n");
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static (char Character, string Literal)? FreeSeparator(IReadOnlyList<TriggerLink> links)
    {
        foreach ((char Character, string Literal) separator in Separators)
        {
            bool free = true;
            foreach (TriggerLink link in links)
            {
                if (link.FieldKey.IndexOf(separator.Character) >= 0)
                {
                    free = false;
                    break;
                }
            }

            if (free)
            {
                return separator;
            }
        }

        return null;
    }
}
