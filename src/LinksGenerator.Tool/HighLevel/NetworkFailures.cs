using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>Words for connection failures, and which of them are worth another attempt.</summary>
internal static class NetworkFailures
{
    /// <summary>
    /// Words for a request to <paramref name="uri"/> that failed; <paramref name="proxy"/> is the proxy it went through
    /// (<see cref="ProxyFor"/>), whose host is the one connected to and resolved, so the one a failure to do either names.
    /// </summary>
    public static NetworkFailure From(HttpRequestException e, Uri uri, Uri? proxy = null)
    {
        if (e is ClosedWithoutAnswerException)
        {
            return new NetworkFailure(e.Message, Transient: true);
        }

        string host = Host(uri);
        (string what, bool transient) = e.HttpRequestError switch
        {
            // A port is no part of a name: "localhost.example:8080" is no host name the resolver was asked.
            HttpRequestError.NameResolutionError when proxy is not null => ($"the proxy's host name {proxy.IdnHost} could not be resolved{ViaProxy(uri)}", false),
            HttpRequestError.NameResolutionError => ($"the host name {uri.IdnHost} could not be resolved", false),
            HttpRequestError.ConnectionError when proxy is not null => ($"could not connect to the proxy {Host(proxy)}{ViaProxy(uri)}", true),
            HttpRequestError.ConnectionError => ($"could not connect to {host}", true),
            HttpRequestError.SecureConnectionError => ($"the TLS (https) handshake with {host} failed", false),
            HttpRequestError.ResponseEnded => ("the connection closed before the response was complete", true),
            // Through a proxy, the first answer is the proxy's own (to CONNECT, or the request itself for http://).
            HttpRequestError.InvalidResponse when proxy is not null => ($"{host}, or the proxy {Host(proxy)} on the way, answered something that is not valid HTTP", false),
            HttpRequestError.InvalidResponse => ($"{host} answered something that is not valid HTTP", false),
            HttpRequestError.HttpProtocolError => ("the HTTP exchange failed", true),
            HttpRequestError.ProxyTunnelError => ($"the proxy{(proxy is null ? "" : " " + Host(proxy))} refused to connect to {host}", false),

            // Headers past .NET's 64 KB: the same server sends the same headers again, so another attempt would only send the token again.
            HttpRequestError.ConfigurationLimitExceeded => ($"{host} answered with more headers than the tool reads", false),
            _ when IsReset(e) => ("the connection was reset", true),
            _ => ("the request failed", true),
        };

        string detail = Innermost(e);
        return new NetworkFailure(IsReset(e) ? what : $"{what} ({detail})", transient);
    }

    /// <summary>The connection was not opened within the handler's connect timeout: worth another attempt, as a refused one is.</summary>
    public static NetworkFailure NotConnected(Uri uri, OperationCanceledException e, Uri? proxy = null) =>
        new(proxy is null ? $"could not connect to {Host(uri)} ({Innermost(e)})" : $"could not connect to the proxy {Host(proxy)}{ViaProxy(uri)} ({Innermost(e)})", Transient: true);

    /// <summary>
    /// The proxy .NET sends a request to <paramref name="uri"/> through (<c>HTTPS_PROXY</c> or <c>HTTP_PROXY</c>, unless
    /// <c>NO_PROXY</c> names the host), or null for none: a failure to reach it is no failure to reach HighLevel.
    /// </summary>
    public static Uri? ProxyFor(Uri uri)
    {
        IWebProxy proxies = HttpClient.DefaultProxy;
        Uri? proxy = proxies.IsBypassed(uri) ? null : proxies.GetProxy(uri);
        return proxy is null || proxy == uri ? null : proxy;
    }

    /// <summary>" (HTTPS_PROXY or ALL_PROXY) on the way to services.example": where the proxy comes from, and what it was asked for.</summary>
    private static string ViaProxy(Uri target) =>
        $" ({(target.Scheme == Uri.UriSchemeHttps ? "HTTPS_PROXY" : "HTTP_PROXY")} or ALL_PROXY) on the way to {Host(target)}";

    public static NetworkFailure FromBrokenBody(IOException e) => e is HttpIOException { HttpRequestError: HttpRequestError.InvalidResponse }

        // Framing no HTTP server sends (a chunk size that is no number): the same server would send it again, and each
        // attempt sends the token again, as for a status line that is not HTTP.
        ? new($"the body of the answer is not valid HTTP ({Innermost(e)})", false)
        : new($"the connection broke while the response was read ({Innermost(e)})", true);

    private static string Host(Uri uri) => uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";

    private static bool IsReset(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionReset })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The most specific message (".NET: Connection refused" beats "An error occurred while sending the request"), made
    /// printable: it can quote what the server sent ("Received an invalid status line: '…'"), control characters and all;
    /// and without the credentials of a URL it quotes (.NET names a refusing proxy as <c>'http://user:password@host/'</c>).
    /// </summary>
    private static string Innermost(Exception e)
    {
        while (e.InnerException is { } inner)
        {
            e = inner;
        }

        // .NET's own text for a refused tunnel ends "failed with status code '403'.\"", a quote it never opened.
        string message = e.Message.EndsWith("'.\"", StringComparison.Ordinal) && e.Message.IndexOf('"') == e.Message.Length - 1 ? e.Message[..^1] : e.Message;
        return Printable.Line(ShownUrl.WithoutCredentials(message.TrimEnd('.')));
    }
}
