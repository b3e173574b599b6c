using System;
using LinksGenerator.Catalog;

namespace LinksGenerator.Tasks;

/// <summary>
/// The links templates are judged by, read from the snapshot the package's targets pass to the compiler, with the same
/// code the analyzer reads it with. Null whenever the analyzer might see something else (no snapshot, not UTF-8, not
/// usable): every template then goes to the compiler, which reports what it finds.
/// </summary>
internal static class SnapshotLinks
{
    public static KnownLinks? Read(string? path)
    {
        if (string.IsNullOrEmpty(path) || Utf8File.ReadText(path!) is not { } text)
        {
            return null;
        }

        try
        {
            LinkCatalog catalog = LinkCatalogReader.Read(text);
            return catalog.IsReadable ? new KnownLinks(catalog) : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must not fail the build here: the compiler's analyzer then judges every template.
            return null;
        }
    }
}
