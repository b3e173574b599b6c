namespace LinksGenerator.Catalog;

/// <summary>The members the generator gives <c>TriggerLinks</c> and <c>TriggerLinks.Location</c> for a many-location snapshot.</summary>
internal static class AgencyMembers
{
    public const string LocationClass = "Location";

    /// <summary>How code names the class, <c>TriggerLinks.Location</c>, for messages about its members.</summary>
    public const string LocationPath = MemberNamer.ClassName + "." + LocationClass;
    public const string Locations = "Locations";
    public const string ForLocation = "ForLocation";
    public const string TryGetLocation = "TryGetLocation";
    public const string Name = "Name";

    /// <summary>The private class holding the locations and the index ForLocation and TryGetLocation look them up in.</summary>
    public const string Index = "LocationsById";

    public static readonly string[] OfTriggerLinks = [LocationClass, Locations, ForLocation, TryGetLocation, Index];

    public static readonly string[] OfLocation = [Name, LocationClass, MemberNamer.ClassName];
}
