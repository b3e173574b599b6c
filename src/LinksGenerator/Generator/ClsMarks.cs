using System;
using System.Collections.Generic;
using LinksGenerator.Catalog;

namespace LinksGenerator.Generator;

/// <summary>
/// The names made from the snapshot that a CLS-compliant assembly could not expose, as the C# compiler checks them: one
/// that starts with <c>_</c> (a link name that starts with a digit, CS3008), or one that differs from another name of
/// its class only in letter case (<c>Sale</c> and <c>SALE</c>, which HighLevel tells apart, CS3005). Each is marked
/// <c>[CLSCompliant(false)]</c>, so a library with <c>[assembly: CLSCompliant(true)]</c> and warnings as errors still
/// compiles, and says truthfully that Visual Basic cannot tell those members apart. The class's own members (<c>All</c>,
/// <c>LocationId</c>, <c>ForLocation</c>, …) are never marked: once its twin is, a name no longer collides. In a project
/// without the assembly attribute the mark is warning CS3021, which the generated file disables.
/// </summary>
internal sealed class ClsMarks
{
    private readonly HashSet<string> _marked;

    private ClsMarks(HashSet<string> marked) => _marked = marked;

    /// <summary>The pragma the file starts with when it marks anything.</summary>
    public const string Pragma = "#pragma warning disable CS3021 // [CLSCompliant(false)] needs no saying in an assembly that does not claim CLS compliance\n\n";

    /// <summary>The marks <paramref name="catalog"/>'s class needs; null when it needs none, as nearly every snapshot.</summary>
    public static ClsMarks? For(LinkCatalog? catalog)
    {
        if (catalog is null)
        {
            return null;
        }

        var marked = new HashSet<string>(StringComparer.Ordinal);
        if (catalog.ManyLocations)
        {
            var classes = new List<string>();
            foreach (CatalogLocation location in catalog.Locations)
            {
                classes.Add(location.ClassName!);
            }

            Scope(marked, [AgencyMembers.LocationClass, AgencyMembers.Locations, AgencyMembers.ForLocation, AgencyMembers.TryGetLocation], classes);
            var shared = new List<string>(catalog.SharedMembers);
            foreach (FormerSharedMember former in catalog.FormerSharedMembers)
            {
                shared.Add(former.Member);
            }

            Scope(marked, [AgencyMembers.Name, MemberNamer.LocationIdMember], shared);
        }

        foreach (CatalogLocation location in catalog.Locations)
        {
            Scope(marked, location.LocationId is null ? [MemberNamer.AllMember] : [MemberNamer.AllMember, MemberNamer.LocationIdMember], MadeFromSnapshot(location));
        }

        return marked.Count == 0 ? null : new ClsMarks(marked);
    }

    /// <summary>Writes the mark before the declaration of <paramref name="name"/> when it needs one.</summary>
    public static void Append(System.Text.StringBuilder source, string indent, ClsMarks? marks, string name)
    {
        if (marks is not null && marks._marked.Contains(name))
        {
            source.Append(indent).Append("[global::System.CLSCompliant(false)]\n");
        }
    }

    /// <summary>A location's members named from the snapshot: its links, their former names' aliases, the tombstones of deleted ones.</summary>
    private static List<string> MadeFromSnapshot(CatalogLocation location)
    {
        var names = new List<string>(location.Links.Count + location.Aliases.Count + location.DeletedLinks.Count);
        foreach (TriggerLink link in location.Links)
        {
            names.Add(link.MemberName);
        }

        foreach (LinkAlias alias in location.Aliases)
        {
            names.Add(alias.MemberName);
        }

        foreach (DeletedLink deleted in location.DeletedLinks)
        {
            if (deleted.TombstoneMember is not null)
            {
                names.Add(deleted.TombstoneMember);
            }

            foreach (FormerNameTombstone former in deleted.FormerNameTombstones)
            {
                names.Add(former.MemberName);
            }
        }

        return names;
    }

    /// <summary>
    /// Marks those of <paramref name="fromSnapshot"/>, the names one class takes from the snapshot, that the compiler would
    /// find not CLS-compliant beside each other, the class's <paramref name="own"/> members and those every class inherits.
    /// </summary>
    private static void Scope(HashSet<string> marked, string[] own, List<string> fromSnapshot)
    {
        var byCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in own)
        {
            Count(byCase, name);
        }

        foreach (string name in MemberScope.ObjectMembers)
        {
            Count(byCase, name);
        }

        foreach (string name in fromSnapshot)
        {
            Count(byCase, name);
        }

        foreach (string name in fromSnapshot)
        {
            if (name[0] == '_' || byCase[name] > 1)
            {
                marked.Add(name);
            }
        }
    }

    private static void Count(Dictionary<string, int> byCase, string name) => byCase[name] = byCase.TryGetValue(name, out int count) ? count + 1 : 1;
}
