using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Catalog;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Diff;

/// <summary>
/// Members code may use whose meaning a pull changes although no line about their own link says so: a new link takes
/// the name of another link's obsolete alias (code that used the alias now sends the new link, without a warning) or
/// of a deleted link's error (code that failed now compiles), a new link shares a live link's name (both take their id,
/// so the old member is gone), a renamed link takes another link's old name. Found by comparing every member of the
/// snapshot as it is with the snapshot as it will be, both as the generator names them.
/// </summary>
internal static class MemberShifts
{
    /// <summary>
    /// One line per member of the snapshot as it is (<paramref name="before"/>) that stands for something else as it will
    /// be (<paramref name="after"/>), in member order; the members of the <paramref name="described"/> links are left to
    /// their own lines.
    /// </summary>
    public static IReadOnlyList<string> Between(string memberClass, Dictionary<string, MemberOwner> before, Dictionary<string, MemberOwner> after, CatalogLocation afterCatalog, IReadOnlySet<string> described)
    {
        Dictionary<string, string>? liveAfter = null;
        var lines = new List<string>();
        foreach (var (member, was) in before.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            after.TryGetValue(member, out MemberOwner now);
            if (described.Contains(was.Id) || now == was)
            {
                continue;
            }

            // A live link whose member moved although the link did not change: where to, for the line.
            liveAfter ??= afterCatalog.Links.ToDictionary(link => link.Id, link => link.MemberName, StringComparer.Ordinal);
            string? moved = was.Kind == MemberKind.Live && now.Kind == MemberKind.None ? liveAfter.GetValueOrDefault(was.Id) : null;
            lines.Add($"  ! member       {memberClass}.{member} ({Was(was)}) {Now(memberClass, member, was, now, moved)}");
        }

        return lines;
    }

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
            MemberKind.None when moved is not null =>
                $"is gone: {Link(was)} is now {memberClass}.{moved}, as another link's name makes the same member; code that uses {member} no longer compiles",
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
