using System.Collections.Generic;
using System.Net.Http;
using System.Text;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Makes each attempt one request on the wire. SocketsHttpHandler sends a request again by itself, up to 3 more times,
/// when a connection closes before a byte of the answer and the request has no body (HttpConnectionPool's
/// MaxConnectionFailureRetries): a stale pooled connection is its reason, but a server that reads each request and closes
/// the connection gets 4 GETs with the token per attempt, 20 for the 5 attempts docs/ghl-links.md promises. The tool
/// retries on its own terms (backoff, Retry-After, an overall bound), so the handler must not.
/// </summary>
/// <remarks>
/// The handler has no switch for that retry. The one hook it calls every time it writes a request onto a connection is
/// <see cref="SocketsHttpHandler.RequestHeaderEncodingSelector"/>, once per header: a header name seen a second time for
/// the same request means the request is being sent again. That send is refused before a byte of it is written, with an
/// exception that is not an IOException, which the handler passes up rather than retries.
/// </remarks>
internal static class OneSendPerAttempt
{
    private static readonly HttpRequestOptionsKey<HashSet<string>> HeadersWritten = new("ghl-links.headers-written");

    public static void Install(SocketsHttpHandler handler) => handler.RequestHeaderEncodingSelector = RefuseSecondSend;

    private static Encoding? RefuseSecondSend(string headerName, HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(HeadersWritten, out HashSet<string>? written))
        {
            written = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            request.Options.Set(HeadersWritten, written);
        }

        if (!written.Add(headerName))
        {
            throw new ClosedWithoutAnswerException();
        }

        // The handler's own encoding (ASCII, refusing anything else): the hook only watches.
        return null;
    }
}

/// <summary>The server closed the connection after the request without a byte of answer (and the request is not sent again).</summary>
internal sealed class ClosedWithoutAnswerException() : HttpRequestException(HttpRequestError.ResponseEnded, "the server closed the connection without an answer");
