using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Configuration;

/// <summary>
/// Refuses a token given where an id or a name belongs (<c>--location-id "$GHL_TOKEN"</c>): ids go into request URLs and
/// bodies, proxy logs and the committed snapshot, names into the snapshot and the generated code, where a token must
/// never be. Checked before any request.
/// </summary>
internal static class NotAToken
{
    /// <summary>
    /// Takes an id the run sends and prints: refused when it holds a whole token (<c>--location-id "$GHL_TOKEN"</c>), or all
    /// of one but a few characters (the token without its "pit-", a double-click's selection of it), else known from now
    /// on as no secret (<see cref="Redactor.AddPublic"/>). Other runs of a token that are runs of the id do not make it
    /// one: a location token may carry its location's id, and the company's (docs/ghl-links.md, "Token").
    /// </summary>
    /// <param name="secrets">Every token known to the run (<see cref="EnvironmentTokens"/>).</param>
    /// <param name="id">The id as it would be sent.</param>
    /// <param name="what">"location id of …", "company id": what the id should have been, and where it came from.</param>
    public static void AcceptId(Redactor secrets, string id, string what)
    {
        if (secrets.HoldsWhole(id))
        {
            throw Refusal(what, "not an id: pass the id itself");
        }

        if (secrets.HoldsNearlyWhole(id))
        {
            throw ToolException.Usage($"the {what} is all of one of the tokens in the environment but a few characters, not an id: pass the id itself. Nothing was sent");
        }

        secrets.AddPublic(id);
    }

    /// <summary>
    /// Refuses a token given as a location's name (<c>convert --name</c>, <c>--location NAME=ID</c>): the name goes into the
    /// snapshot, and into a class name no mask would recognise.
    /// </summary>
    public static void RefuseAsName(Redactor secrets, string value, string what) => Refuse(secrets, value, what, "a token is no name: choose a name of your own");

    /// <summary>
    /// Refuses a token in the path <c>pull</c> writes to (<c>--output "$GHL_TOKEN"</c>): the file's name would be
    /// committed with the snapshot, and shown by every <c>git status</c>.
    /// </summary>
    public static void RefuseInPath(Redactor secrets, string path, string what)
    {
        if (secrets.Reveals(path))
        {
            throw ToolException.Usage($"the {what} path holds one of the tokens in the environment: a file named after a token would be committed with it. Choose another {what}. Nothing was sent");
        }
    }

    /// <summary>
    /// Refuses a token in <c>--base-url</c> (<c>https://proxy/$GHL_TOKEN</c>): the URL's path is in every request line,
    /// where servers and proxies log it.
    /// </summary>
    public static void RefuseInUrl(Redactor secrets, string url)
    {
        if (secrets.Reveals(url))
        {
            throw ToolException.Usage("--base-url holds one of the tokens in the environment: a URL is written into the logs of every server and proxy it reaches, so the token goes only in its header. Pass the API's URL without it. Nothing was sent");
        }
    }

    private static void Refuse(Redactor secrets, string value, string what, string remedy)
    {
        if (secrets.Reveals(value))
        {
            throw Refusal(what, remedy);
        }
    }

    private static ToolException Refusal(string what, string remedy) => ToolException.Usage($"the {what} is one of the tokens in the environment, {remedy}. Nothing was sent");
}
