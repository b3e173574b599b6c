using LinksGenerator.Collections;

namespace LinksGenerator.Catalog;

/// <summary>
/// A member <c>TriggerLinks.Location</c> had while every location had the link under that name, kept after the link was
/// renamed or deleted in some of them, so code using it is told why (CS0618 or CS0619) rather than CS1061.
/// <see cref="Targets"/> are, per location in catalog order, the member of its class that holds the value now (empty when
/// <see cref="Deleted"/>: any use is then an error, and nothing is read).
/// </summary>
internal sealed record FormerSharedMember(string Member, EquatableArray<string> Targets, string Message, bool Deleted)
{
    /// <summary>
    /// The member of <c>Location</c> that every location renamed the link to, when there is one: the alias then reads that
    /// property (so the CS0618 fix can tell what to write); otherwise null, and each location's value is kept in a field.
    /// </summary>
    public string? SharedTarget { get; init; }
}
