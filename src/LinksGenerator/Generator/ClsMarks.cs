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
    private readonly Dictionary<string, HashSet<string>> _byLocationClass;

    private ClsMarks(Dictionary<string, HashSet<string>> byLocationClass, HashSet<string>? topLevel, HashSet<string>? locationClass)
    {
        _byLocationClass = byLocationClass;
        TopLevel = topLevel;
        LocationClass = locationClass;
    }

    /// <summary>The pragma the file starts with when it marks anything.</summary>
    public const string Pragma = "#pragma warning disable CS3021 // [CLSCompliant(false)] needs no saying in an assembly that does not claim CLS compliance\n\n";

    /// <summary>The location classes' names to mark, among the members of <c>TriggerLinks</c> itself (many locations).</summary>
    public HashSet<string>? TopLevel { get; }

    /// <summary>The properties of <c>TriggerLinks.Location</c> to mark (many locations).</summary>
    public HashSet<string>? LocationClass { get; }

    /// <summary>The members to mark in the class <paramref name="location"/>'s links are generated into.</summary>
    public HashSet<string>? Of(CatalogLocation location) => _byLocationClass.TryGetValue(location.ClassName ?? "", out HashSet<string>? marked) ? marked : null;

    /// <summary>The marks <paramref name="catalog"/>'s class needs; null when it needs none, as nearly every snapshot.</summary>
    public static ClsMarks? For(LinkCatalog? catalog)
    {
        if (catalog is null)
        {
            return null;
        }

        HashSet<string>? topLevel = null, locationClass = null;
        if (catalog.ManyLocations)
        {
            var classes = new List<string>();
            foreach (CatalogLocation location in catalog.Locations)
            {
                classes.Add(location.ClassName!);
            }

            topLevel = Scope([AgencyMembers.LocationClass, AgencyMembers.Locations, AgencyMembers.ForLocation, AgencyMembers.TryGetLocation], classes);
            var shared = new List<string>(catalog.SharedMembers);
            foreach (FormerSharedMember former in catalog.FormerSharedMembers)
            {
                shared.Add(former.Member);
            }

            locationClass = Scope([AgencyMembers.Name, MemberNamer.LocationIdMember], shared);
        }

        var byLocationClass = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (CatalogLocation location in catalog.Locations)
        {
            string[] own = location.LocationId is null ? [MemberNamer.AllMember] : [MemberNamer.AllMember, MemberNamer.LocationIdMember];
            if (Scope(own, MadeFromSnapshot(location)) is { } marked)
            {
                byLocationClass[location.ClassName ?? ""] = marked;
            }
        }

        return byLocationClass.Count == 0 && topLevel is null && locationClass is null ? null : new ClsMarks(byLocationClass, topLevel, locationClass);
    }

    /// <summary>Writes the mark before the declaration of <paramref name="name"/> when <paramref name="marked"/> holds it.</summary>
    public static void Append(System.Text.StringBuilder source, string indent, HashSet<string>? marked, string name)
    {
        if (marked is not null && marked.Contains(name))
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
    /// Those of <paramref name="fromSnapshot"/>, the names one class takes from the snapshot, that the compiler would find
    /// not CLS-compliant beside each other, the class's <paramref name="own"/> members and those every class inherits;
    /// null for none.
    /// </summary>
    private static HashSet<string>? Scope(string[] own, List<string> fromSnapshot)
    {
        var byCase = new Dictionary<string, int>(FoldedCase.Comparer);
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

        HashSet<string>? marked = null;
        foreach (string name in fromSnapshot)
        {
            if (name[0] == '_' || byCase[name] > 1)
            {
                (marked ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
            }
        }

        return marked;
    }

    private static void Count(Dictionary<string, int> byCase, string name) => byCase[name] = byCase.TryGetValue(name, out int count) ? count + 1 : 1;

    /// <summary>
    /// Names compared as the compiler compares them for CLS compliance: each character lower-cased, the Turkish dotted
    /// capital I as a plain i (so the Kelvin sign is a k, and İtem is item), not upper-cased as an ordinal comparison that
    /// ignores case does, which tells those apart. Character by character, so 10,000 names allocate no folded copies.
    /// </summary>
    private sealed class FoldedCase : IEqualityComparer<string>
    {
        public static readonly FoldedCase Comparer = new();

        public bool Equals(string? x, string? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (int i = 0; i < x.Length; i++)
            {
                if (Fold(x[i]) != Fold(y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(string name)
        {
            uint hash = Snapshot.Fnv1a.Basis;
            foreach (char c in name)
            {
                hash = Snapshot.Fnv1a.Add(hash, Fold(c));
            }

            return Snapshot.Fnv1a.Result(hash);
        }

        private static char Fold(char c) => c == '\u0130' ? 'i' : char.ToLowerInvariant(c);
    }
}
