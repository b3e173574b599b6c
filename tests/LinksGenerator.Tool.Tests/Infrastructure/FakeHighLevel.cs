using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, in the test process) standing in for HighLevel. By default it serves
/// <c>GET /links/</c> as documented, checking the token, the Version header and the location; a test can make it
/// misbehave per request with <see cref="Behavior"/>. Every request is recorded.
/// </summary>
internal sealed class FakeHighLevel : IAsyncDisposable
{
    /// <summary>Looks like a Private Integration Token; distinctive enough that finding it anywhere in output is a leak.</summary>
    public const string Token = "pit-6f1c2b9e-4d7a-4c1e-9b3f-0a5d8e7c6b42";

    public const string Location = "ve9EPM428h8vShlRW1KT";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _count;

    private FakeHighLevel(WebApplication app, string pathPrefix)
    {
        _app = app;
        PathPrefix = pathPrefix;
        app.Run(HandleAsync);
    }

    /// <summary>Answers request number <c>n</c> (from 1); null serves every request as documented.</summary>
    public Func<HttpContext, int, Task>? Behavior { get; set; }

    /// <summary>The location's links, in the order the server sends them.</summary>
    public IReadOnlyList<TestLink> Links { get; set; } = TestLinks.Current;

    /// <summary>A path the server lives under, as behind a proxy ("/ghl"); empty for none.</summary>
    public string PathPrefix { get; }

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>The server's "now", for HTTP-dates; tests with a fake clock point this at it.</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    public CancellationToken Stopping => _stopping.Token;

    public static async Task<FakeHighLevel> StartAsync(string pathPrefix = "")
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        var server = new FakeHighLevel(builder.Build(), pathPrefix);
        await server._app.StartAsync();
        string address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = address.TrimEnd('/') + pathPrefix;
        return server;
    }

    /// <summary>What HighLevel does: 404 off the endpoint, 401 without the token, 400 without Version, 422 without a location, 403 for another location.</summary>
    public async Task ServeAsDocumented(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (request.Method != HttpMethods.Get || request.Path != PathPrefix + "/links/")
        {
            await Respond.Error(context, HttpStatusCode.NotFound, $"\"Cannot {request.Method} {request.Path}\"", "Not Found");
            return;
        }

        if (request.Headers.Authorization != "Bearer " + Token)
        {
            await Respond.Error(context, HttpStatusCode.Unauthorized, "\"Invalid token: access token is invalid\"", "Unauthorized");
            return;
        }

        if (request.Headers["Version"] != "2021-07-28")
        {
            await Respond.Error(context, HttpStatusCode.BadRequest, "\"Bad Request\"");
            return;
        }

        string? location = request.Query["locationId"];
        if (string.IsNullOrEmpty(location))
        {
            await Respond.Error(context, HttpStatusCode.UnprocessableEntity, "[\"locationId should not be empty\",\"locationId must be a string\"]", "Unprocessable Entity");
            return;
        }

        if (location != Location)
        {
            await Respond.Error(context, HttpStatusCode.Forbidden, "\"The token does not have access to this location.\"", "Forbidden");
            return;
        }

        await Respond.Links(context, Links);
    }

    public async ValueTask DisposeAsync()
    {
        // Hanging handlers wait on this; without it, stopping would wait for them.
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        int number = Interlocked.Increment(ref _count);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));

        Respond.RateLimitHeaders(context);
        await (Behavior?.Invoke(context, number) ?? ServeAsDocumented(context));
    }
}

/// <summary>One request as the server saw it.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers);
