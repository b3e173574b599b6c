using System.Collections.Generic;
using System.Text;
using LinksGenerator.Catalog;

namespace LinksGenerator.Generator;

/// <summary>
/// The inside of <c>TriggerLinks</c> for a many-location snapshot (docs/generated-code.md, "Many locations"): a nested
/// class per location with that location's members, and, for code that serves every location, <c>Location</c> (one
/// property per link member every location has), <c>Locations</c>, <c>ForLocation</c> and <c>TryGetLocation</c>. Lookups
/// go through a dictionary built once, so they allocate nothing after start-up.
/// </summary>
internal static class AgencySourceWriter
{
    private const string Location = AgencyMembers.LocationClass;

    /// <summary>The fields of the index holder (<see cref="AgencyMembers.Index"/>): lower-case, so no location's class shadows them.</summary>
    private const string AllLocations = "locations";

    private const string ById = "byId";

    /// <summary>How many location ids the exception for an unknown one lists; an agency's hundred would make every log line a table.</summary>
    private const int IdsListed = 10;

    /// <summary>How much of an unknown id the exception repeats.</summary>
    private const int IdShown = 100;

    public static void AppendLocations(StringBuilder source, string indent, LinkCatalog catalog, SourceOptions options, ClsMarks? marks)
    {
        string members = indent + "    ";
        foreach (CatalogLocation location in catalog.Locations)
        {
            source.Append(indent).Append("/// <summary>Location ");
            TriggerLinksSourceWriter.AppendName(source, location.Name);
            CSharpText.AppendXmlDocText(source.Append(", HighLevel location <c>"), location.LocationId ?? "").Append("</c>: its trigger links.</summary>\n");
            ClsMarks.Append(source, indent, marks?.TopLevel, location.ClassName!);
            source.Append(indent).Append("public static partial class ").Append(location.ClassName).Append('\n');
            source.Append(indent).Append("{\n");
            TriggerLinksSourceWriter.AppendLocationMembers(source, members, location, marks);
            source.Append(indent).Append("}\n\n");
        }

        AppendLocationClass(source, indent, catalog, marks);
        AppendLookups(source, indent, catalog, options);
    }

    /// <summary><c>TriggerLinks.Location</c>: a location's name, id, and the members every location has, as properties.</summary>
    private static void AppendLocationClass(StringBuilder source, string indent, LinkCatalog catalog, ClsMarks? marks)
    {
        string members = indent + "    ";
        source.Append(indent).Append("/// <summary>\n");
        source.Append(indent).Append("/// One location's trigger links, for code that serves every location: get it with <see cref=\"ForLocation\"/>. It has the\n");
        source.Append(indent).Append("/// links every location has; a link only some locations have is on their own classes (LNK104).\n");
        source.Append(indent).Append("/// </summary>\n");
        source.Append(indent).Append("public sealed partial class ").Append(Location).Append('\n');
        source.Append(indent).Append("{\n");
        var renamed = System.Linq.Enumerable.ToList(Renamed(catalog));
        source.Append(members).Append("internal ").Append(Location).Append("(string name, string locationId");
        for (int index = 0; index < catalog.SharedMembers.Count; index++)
        {
            source.Append(", string ").Append(LinkParameter).Append(index);
        }

        for (int index = 0; index < renamed.Count; index++)
        {
            source.Append(", string ").Append(FormerParameter).Append(index);
        }

        source.Append(")\n").Append(members).Append("{\n");
        source.Append(members).Append("    this.").Append(AgencyMembers.Name).Append(" = name;\n");
        source.Append(members).Append("    this.").Append(MemberNamer.LocationIdMember).Append(" = locationId;\n");
        for (int index = 0; index < catalog.SharedMembers.Count; index++)
        {
            source.Append(members).Append("    this.").Append(catalog.SharedMembers[index]).Append(" = ").Append(LinkParameter).Append(index).Append(";\n");
        }

        for (int index = 0; index < renamed.Count; index++)
        {
            source.Append(members).Append("    this.").Append(FormerField(renamed[index].Member)).Append(" = ").Append(FormerParameter).Append(index).Append(";\n");
        }

        source.Append(members).Append("}\n\n");
        source.Append(members).Append("/// <summary>The location's name in the snapshot.</summary>\n");
        source.Append(members).Append("public string ").Append(AgencyMembers.Name).Append(" { get; }\n\n");
        source.Append(members).Append("/// <summary>The HighLevel location (sub-account) id.</summary>\n");
        source.Append(members).Append("public string ").Append(MemberNamer.LocationIdMember).Append(" { get; }\n\n");
        foreach (string member in catalog.SharedMembers)
        {
            source.Append(members).Append("/// <summary>This location's <c>").Append(member).Append("</c> trigger link: its merge field.</summary>\n");
            ClsMarks.Append(source, members, marks?.LocationClass, member);
            source.Append(members).Append("public string ").Append(member).Append(" { get; }\n\n");
        }

        foreach (FormerSharedMember former in catalog.FormerSharedMembers)
        {
            AppendFormerSharedMember(source, members, former, marks?.LocationClass);
        }

        source.Append(members).Append("/// <summary>The location's name.</summary>\n");
        source.Append(members).Append("public override string ToString() => ").Append(AgencyMembers.Name).Append(";\n");
        source.Append(indent).Append("}\n\n");
    }

