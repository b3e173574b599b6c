using System;
using System.Collections.Generic;

namespace LinksGenerator.Catalog;

/// <summary>
/// The class a set of members is generated into: its name, the path code uses to reach it (<c>TriggerLinks</c>, or
/// <c>TriggerLinks.Downtown</c> for a location of a many-location snapshot), and the names a link may not take there.
/// </summary>
internal sealed class MemberScope
{
    /// <summary>
    /// Members every class inherits from <see cref="object"/> (hiding one is warning CS0108), and names the generated
    /// classes give members of their own.
    /// </summary>
    internal static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize"];

    private MemberScope(string className, string path, IEnumerable<string> generated)
    {
        ClassName = className;
        Path = path;
        var reserved = new HashSet<string>(ObjectMembers, StringComparer.Ordinal) { className };
        reserved.UnionWith(generated);
        ReservedNames = reserved;
    }

    /// <summary>The <c>TriggerLinks</c> class of a one-location snapshot.</summary>
    public static MemberScope TriggerLinks { get; } = new(MemberNamer.ClassName, MemberNamer.ClassName, [MemberNamer.LocationIdMember, MemberNamer.AllMember]);

    /// <summary>
    /// The nested classes of a many-location snapshot take no name <c>TriggerLinks</c> itself gives a member
    /// (<c>Location</c>, <c>Locations</c>, <c>ForLocation</c>, <c>TryGetLocation</c>), nor one its other members have.
    /// </summary>
    public static MemberScope Agency { get; } = new(MemberNamer.ClassName, MemberNamer.ClassName, [.. AgencyMembers.OfTriggerLinks]);

    public string ClassName { get; }

    /// <summary>How code names the class: <c>TriggerLinks</c> or <c>TriggerLinks.Downtown</c>.</summary>
    public string Path { get; }

    /// <summary>The class's own name, the members it generates besides links, and <see cref="object"/>'s members.</summary>
    public IReadOnlyCollection<string> ReservedNames { get; }

    /// <summary>
    /// A location's nested class: besides its own name, <c>LocationId</c> and <c>All</c>, a link may not be called
    /// <c>Name</c> or <c>Location</c>, because links every location shares become properties of <c>TriggerLinks.Location</c>,
    /// which has those.
    /// </summary>
    public static MemberScope ForLocation(string className) =>
        new(className, MemberNamer.ClassName + "." + className, [MemberNamer.LocationIdMember, MemberNamer.AllMember, .. AgencyMembers.OfLocation]);
}
