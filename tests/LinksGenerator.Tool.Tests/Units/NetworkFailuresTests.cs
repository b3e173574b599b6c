using System;
using System.Net.Http;
using System.Net.Sockets;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>The words for a connection that failed name what failed, and say whether another attempt can help.</summary>
public class NetworkFailuresTests
{
    [Fact]
    public void A_name_that_does_not_resolve_is_named_without_the_port_and_not_retried()
    {
        var failure = NetworkFailures.From(
            new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (highlevel.invalid:8443)", new SocketException((int)SocketError.HostNotFound)),
            new Uri("https://highlevel.invalid:8443/links/"));

        Assert.StartsWith("the host name highlevel.invalid could not be resolved (", failure.Description, StringComparison.Ordinal);
        Assert.False(failure.Transient);
    }

    [Fact]
    public void A_refused_connection_is_named_with_the_port_it_tried_and_retried()
    {
        var failure = NetworkFailures.From(
            new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused)),
            new Uri("http://127.0.0.1:9/links/"));

        Assert.StartsWith("could not connect to 127.0.0.1:9 (", failure.Description, StringComparison.Ordinal);
        Assert.True(failure.Transient);
    }

    [Fact]
    public void Through_a_proxy_a_refused_connection_or_an_unknown_name_is_the_proxy_s_and_its_credentials_are_not_shown()
    {
        var proxy = new Uri("http://user:secret@127.0.0.1:3128/");
        var target = new Uri("https://services.example/links/");

        var refused = NetworkFailures.From(
            new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:3128)", new SocketException((int)SocketError.ConnectionRefused)), target, proxy);
        var unknown = NetworkFailures.From(
            new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known", new SocketException((int)SocketError.HostNotFound)), target, new Uri("http://proxy.invalid:3128"));

        Assert.StartsWith("could not connect to the proxy 127.0.0.1:3128 (HTTPS_PROXY or ALL_PROXY) on the way to services.example (", refused.Description, StringComparison.Ordinal);
        Assert.True(refused.Transient);
        Assert.DoesNotContain("secret", refused.Description, StringComparison.Ordinal);
        Assert.StartsWith("the proxy's host name proxy.invalid could not be resolved (HTTPS_PROXY or ALL_PROXY) on the way to services.example (", unknown.Description, StringComparison.Ordinal);
        Assert.False(unknown.Transient);
    }

    [Fact]
    public void Through_a_proxy_a_refused_tunnel_and_an_answer_that_is_not_http_name_the_proxy_without_its_credentials()
    {
        var proxy = new Uri("http://user:secret@127.0.0.1:3128/");
        var target = new Uri("https://services.example/links/");

        // .NET's own words, a stray closing quote and all.
        var refused = NetworkFailures.From(
            new HttpRequestException(HttpRequestError.ProxyTunnelError, "The proxy tunnel request to proxy 'http://user:secret@127.0.0.1:3128/' failed with status code '407'.\""), target, proxy);
        var garbage = NetworkFailures.From(
            new HttpRequestException(HttpRequestError.InvalidResponse, "Received an invalid status line: 'HELLO THERE'."), target, proxy);

        Assert.Equal("the proxy 127.0.0.1:3128 refused to connect to services.example (The proxy tunnel request to proxy 'http://…@127.0.0.1:3128/' failed with status code '407')", refused.Description);
        Assert.False(refused.Transient);
        Assert.Equal("services.example, or the proxy 127.0.0.1:3128 on the way, answered something that is not valid HTTP (Received an invalid status line: 'HELLO THERE')", garbage.Description);
    }
}