    /// <summary><c>Locations</c>, the index, <c>ForLocation</c> and <c>TryGetLocation</c>.</summary>
    private static void AppendLookups(StringBuilder source, string indent, LinkCatalog catalog, SourceOptions options)
    {
        string body = indent + "    ";
        string maybeNull = options.NullableAnnotations ? "?" : "";
        source.Append(indent).Append("/// <summary>Every location, in name order.</summary>\n");
        source.Append(indent).Append("public static global::System.Collections.Generic.IReadOnlyList<").Append(Location).Append("> ").Append(AgencyMembers.Locations)
            .Append(" => ").Append(AgencyMembers.Index).Append('.').Append(AllLocations).Append(";\n\n");

        // The locations and their index live in a private nested class, built on first use: a static field a project
        // adds to the partial class may call ForLocation in its initializer, and C# orders static initializers within one
        // file only. Built once; lookups allocate nothing afterwards. Its fields' lower-case names are no location's.
        source.Append(indent).Append("private static class ").Append(AgencyMembers.Index).Append('\n').Append(indent).Append("{\n");
        AppendIndex(source, body, catalog);
        source.Append(indent).Append("}\n\n");
        AppendLookupMethods(source, indent, catalog, options, maybeNull);
    }

    /// <summary>The holder's two fields: every location, and the same locations by id.</summary>
    private static void AppendIndex(StringBuilder source, string indent, LinkCatalog catalog)
    {
        string body = indent + "    ";
        source.Append(indent).Append("internal static readonly global::System.Collections.Generic.IReadOnlyList<").Append(Location).Append("> ").Append(AllLocations)
            .Append(" = global::System.Array.AsReadOnly(new ").Append(Location).Append("[]\n");
        source.Append(indent).Append("{\n");
        for (int index = 0; index < catalog.Locations.Count; index++)
        {
            CatalogLocation location = catalog.Locations[index];
            source.Append(body).Append("new ").Append(Location).Append('(');
            CSharpText.AppendStringLiteral(source, location.Name ?? "").Append(", ").Append(location.ClassName).Append('.').Append(MemberNamer.LocationIdMember);
            foreach (string member in catalog.SharedMembers)
            {
                source.Append(", ").Append(location.ClassName).Append('.').Append(member);
            }

            foreach (FormerSharedMember former in Renamed(catalog))
            {
                // The location's current member, never its obsolete alias: generated code raises no warning of its own.
                source.Append(", ").Append(location.ClassName).Append('.').Append(former.Targets[index]);
            }

            source.Append("),\n");
        }

        source.Append(indent).Append("});\n\n");

        // After the list: static initializers of one class in one file run in text order.
        source.Append(indent).Append("internal static readonly global::System.Collections.Generic.Dictionary<string, ").Append(Location).Append("> ").Append(ById)
            .Append(" = global::System.Linq.Enumerable.ToDictionary(").Append(AllLocations).Append(", location => location.").Append(MemberNamer.LocationIdMember)
            .Append(", global::System.StringComparer.Ordinal);\n");
    }

