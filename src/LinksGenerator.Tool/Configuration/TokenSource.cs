using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Configuration;

/// <summary>
/// Where a location's token comes from, and how messages speak of it. What it prints never includes the token itself;
/// <see cref="object.ToString"/> is overridden so that not even a debugger display or a stray interpolation shows it.
/// </summary>
internal abstract record TokenSource
{
    /// <summary>What the line printed for each location of many says: "token from GHL_TOKEN_DOWNTOWN".</summary>
    public abstract string Described { get; }

    /// <summary>How a message names the token: "The token in GHL_TOKEN".</summary>
    public abstract string Named { get; }

    /// <summary>What to do when HighLevel rejects the token.</summary>
    public abstract string Renewal { get; }

    public sealed override string ToString() => Described;
}

/// <summary>A token read from an environment variable: <c>GHL_TOKEN_&lt;NAME&gt;</c>, or <c>GHL_TOKEN</c> (<c>--token-env</c>).</summary>
internal sealed record VariableToken(string Variable, string Token) : TokenSource
{
    public override string Described => $"token from {Variable}";

    public override string Named => $"The token in {Variable}";

    public override string Renewal =>
        $"create a new Private Integration Token in HighLevel (Settings > Private Integrations) with the {LinksApi.Scope} scope, " +
        $"or get a fresh OAuth access token, and export it as {Variable}";
}

/// <summary>The agency token, to be exchanged for the location's own token (<see cref="LocationTokenApi"/>) once per run.</summary>
internal sealed record AgencyToken(string Variable, string Token, string CompanyId) : TokenSource
{
    public override string Described => $"location token from exchanging the agency token ({Variable}, company {CompanyId})";

    public override string Named => $"The location token exchanged with the agency token in {Variable}";

    public override string Renewal => $"check that the agency token in {Variable} is current and that its app has the {LinksApi.Scope} scope, then run again";
}
