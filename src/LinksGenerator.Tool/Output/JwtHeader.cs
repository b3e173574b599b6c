using System;
using System.Text;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// The start of a JWT (an OAuth access token, a location token) that is no secret: its header (<c>{"alg":"HS256",
/// "typ":"JWT"}</c> in base64url, the same in every token signed the same way), the dot after it and the <c>eyJ</c>
/// every payload starts with (<c>{"</c>). A run that starts in it, in a link or a message, is a run of any JWT, not of the
/// token: counted, it would refuse every link that carries a signed offer, saying "revoke the token" of a token that is
/// not in the link. The token whole, and an encoded form of it beyond that start, are masked as ever.
/// </summary>
internal static class JwtHeader
{
    /// <summary>How long the public start of <paramref name="token"/> is: 0 for a token that is not a JWT.</summary>
    public static int PublicLength(string token)
    {
        int dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !token.StartsWith("eyJ", StringComparison.Ordinal) || !IsJsonObject(token.AsSpan(0, dot)))
        {
            return 0;
        }

        return token.AsSpan(dot + 1).StartsWith("eyJ", StringComparison.Ordinal) ? dot + 4 : dot + 1;
    }

    /// <summary>Whether <paramref name="segment"/> is base64url of a JSON object, as a JWT's header is.</summary>
    private static bool IsJsonObject(ReadOnlySpan<char> segment)
    {
        string padded = segment.ToString().Replace('-', '+').Replace('_', '/') + new string('=', (4 - (segment.Length % 4)) % 4);
        byte[] bytes = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, bytes, out int length))
        {
            return false;
        }

        string json = Encoding.UTF8.GetString(bytes, 0, length).Trim();
        return json.StartsWith('{') && json.EndsWith('}') && json.Contains("\"alg\"", StringComparison.Ordinal);
    }
}
