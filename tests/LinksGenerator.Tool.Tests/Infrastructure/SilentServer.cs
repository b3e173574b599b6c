using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>
/// A Kestrel server on 127.0.0.1 that accepts each connection, reads one request (its head, and as much body as
/// Content-Length promises), and closes the connection cleanly without a byte of answer: the server HighLevel's load
/// balancer can be when a backend dies mid-request. Kestrel's HTTP layer never sees the requests; a connection
/// middleware reads them, so every request on the wire is counted, whoever sent it. Given an answer, it sends those bytes
/// as they are before closing: an answer no HTTP server would send.
/// </summary>
internal sealed class SilentServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requestLines = new();

    private SilentServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The request line of every request the server read ("GET /links/?locationId=… HTTP/1.1"), in order.</summary>
    public IReadOnlyList<string> RequestLines => _requestLines.ToList();

    /// <summary>
    /// Starts the server. With <paramref name="keepOpen"/>, the connection stays open after <paramref name="answer"/> until
    /// the client closes it, as a server that switched protocols would keep it.
    /// </summary>
    public static async Task<SilentServer> StartAsync(byte[]? answer = null, bool keepOpen = false)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        SilentServer? server = null;
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.Use(_ => async connection =>
        {
            string? requestLine = await ReadRequestAsync(connection.Transport.Input);
            if (requestLine is not null)
            {
                server!._requestLines.Enqueue(requestLine);
            }

            if (answer is not null)
            {
                await connection.Transport.Output.WriteAsync(answer);
            }

            while (keepOpen)
            {
                ReadResult more = await connection.Transport.Input.ReadAsync();
                connection.Transport.Input.AdvanceTo(more.Buffer.End);
                keepOpen = !more.IsCompleted;
            }

            // Returning closes the connection: a FIN after the request (and the answer, if any).
            await connection.Transport.Output.CompleteAsync();
        })));
        WebApplication app = builder.Build();
        server = new SilentServer(app);
        app.Run(_ => Task.CompletedTask);
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Reads one request's head and body; its request line, or null when the client sent nothing whole.</summary>
    private static async Task<string?> ReadRequestAsync(PipeReader input)
    {
        byte[] endOfHead = "\r\n\r\n"u8.ToArray();
        var head = new List<byte>();
        while (true)
        {
            ReadResult read = await input.ReadAsync();
            byte[] bytes = read.Buffer.ToArray();
            int before = head.Count;
            head.AddRange(bytes);
            int end = IndexOf(head, endOfHead);
            if (end >= 0)
            {
                string text = Encoding.ASCII.GetString(head.ToArray(), 0, end);
                int bodyLength = ContentLength(text);
                long consumed = Math.Min(bytes.Length, end + endOfHead.Length - before);
                long bodyHere = bytes.Length - consumed;
                input.AdvanceTo(read.Buffer.End);
                for (long remaining = bodyLength - bodyHere; remaining > 0;)
                {
                    ReadResult more = await input.ReadAsync();
                    remaining -= more.Buffer.Length;
                    input.AdvanceTo(more.Buffer.End);
                    if (more.IsCompleted)
                    {
                        break;
                    }
                }

                return text.Split("\r\n")[0];
            }

            input.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return null;
            }
        }
    }

    private static int ContentLength(string head) =>
        head.Split("\r\n").Select(line => line.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();

    private static int IndexOf(List<byte> haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Count; i++)
        {
            if (haystack.Skip(i).Take(needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
