using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Turns a 2xx answer to a token exchange into the location's token: JSON with a non-empty <c>access_token</c> that can
/// be sent in a header. Anything else is an <see cref="UnexpectedAnswer"/> saying what is wrong (never quoting the token).
/// </summary>
internal static class LocationTokenReader
{
    /// <summary>A token answer is a few hundred bytes; anything past this is not one.</summary>
    public const int Limit = 64 * 1024;

    /// <summary>
    /// The token in <paramref name="response"/>, which must be for <paramref name="locationId"/>, the location asked for,
    /// and must not be <paramref name="agencyToken"/>, the token exchanged.
    /// </summary>
    public static async Task<AttemptResult> ReadAsync(HttpResponseMessage response, string locationId, string agencyToken, CancellationToken cancellationToken)
    {
        using ResponseBody body = await ResponseBody.ReadWholeAsync(response, Limit, cancellationToken).ConfigureAwait(false);
        if (!ResponseContentType.IsJson(response.Content.Headers) || !body.Complete || body.IsEmpty)
        {
            return Unexpected(response, body, !body.Complete ? "it is too large" : body.IsEmpty ? "the body is empty" : ResponseContentType.NotJson(response.Content.Headers));
        }

        LocationTokenResponse? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(body.Bytes, HighLevelJsonContext.Default.LocationTokenResponse);
        }
        catch (JsonException e)
        {
            return Unexpected(response, body, JsonProblem.Describe(e, body.Bytes, JsonProblem.LocationTokenShape));
        }

        if (parsed?.AccessToken is not { Length: > 0 } token)
        {
            return Unexpected(response, body, "the JSON has no \"access_token\"");
        }

        // A token of another location would read that location's links into this one's place in the snapshot. The location
        // it names is quoted only when it is an id that does not give the token away (a server may put it there).
        if (parsed.LocationId is { } answeredFor && !string.Equals(answeredFor, locationId, StringComparison.Ordinal))
        {
            var received = new Output.Redactor();
            received.Add(token);
            string other = Snapshot.MergeField.IsValidId(answeredFor) && !received.Reveals(answeredFor)
                ? $"another location, {Output.Printable.Quote(answeredFor)}, not {locationId}"
                : $"another location than {locationId}";
            return Unexpected(response, body, $"the exchange answered for {other}");
        }

        // The agency token handed back is no location token: Get Links would be sent with the agency's own token. In any
        // letter case, as everywhere the tool tells a token (a proxy that upper-cases it hands back the same secret).
        if (string.Equals(token, agencyToken, StringComparison.OrdinalIgnoreCase))
        {
            return Unexpected(response, body, "its \"access_token\" is the agency token itself, not a token of the location");
        }

        foreach (char c in token)
        {
            // Such a token could not be sent in a header; the character is not named, so no part of the token is shown.
            if (c < '!' || c > '~')
            {
                return Unexpected(response, body, "its \"access_token\" holds a character that cannot be sent in an HTTP header");
            }
        }

        // Real location tokens are dozens of characters. A short one is not a token, and masked as one it would cut
        // "[redacted]" into ordinary words and into the links' own addresses (and fail the pull as a token in a link).
        if (token.Length < Configuration.TokenReader.MinimumLength)
        {
            return Unexpected(response, body, $"its \"access_token\" is too short to be a location token (under {Configuration.TokenReader.MinimumLength} characters)");
        }

        return new TokenReceived(token);
    }

    private static UnexpectedAnswer Unexpected(HttpResponseMessage response, ResponseBody body, string problem) =>
        new(response.StatusCode, response.ReasonPhrase, problem, body.Sample.Withhold());
}
