using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Diff;

/// <summary>
/// Members code may use whose meaning a pull changes although no line about their own link says so: a new link takes
/// the name of another link's obsolete alias (code that used the alias now sends the new link, without a warning) or
/// of a deleted link's error (code that failed now compiles), a new link shares a live link's name (both take their id,
/// so the old member is gone), a renamed link takes another link's old name, or the name of an alias of a link renamed
/// in the same pull (whose own line names its old and new member only). Found by comparing every member of the
/// snapshot as it is with the snapshot as it will be, both as the generator names them.
/// </summary>
internal static class MemberShifts
{
    /// <summary>
    /// One line per member of the snapshot as it is (<paramref name="before"/>) that stands for something else as it will
    /// be (<paramref name="after"/>), in member order. The <paramref name="describedMembers"/> are left to the lines of
    /// their links, which say what each becomes; so are the other members of the <paramref name="describedLinks"/> that
    /// stay that link's (the rename of a link with aliases keeps them its aliases), but not one that another link takes.
    /// </summary>
    public static IReadOnlyList<string> Between(
        string memberClass, Dictionary<string, MemberOwner> before, Dictionary<string, MemberOwner> after, IReadOnlySet<string> describedLinks, IReadOnlySet<string> describedMembers)
    {
        Dictionary<(MemberKind, string, string?), string>? placeAfter = null;
        var lines = new List<string>();
        foreach (var (member, was) in before.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            after.TryGetValue(member, out MemberOwner now);
            if (now == was || describedMembers.Contains(member)
                || (describedLinks.Contains(was.Id) && string.Equals(now.Id, was.Id, StringComparison.Ordinal)))
            {
                continue;
            }

            // The same thing (constant, alias or error of the same link and name) under another member: where to, for the line.
            placeAfter ??= PlacesOf(after);
            string? moved = now.Kind == MemberKind.None ? placeAfter.GetValueOrDefault((was.Kind, was.Id, was.Former)) : null;
            lines.Add($"  ! member       {memberClass}.{member} ({Was(was)}) {Now(memberClass, member, was, now, moved)}");
        }

        return lines;
    }

    /// <summary>Each thing (kind, link and former name) of <paramref name="owners"/> → its member.</summary>
    private static Dictionary<(MemberKind, string, string?), string> PlacesOf(Dictionary<string, MemberOwner> owners)
    {
        var places = new Dictionary<(MemberKind, string, string?), string>();
        foreach (var (member, owner) in owners)
        {
            places.TryAdd((owner.Kind, owner.Id, owner.Former), member);
        }

        return places;
    }

    /// <summary>
    /// Why a member of link <paramref name="id"/> moved from <paramref name="from"/> to <paramref name="to"/>: the
    /// <c>_&lt;id&gt;</c> rule took it or gave it back (docs/generated-code.md, "Member names"); "" when it is neither.
    /// </summary>
    public static string WhyMoved(string from, string to, string id) =>
        to.EndsWith("_" + id, StringComparison.Ordinal) ? ", as another link's name makes the same member"
        : from.EndsWith("_" + id, StringComparison.Ordinal) ? ", as no other link's name makes that member any more"
        : "";

    private static string Was(MemberOwner was) => was.Kind switch
    {
        MemberKind.Live => $"the constant of {Link(was)}",
        MemberKind.Alias => $"an obsolete alias of {Link(was)}",
        _ => $"the error kept for {Link(was)}, deleted from HighLevel",
    };

    private static string Now(string memberClass, string member, MemberOwner was, MemberOwner now, string? moved)
    {
        bool same = string.Equals(now.Id, was.Id, StringComparison.Ordinal);
        return now.Kind switch
        {
            // Code that used an error member failed before, and fails still: only the reason it gives is lost.
            MemberKind.None when was.Kind == MemberKind.Tombstone => moved is null
                ? "is gone: code that uses it still fails, without saying the link was deleted (CS0117, not CS0619)"
                : $"is gone: the error is now {memberClass}.{moved}{WhyMoved(member, moved, was.Id)}; code that uses {member} still fails, without saying the link was deleted (CS0117, not CS0619)",
            MemberKind.None when moved is not null => was.Kind == MemberKind.Live
                ? $"is gone: {Link(was)} is now {memberClass}.{moved}{WhyMoved(member, moved, was.Id)}; code that uses {member} no longer compiles"
                : $"is gone: the alias is now {memberClass}.{moved}{WhyMoved(member, moved, was.Id)}; code that uses {member} no longer compiles",
            MemberKind.None => "is gone: code that uses it no longer compiles",
            MemberKind.Live when same => "is its constant again",
            MemberKind.Live when was.Kind == MemberKind.Live => $"now belongs to another link, {Link(now)}: code that uses it sends that link",
            MemberKind.Live => $"now belongs to another link, {Link(now)}: code that uses it sends that link, with no {(was.Kind == MemberKind.Alias ? "warning" : "error")}",
            MemberKind.Alias when same => "is now an obsolete alias of it (warning CS0618)",
            MemberKind.Alias => $"is now an obsolete alias of another link, {Link(now)} (warning CS0618)",
            _ when same => "is now an error (CS0619: deleted from HighLevel)",
            _ => $"now stands for another link, {Link(now)}, deleted too: an error (CS0619)",
        };
    }

    private static string Link(MemberOwner owner) => $"{Printable.Quote(owner.Name)} ({Printable.Line(owner.Id)})";
}
