using System;
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
/// exception that is not an IOException, which the handler passes up rather than retries. A proxy's 407 is answered by
/// sending the request again with new credentials: a send whose Proxy-Authorization changed is that, and goes out.
/// </remarks>
internal static class OneSendPerAttempt
{
    private static readonly HttpRequestOptionsKey<Send> CurrentSend = new("ghl-links.current-send");

    public static void Install(SocketsHttpHandler handler) => handler.RequestHeaderEncodingSelector = Watch;

    /// <summary>The handler's hook, called for each header as it writes <paramref name="request"/>.</summary>
    internal static Encoding? Watch(string headerName, HttpRequestMessage request)
    {
        string? proxyAuthorization = request.Headers.ProxyAuthorization?.ToString();
        if (!request.Options.TryGetValue(CurrentSend, out Send? send) || send.ProxyAuthorization != proxyAuthorization)
        {
            send = new Send(proxyAuthorization);
            request.Options.Set(CurrentSend, send);
        }

        if (!send.HeadersWritten.Add(headerName))
        {
            throw new ClosedWithoutAnswerException();
        }

        // The handler's own encoding (ASCII, refusing anything else): the hook only watches.
        return null;
    }

    /// <summary>One send of a request: the headers written so far, and the proxy credentials it went with.</summary>
    private sealed class Send(string? proxyAuthorization)
    {
        public string? ProxyAuthorization { get; } = proxyAuthorization;

        public HashSet<string> HeadersWritten { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>The server closed the connection after the request without a byte of answer (and the request is not sent again).</summary>
internal sealed class ClosedWithoutAnswerException() : HttpRequestException(HttpRequestError.ResponseEnded, "the server closed the connection without an answer");
