using System.Collections.Generic;
using LinksGenerator.Catalog;
using LinksGenerator.Rules;

namespace LinksGenerator.Generator;

/// <summary>
/// The members <see cref="TriggerLinksSourceWriter"/> gives the class itself for a catalog, each with words for what it is
/// (LNK006 names it beside the project's member of the same name). Members of nested classes are not the class's own.
/// </summary>
internal static class GeneratedMembers
{
    public static Dictionary<string, string> Of(LinkCatalog? catalog)
    {
        var members = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (catalog is { ManyLocations: true })
        {
            foreach (CatalogLocation location in catalog.Locations)
            {
                members[location.ClassName!] = $"the class of location '{MessageText.Safe(location.Name ?? "")}'";
            }

            foreach (string member in AgencyMembers.OfTriggerLinks)
            {
                members[member] = "a member that finds a location's links";
            }

            AddAccessors(members, AgencyMembers.Locations);
            return members;
        }

        CatalogLocation? single = catalog?.Single;
        if (single?.LocationId is not null)
        {
            members[MemberNamer.LocationIdMember] = "the location's id";
        }

        members[MemberNamer.AllMember] = "the list of every link";
        AddAccessors(members, MemberNamer.AllMember);
        members[AllMemberWriter.Holder] = $"the class that holds the list behind {MemberNamer.AllMember}";
        foreach (TriggerLink link in single?.Links ?? default)
        {
            members[link.MemberName] = $"the constant of the link {Link(link.Name, link.Id)}";
        }

        foreach (LinkAlias alias in single?.Aliases ?? default)
        {
            members[alias.MemberName] = $"the alias for the former name '{MessageText.Safe(alias.FormerName)}' of the link {Link(alias.CurrentName, alias.Id)}";
        }

        foreach (DeletedLink deleted in single?.DeletedLinks ?? default)
        {
            if (deleted.TombstoneMember is not null)
            {
                members[deleted.TombstoneMember] = $"the tombstone of the deleted link {Link(deleted.Name, deleted.Id)}";
            }

            foreach (FormerNameTombstone former in deleted.FormerNameTombstones)
            {
                members[former.MemberName] = $"the tombstone of the deleted link {Link(deleted.Name, deleted.Id)}, once called '{MessageText.Safe(former.FormerName)}'";
            }
        }

        return members;
    }

    /// <summary>
    /// The methods C# reserves for a property, its getter's and its setter's (a read-only one's too): a member of either
    /// name in the project's part is CS0082 or CS0102.
    /// </summary>
    private static void AddAccessors(Dictionary<string, string> members, string property)
    {
        members["get_" + property] = $"the getter of {property}, which the compiler names so";
        members["set_" + property] = $"the name C# reserves for a setter of {property}";
    }

    private static string Link(string? name, string id) => name is null ? $"with the id {id}" : $"'{MessageText.Safe(name)}' ({id})";
}
