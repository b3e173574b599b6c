using System.Collections.Generic;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// A token in what a pull carries over from the file it replaces (a link named with a token before it was renamed, a
/// deleted link whose URL held one, a location not read this run, its locationId, a hand edit) would be written back into the committed
/// file, and into an obsolete member's name, as surely as one in HighLevel's answer (<see cref="TokensInLinks"/>, which
/// has checked the answer by then): what the file will hold is checked as a whole and refused the same way, saying where
/// without quoting it. <c>convert</c>, which rewrites the file, refuses it too, and <c>check</c> fails on a file that
/// holds one: it is committed. Checked once every request of the run is done, against every token the run knows by then.
/// </summary>
internal static class TokensInSnapshot
{
    /// <param name="secrets">The run's tokens.</param>
    /// <param name="file">The snapshot as the user named it.</param>
    /// <param name="location">The location's name in a snapshot of many locations; null for a one-location snapshot.</param>
    /// <param name="locationId">The location id as it will be written (a request for it was refused already if it holds a token; one not read this run was not asked for).</param>
    /// <param name="links">The live links as they will be written, with their former names.</param>
    /// <param name="deletedLinks">The deleted links as they will be written.</param>
    /// <param name="writer">What would write the file again ("this pull", "convert"); null for <c>check</c>, which writes nothing.</param>
    /// <param name="answered">Whether <paramref name="links"/> are HighLevel's answer, whose own fields <see cref="TokensInLinks"/> has checked: only their former names are the file's.</param>
    public static void Refuse(Redactor secrets, string file, string? location, string locationId, IReadOnlyList<SnapshotEntry> links, IReadOnlyList<SnapshotEntry> deletedLinks, string? writer, bool answered = false)
    {
        (string Where, bool InHistory)? found = location is not null && secrets.Reveals(location) ? ("the name of a location", false)
            : secrets.Reveals(locationId) ? ("the locationId" + (location is null ? "" : $" of location {Printable.Line(location)}"), false)
            : (First(secrets, links, "link", answered) ?? First(secrets, deletedLinks, "deleted link", fieldsChecked: false)) is { } entry ? (entry.Where + (location is null ? "" : $" of location {Printable.Line(location)}"), entry.InHistory)
            : null;
        if (found is not var (where, inHistory))
        {
            return;
        }

        throw ToolException.Usage(
            $"{file} holds a token (or {Redactor.PieceLength} characters or more of one) in {where}, which " +
            (writer is null ? "'ghl-links pull' keeps" : $"{writer} would write again") +
            "; a snapshot is committed to source control, so " + (writer is null ? "the check fails. " : "the run stops here and writes nothing. ") +
            $"Remove it from {file} by hand{(inHistory ? " (or drop the history with 'ghl-links pull --forget-history')" : "")}, " +
            "and revoke the token: the repository's history holds it too if the file was committed");
    }

    /// <summary>
    /// Where the first of <paramref name="entries"/> that reveals a token holds it, and whether that is history; null when
    /// none does. With <paramref name="fieldsChecked"/>, only the former names are looked at.
    /// </summary>
    private static (string Where, bool InHistory)? First(Redactor secrets, IReadOnlyList<SnapshotEntry> entries, string kind, bool fieldsChecked)
    {
        bool deleted = kind != "link";
        foreach (SnapshotEntry link in entries)
        {
            string? field = fieldsChecked ? null : TokensInLinks.RevealingField(secrets, link.Id, link.Name, link.RedirectTo, link.FieldKey);
            if (field is not null)
            {
                // An id that holds a token is not quoted to say which link it is.
                return (field == "id" ? $"the id of a {kind}" : $"the {field} of {kind} {Printable.Quote(link.Id)}", deleted);
            }

            if (FormerNameRevealing(secrets, link) is { } former)
            {
                return ($"former name {former + 1} of {kind} {Printable.Quote(link.Id)}", true);
            }
        }

        return null;
    }

    /// <summary>The index of the first former name of <paramref name="link"/> that reveals a token; null when none does.</summary>
    private static int? FormerNameRevealing(Redactor secrets, SnapshotEntry link)
    {
        for (int i = 0; link.FormerNames is { } names && i < names.Count; i++)
        {
            if (secrets.Reveals(names[i]))
            {
                return i;
            }
        }

        return null;
    }
}
