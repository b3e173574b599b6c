using System.Collections.Generic;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// A token pasted into a link's name or URL would be committed with the snapshot, and its letters would make a member
/// name no mask recognises: nothing is written, and the message says where without quoting it. A piece of a token counts
/// (<see cref="Redactor.Reveals(string)"/>): masked on the screen as a secret, it must not go into the committed file either. Checked once every
/// request of the run is done, against every token the run knows by then: a location token exchanged for one location
/// may arrive after another location's links came back holding it.
/// </summary>
internal static class TokensInLinks
{
    public static void Refuse(Redactor secrets, IReadOnlyList<ApiLink> links, string locationId)
    {
        for (int i = 0; i < links.Count; i++)
        {
            ApiLink link = links[i];
            if (RevealingField(secrets, link.Id, link.Name, link.RedirectTo, link.FieldKey) is { } field)
            {
                throw new ToolException(
                    ExitCode.Failed,
                    $"HighLevel's answer for location {locationId} holds a token (or {Redactor.PieceLength} characters or more of one) in the {field} of links[{i}]; a snapshot is committed to source control, so the run stops here and writes nothing. " +
                    "Remove the token from that link in HighLevel (and revoke it), then pull again");
            }
        }
    }

    /// <summary>The first of a link's fields, as the snapshot names them, that holds a token or a piece of one; null when none does.</summary>
    public static string? RevealingField(Redactor secrets, string? id, string? name, string? redirectTo, string? fieldKey) =>
        secrets.Reveals(id) ? "id"
        : secrets.Reveals(name) ? "name"
        : secrets.Reveals(redirectTo) ? "redirectTo"
        : secrets.Reveals(fieldKey) ? "fieldKey"
        : null;
}