    /// <summary><c>ForLocation</c> and <c>TryGetLocation</c>.</summary>
    private static void AppendLookupMethods(StringBuilder source, string indent, LinkCatalog catalog, SourceOptions options, string maybeNull)
    {
        string body = indent + "    ";

        source.Append(indent).Append("/// <summary>The location with HighLevel id <paramref name=\"locationId\"/>.</summary>\n");
        source.Append(indent).Append("/// <exception cref=\"global::System.ArgumentException\">No location of the snapshot has that id; the message lists the ids it has.</exception>\n");
        source.Append(indent).Append("public static ").Append(Location).Append(' ').Append(AgencyMembers.ForLocation).Append("(string locationId)\n");
        source.Append(indent).Append("{\n");
        source.Append(body).Append("if (locationId == null)\n");
        source.Append(body).Append("{\n");
        // "locationId" and explicit types rather than nameof and var: a project may declare a type named var, or give its own
        // part of TriggerLinks a method named nameof, and the generated code must bind the same way all the same.
        source.Append(body).Append("    throw new global::System.ArgumentNullException(\"locationId\");\n");
        source.Append(body).Append("}\n\n");
        // Straight from the dictionary, whose out value is non-null on success on every framework: through TryGetLocation
        // that would take [NotNullWhen], which older frameworks lack (the return would be warning CS8603). The variable is
        // declared ahead, not in the call: C# 6 has no out variables, and the class compiles from C# 6 on.
        source.Append(body).Append(Location).Append(maybeNull).Append(" location;\n");
        source.Append(body).Append("if (").Append(AgencyMembers.Index).Append('.').Append(ById).Append(".TryGetValue(locationId, out location))\n");
        source.Append(body).Append("{\n");
        source.Append(body).Append("    return location;\n");
        source.Append(body).Append("}\n\n");
        AppendLines(source, body, ShownIdLines);
        source.Append(body).Append("throw new global::System.ArgumentException(\"'\" + shown + (locationId.Length > ").Append(IdShown).Append(" ? \"...\" : \"\") + \"' is not a location of the trigger-link snapshot, which has \" + ");
        CSharpText.AppendStringLiteral(source, KnownIds(catalog)).Append(", \"locationId\");\n");
        source.Append(indent).Append("}\n\n");

        source.Append(indent).Append("/// <summary>The location with HighLevel id <paramref name=\"locationId\"/>, if the snapshot has one.</summary>\n");
        source.Append(indent).Append("public static bool ").Append(AgencyMembers.TryGetLocation).Append("(string").Append(maybeNull).Append(" locationId, ");
        if (options.NotNullWhenAttribute)
        {
            source.Append("[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ");
        }

        source.Append("out ").Append(Location).Append(maybeNull).Append(" location)\n");
        source.Append(indent).Append("{\n");
        source.Append(body).Append("if (locationId == null)\n");
        source.Append(body).Append("{\n");
        source.Append(body).Append("    location = null;\n");
        source.Append(body).Append("    return false;\n");
        source.Append(body).Append("}\n\n");
        source.Append(body).Append("return ").Append(AgencyMembers.Index).Append('.').Append(ById).Append(".TryGetValue(locationId, out location);\n");
        source.Append(indent).Append("}\n");
    }

    /// <summary>
    /// The unknown id as ForLocation's exception quotes it. The id comes from outside (a webhook, a request) and the
    /// message goes to logs: cut, and with its line breaks, control characters and bidirectional or invisible ones written
    /// as \uXXXX, so it can neither forge a log line nor hide what it is. The characters are the ones the package's own
    /// messages escape (UnsafeText.IsUnsafe: format characters by category, the invisible letters and marks, surrogates),
    /// written for C# 6.
    /// </summary>
    private static readonly string ShownIdLines = $$"""
        global::System.Text.StringBuilder shown = new global::System.Text.StringBuilder();
        foreach (char c in locationId.Length > {{IdShown}} ? locationId.Substring(0, {{IdShown}}) : locationId)
        {
            global::System.Globalization.UnicodeCategory category = char.GetUnicodeCategory(c);
            if (c < ' ' || (c >= '\u007f' && c <= '\u009f') || char.IsSurrogate(c)
                || category == global::System.Globalization.UnicodeCategory.Format || category == global::System.Globalization.UnicodeCategory.LineSeparator || category == global::System.Globalization.UnicodeCategory.ParagraphSeparator
                || c == '\u034f' || c == '\u115f' || c == '\u1160' || c == '\u17b4' || c == '\u17b5' || (c >= '\u180b' && c <= '\u180f') || c == '\u3164' || c == '\uffa0' || (c >= '\ufe00' && c <= '\ufe0f')
                || c == '\u2065' || (c >= '\ufff0' && c <= '\ufff8'))
            {
                shown.Append("\\u").Append(((int)c).ToString("x4", global::System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                shown.Append(c);
            }
        }

        """;

