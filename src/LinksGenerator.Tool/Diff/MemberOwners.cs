using System;
using System.Collections.Generic;
using LinksGenerator.Catalog;

namespace LinksGenerator.Tool.Diff;

/// <summary>What a member of the generated class stands for: a live link's constant, an obsolete alias, or a deleted link's error.</summary>
internal enum MemberKind
{
    /// <summary>No member of that name: code that uses it does not compile.</summary>
    None,
    Live,
    Alias,
    Tombstone,
}

/// <summary>
/// A member's kind and the link it belongs to; for an alias or a former name's tombstone, the <paramref name="Former"/>
/// name it keeps (kind, id and former name say which thing the member is, wherever its name moves).
/// </summary>
internal readonly record struct MemberOwner(MemberKind Kind, string Id, string? Name, string? Former = null);

/// <summary>Every member of one location's part of the generated class, as the generator names them, and what each stands for.</summary>
internal static class MemberOwners
{
    public static Dictionary<string, MemberOwner> Of(CatalogLocation location)
    {
        // Each member is one thing in a catalog; TryAdd keeps that one should a catalog ever repeat a name.
        var owners = new Dictionary<string, MemberOwner>(StringComparer.Ordinal);
        foreach (TriggerLink link in location.Links)
        {
            owners.TryAdd(link.MemberName, new MemberOwner(MemberKind.Live, link.Id, link.Name));
        }

        foreach (LinkAlias alias in location.Aliases)
        {
            owners.TryAdd(alias.MemberName, new MemberOwner(MemberKind.Alias, alias.Id, alias.CurrentName, alias.FormerName));
        }

        foreach (DeletedLink deleted in location.DeletedLinks)
        {
            if (deleted.TombstoneMember is { } member)
            {
                owners.TryAdd(member, new MemberOwner(MemberKind.Tombstone, deleted.Id, deleted.Name));
            }

            foreach (FormerNameTombstone former in deleted.FormerNameTombstones)
            {
                owners.TryAdd(former.MemberName, new MemberOwner(MemberKind.Tombstone, deleted.Id, deleted.Name, former.FormerName));
            }
        }

        return owners;
    }
}
