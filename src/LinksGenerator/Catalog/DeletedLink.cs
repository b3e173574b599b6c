namespace LinksGenerator.Catalog;

/// <summary>
/// A link HighLevel no longer has, as last seen. <see cref="TombstoneMember"/> is the member kept for it, an obsolete
/// constant whose every use is an error saying the link was deleted; null when a live member or an alias has that name.
/// </summary>
internal sealed record DeletedLink(string Id, string? Name, string? RedirectTo, string FieldKey, string? TombstoneMember);
