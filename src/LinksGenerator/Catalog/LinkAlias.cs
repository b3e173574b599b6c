namespace LinksGenerator.Catalog;

/// <summary>
/// A renamed link's former member, kept as an obsolete constant equal to <see cref="TargetMember"/> so code written
/// against the old name still builds (with CS0618 naming the member to use).
/// </summary>
internal sealed record LinkAlias(string MemberName, string TargetMember, string Id, string FormerName, string? CurrentName);
