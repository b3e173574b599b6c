using LinksGenerator.Collections;

namespace LinksGenerator.Catalog;

/// <summary>
/// A link HighLevel no longer has, as last seen. <see cref="TombstoneMember"/> is the member kept for it, an obsolete
/// constant whose every use is an error saying the link was deleted; null when a live member or an alias has that name.
/// <see cref="FormerNameTombstones"/> are the same for the names it had before (the members its aliases had while it was
/// live), where those members are free.
/// </summary>
internal sealed record DeletedLink(string Id, string? Name, string? RedirectTo, string FieldKey, string? TombstoneMember, EquatableArray<FormerNameTombstone> FormerNameTombstones);