    /// <summary>
    /// Appends <paramref name="lines"/> (C# source, one statement or brace a line), each at <paramref name="indent"/> and
    /// ending in \n, whatever line ends this file was checked out with (the generated text is the same everywhere).
    /// </summary>
    private static void AppendLines(StringBuilder source, string indent, string lines)
    {
        foreach (string line in lines.Split('\n'))
        {
            string text = line.TrimEnd('\r');
            source.Append(text.Length == 0 ? "" : indent).Append(text).Append('\n');
        }
    }

    /// <summary>"LOC1 (Downtown), LOC2 (Uptown)": what the exception for an unknown id lists (the first ten, then how many more).</summary>
    private static string KnownIds(LinkCatalog catalog)
    {
        var ids = new StringBuilder();
        for (int i = 0; i < catalog.Locations.Count && i < IdsListed; i++)
        {
            CatalogLocation location = catalog.Locations[i];
            ids.Append(i == 0 ? "" : ", ").Append(location.LocationId).Append(" (").Append(location.Name).Append(')');
        }

        int more = catalog.Locations.Count - IdsListed;
        return more > 0 ? ids.Append(" and ").Append(more).Append(" more").Append(" (TriggerLinks.Locations lists them all)").ToString() : ids.ToString();
    }

    /// <summary>
    /// A member <c>Location</c> had while every location shared the link: after a rename, an obsolete property giving each
    /// location's link (read from a field, so the generated code itself uses nothing obsolete); after a deletion, a
    /// property whose every use is an error.
    /// </summary>
    private static void AppendFormerSharedMember(StringBuilder source, string indent, FormerSharedMember former, HashSet<string>? marked)
    {
        if (!former.Deleted && former.SharedTarget is null)
        {
            source.Append(indent).Append("private readonly string ").Append(FormerField(former.Member)).Append(";\n\n");
        }

        source.Append(indent).Append("/// <summary>Former <c>").Append(former.Member).Append("</c> of every location: ")
            .Append(former.Deleted ? "deleted in some, so every use is an error" : "renamed in some, kept as an obsolete alias").Append(".</summary>\n");
        source.Append(indent).Append("[global::System.Obsolete(");
        CSharpText.AppendStringLiteral(source, former.Message).Append(former.Deleted ? ", true)]\n" : ")]\n");
        source.Append(indent).Append(TriggerLinksSourceWriter.Hidden).Append('\n');
        ClsMarks.Append(source, indent, marked, former.Member);
        source.Append(indent).Append("public string ").Append(former.Member);
        if (former.Deleted)
        {
            // A getter with a body, not "=> throw …": a throw expression needs C# 7, and the class compiles from C# 6.
            source.Append(" { get { throw new global::System.InvalidOperationException(");
            CSharpText.AppendStringLiteral(source, former.Message).Append("); } }\n\n");
        }
        else
        {
            // Renamed alike everywhere: the alias reads the member to use instead, which the CS0618 fix rewrites it to.
            source.Append(" => this.").Append(former.SharedTarget ?? FormerField(former.Member)).Append(";\n\n");
        }
    }

    /// <summary>The former members <c>Location</c> keeps a value of its own for (a deleted one has none, one renamed alike everywhere reads the new member).</summary>
    private static System.Collections.Generic.IEnumerable<FormerSharedMember> Renamed(LinkCatalog catalog) =>
        System.Linq.Enumerable.Where(catalog.FormerSharedMembers, former => !former.Deleted && former.SharedTarget is null);

    /// <summary>The field behind a renamed former member: no property is named so, since a member never starts with a lower-case ASCII letter.</summary>
    private static string FormerField(string member) => "former" + member;

    /// <summary>
    /// The constructor's parameters are numbered, in member order: names made from the members could meet (a lower-cased
    /// <c>ẞX</c> is <c>ßX</c>'s, and <c>FormerBookNow</c>'s is the field of a renamed <c>BookNow</c>) and fail the build.
    /// </summary>
    private const string LinkParameter = "link";

    private const string FormerParameter = "former";
}
