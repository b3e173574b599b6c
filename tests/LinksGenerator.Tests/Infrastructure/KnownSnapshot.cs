using LinksGenerator.Catalog;
using LinksGenerator.Generator;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>The snapshot the analyzer and code-fix tests use, and the TriggerLinks class the generator makes of it.</summary>
internal static class KnownSnapshot
{
    public const string FirstTagId = "n4AriwEnFrGh3tu08W0U";
    public const string BookACallId = "Ab3dEfGh1jKlMnOpQr5t";
    public const string DashedId = "dash-ed_id";
    public const string UnknownId = "deadLinkId0000000000";

    /// <summary>
    /// Where the compiler puts the generator's file (a folder of the generator's type name, then its hint name): the
    /// analyzer takes a file there for the generated class, and names no constant without one where nothing would be generated.
    /// </summary>
    public const string GeneratedPath = "/0/LinksGenerator/LinksGenerator.Generator.TriggerLinksGenerator/TriggerLinks.g.cs";

    public static readonly string Json = SnapshotJson.Of((FirstTagId, "first tag"), (BookACallId, "Book a Call"), (DashedId, "dashed"));

    /// <summary>The generated class for <paramref name="namespace"/> (null: the global namespace), as a source file.</summary>
    public static string TriggerLinksSource(string? @namespace)
    {
        LinkCatalog catalog = LinkCatalogReader.Read(Json);
        return TriggerLinksSourceWriter.Write(@namespace, catalog);
    }
}
