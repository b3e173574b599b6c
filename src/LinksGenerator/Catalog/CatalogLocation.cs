using LinksGenerator.Collections;

namespace LinksGenerator.Catalog;

/// <summary>
/// One location's part of a catalog: for a many-location snapshot, the user's <see cref="Name"/> for it and the nested
/// class it becomes (<see cref="ClassName"/>); both null for a one-location snapshot, whose members live in
/// <c>TriggerLinks</c> itself. Links, aliases and deleted links are each ordered by member name (then id).
/// </summary>
internal sealed record CatalogLocation(
    string? Name,
    string? ClassName,
    string? LocationId,
    EquatableArray<TriggerLink> Links,
    EquatableArray<LinkAlias> Aliases,
    EquatableArray<DeletedLink> DeletedLinks)
{
    /// <summary>How code names the class the members are in: <c>TriggerLinks</c> or <c>TriggerLinks.Downtown</c>.</summary>
    public string Path => ClassName is null ? MemberNamer.ClassName : MemberNamer.ClassName + "." + ClassName;
}
