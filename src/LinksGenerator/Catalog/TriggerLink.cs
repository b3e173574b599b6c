namespace LinksGenerator.Catalog;

/// <summary>A usable link: a valid id, the constant's member name and value (the exact <c>fieldKey</c>), and its doc text.</summary>
internal sealed record TriggerLink(string Id, string MemberName, string FieldKey, string? Name, string? RedirectTo);
