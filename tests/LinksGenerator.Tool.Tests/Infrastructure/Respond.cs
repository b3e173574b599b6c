using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>The fake server's ways of answering, from HighLevel's documented shapes to plain misbehaviour.</summary>
internal static class Respond
{
    /// <summary>HighLevel sends these on every response; a healthy burst window and daily quota by default.</summary>
    public static void RateLimitHeaders(HttpContext context, int remaining = 99, long dailyRemaining = 199_990, long? intervalMilliseconds = 10_000)
    {
        IHeaderDictionary headers = context.Response.Headers;
        headers["x-ratelimit-max"] = "100";
        headers["x-ratelimit-remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-limit-daily"] = "200000";
        headers["x-ratelimit-daily-remaining"] = dailyRemaining.ToString(CultureInfo.InvariantCulture);
        if (intervalMilliseconds is { } interval)
        {
            headers["x-ratelimit-interval-milliseconds"] = interval.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            headers.Remove("x-ratelimit-interval-milliseconds");
        }
    }

    public static Task Links(HttpContext context, IReadOnlyList<TestLink> links, string location = FakeHighLevel.Location) =>
        Body(context, HttpStatusCode.OK, "application/json; charset=utf-8", TestLinks.ResponseJson(links, location));

    /// <summary>HighLevel's error shape; <paramref name="messageJson"/> is the raw JSON of <c>message</c> (a string or an array).</summary>
    public static Task Error(HttpContext context, HttpStatusCode status, string messageJson, string? error = null) =>
        Body(
            context,
            status,
            "application/json; charset=utf-8",
            $"{{\"statusCode\":{(int)status},\"message\":{messageJson}{(error is null ? "" : $",\"error\":\"{error}\"")}}}");

    public static Task Body(HttpContext context, HttpStatusCode status, string? contentType, string body) =>
        Bytes(context, status, contentType, Encoding.UTF8.GetBytes(body));

    /// <summary>A body of exactly these bytes, which need not be UTF-8.</summary>
    public static async Task Bytes(HttpContext context, HttpStatusCode status, string? contentType, byte[] body)
    {
        context.Response.StatusCode = (int)status;
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

    /// <summary>Like <see cref="Body"/> without a Content-Length: the body goes out in chunks of 4 KiB, each flushed.</summary>
    public static async Task Chunked(HttpContext context, HttpStatusCode status, string contentType, string body)
    {
        const int ChunkSize = 4096;
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = contentType;
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        for (int offset = 0; offset < bytes.Length; offset += ChunkSize)
        {
            await context.Response.Body.WriteAsync(bytes.AsMemory(offset, Math.Min(ChunkSize, bytes.Length - offset)));
            await context.Response.Body.FlushAsync();
        }
    }

    /// <summary>Promises <paramref name="promised"/> bytes, sends the first part of the body, then drops the connection.</summary>
    public static async Task CutOff(HttpContext context, string body, int promised)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = promised;
        await context.Response.Body.WriteAsync(bytes);
        await context.Response.Body.FlushAsync();
        context.Abort();
    }

    /// <summary>
    /// Promises <paramref name="promised"/> bytes, sends the first part of the body, then sends nothing more and keeps the
    /// connection open until the client gives up (or the server stops), as <see cref="Hang"/> does.
    /// </summary>
    public static async Task Stall(HttpContext context, FakeHighLevel server, string body, long promised)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = promised;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
        await context.Response.Body.FlushAsync();
        await Hang(context, server);
    }

    /// <summary>Never answers: waits until the client gives up (or the server stops).</summary>
    public static async Task Hang(HttpContext context, FakeHighLevel server)
    {
        using var both = System.Threading.CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
        try
        {
            await Task.Delay(System.Threading.Timeout.Infinite, both.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Sends the headers at once, then the body one byte every half second, until the client gives up.</summary>
    public static async Task Trickle(HttpContext context, FakeHighLevel server, string body)
    {
        using var both = System.Threading.CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length;
        try
        {
            await context.Response.StartAsync(both.Token);
            await context.Response.Body.FlushAsync(both.Token);
            foreach (byte b in bytes)
            {
                await Task.Delay(500, both.Token);
                await context.Response.Body.WriteAsync(new[] { b }, both.Token);
                await context.Response.Body.FlushAsync(both.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Resets the connection without a response.</summary>
    public static Task Reset(HttpContext context)
    {
        context.Abort();
        return Task.CompletedTask;
    }

    public static Task TooManyRequests(HttpContext context, string? retryAfter = null, long dailyRemaining = 199_990, long? intervalMilliseconds = 10_000, string? dailyReset = null)
    {
        RateLimitHeaders(context, remaining: 0, dailyRemaining: dailyRemaining, intervalMilliseconds: intervalMilliseconds);
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (dailyReset is not null)
        {
            context.Response.Headers["x-ratelimit-daily-reset"] = dailyReset;
        }

        // HighLevel does not document a 429 body; this is what its gateway is known to send.
        return Body(context, HttpStatusCode.TooManyRequests, "application/json", "{\"statusCode\":429,\"message\":\"Too many requests\"}");
    }

    public static string HttpDate(DateTimeOffset when) => when.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
}
