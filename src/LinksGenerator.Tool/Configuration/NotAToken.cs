using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Configuration;

/// <summary>
/// Refuses a token given where an id belongs (<c>--location-id "$GHL_TOKEN"</c>): ids go into request URLs and bodies,
/// proxy logs and the committed snapshot, where a token must never be. Checked before any request.
/// </summary>
internal static class NotAToken
{
    /// <param name="secrets">Every token known to the run (<see cref="EnvironmentTokens"/>).</param>
    /// <param name="id">The id as it would be sent.</param>
    /// <param name="what">"location id of …", "company id": what the id should have been, and where it came from.</param>
    public static void Refuse(Redactor secrets, string id, string what)
    {
        if (secrets.Finds(id))
        {
            throw ToolException.Usage($"the {what} is one of the tokens in the environment, not an id: pass the id itself. Nothing was sent");
        }
    }
}
