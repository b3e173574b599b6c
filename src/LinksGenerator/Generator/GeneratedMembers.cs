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

            members[Getter(AgencyMembers.Locations)] = $"the getter of {AgencyMembers.Locations}, which the compiler names so";
            return members;
        }

        CatalogLocation? single = catalog?.Single;
        if (single?.LocationId is not null)
        {
            members[MemberNamer.LocationIdMember] = "the location's id";
        }

        members[MemberNamer.AllMember] = "the list of every link";
        members[Getter(MemberNamer.AllMember)] = $"the getter of {MemberNamer.AllMember}, which the compiler names so";
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

    /// <summary>The method a property's getter compiles to: a member of that name in the project's part is CS0082.</summary>
    private static string Getter(string property) => "get_" + property;

    private static string Link(string? name, string id) => name is null ? $"with the id {id}" : $"'{MessageText.Safe(name)}' ({id})";
}
