extern alias analyzer;

using System;
using System.Linq;
using LinkCatalog = analyzer::LinksGenerator.Catalog.LinkCatalog;
using LinkCatalogReader = analyzer::LinksGenerator.Catalog.LinkCatalogReader;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>
/// Reads a snapshot the way the build does: the generator assembly's own reader and catalog (not the copy compiled into
/// the tool), so a test through here proves the tool's output is what the generator accepts.
/// </summary>
internal static class GeneratorView
{
    public static LinkCatalog Read(string snapshotText) => LinkCatalogReader.Read(snapshotText);

    /// <summary>Readable, for the expected location, with <paramref name="count"/> links and not a single diagnostic.</summary>
    public static LinkCatalog AssertClean(string snapshotText, int count)
    {
        LinkCatalog catalog = Read(snapshotText);
        Assert.True(catalog.IsReadable, "the generator cannot read the snapshot: " + string.Join("; ", catalog.Issues.Select(i => string.Join(", ", i.MessageArgs))));
        Assert.Empty(catalog.Issues);
        Assert.Equal(FakeHighLevel.Location, catalog.LocationId);
        Assert.Equal(count, catalog.Links.Count);
        Assert.All(catalog.Links, l => Assert.Equal("{{trigger_link." + l.Id + "}}", l.FieldKey));
        return catalog;
    }

    public static string[] Ids(LinkCatalog catalog) => catalog.Links.Select(l => l.Id).ToArray();

    /// <summary>The obsolete aliases the generator keeps for former names, as "Old -> New".</summary>
    public static string[] Aliases(LinkCatalog catalog) => catalog.Aliases.Select(a => $"{a.MemberName} -> {a.TargetMember}").ToArray();

    /// <summary>The deleted links the generator keeps, as "id: TombstoneMember" ("id: (none)" when a live member took the name).</summary>
    public static string[] Tombstones(LinkCatalog catalog) => catalog.DeletedLinks.Select(d => $"{d.Id}: {d.TombstoneMember ?? "(none)"}").ToArray();

    /// <summary>Links, and deleted links after them, each sorted by id.</summary>
    public static void AssertSortedById(string snapshotText)
    {
        foreach (string array in snapshotText.Split("\n  \"deletedLinks\": [", StringSplitOptions.None))
        {
            // The ids in file order: the catalog orders by member name, so read the order from the text itself.
            string[] ids = array.Split('\n')
                .Where(line => line.StartsWith("      \"id\": \"", StringComparison.Ordinal))
                .Select(line => line.Trim()[7..^2])
                .ToArray();
            Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        }
    }
}
