using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>
/// A forward proxy on loopback that refuses every request (403), the way a company proxy refuses a host it blocks. A
/// raw listener, not Kestrel: it must answer the <c>CONNECT host:443</c> of an https request, which is no request for a
/// web application. Records each request line it was sent.
/// </summary>
internal sealed class RefusingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly ConcurrentQueue<string> _requestLines = new();

    private RefusingProxy()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyCollection<string> RequestLines => _requestLines.ToArray();

    public static Task<RefusingProxy> StartAsync() => Task.FromResult(new RefusingProxy());

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                await RefuseAsync(client.GetStream());
            }
        }
    }

    private async Task RefuseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        string? requestLine = await reader.ReadLineAsync(_stop.Token);
        if (requestLine is null)
        {
            return;
        }

        _requestLines.Enqueue(requestLine);
        while (await reader.ReadLineAsync(_stop.Token) is { Length: > 0 })
        {
            // The headers: read to their end, so the answer comes after the whole request.
        }

        byte[] answer = Encoding.ASCII.GetBytes("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(answer, _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
            // Stopped while a client was still connected: nothing left to refuse.
        }

        _stop.Dispose();
    }
}
