namespace LinksGenerator.Catalog;

/// <summary>A deleted link's former name, kept as a tombstone: <see cref="MemberName"/> is what code called it by.</summary>
internal sealed record FormerNameTombstone(string MemberName, string FormerName);
