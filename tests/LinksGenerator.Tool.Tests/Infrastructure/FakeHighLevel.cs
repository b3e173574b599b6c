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
/// <c>GET /links/</c> as documented, checking the token, the Version header and the location, for
/// <see cref="Location"/> and for every location a test adds (<see cref="AddLocation"/>), each with its own links and
/// tokens; and <c>POST /oauth/locationToken</c>, which exchanges <see cref="AgencyToken"/> of <see cref="CompanyId"/> for a
/// new token of a location, counted per location. A test can make it misbehave per request with <see cref="Behavior"/>,
/// or slow with <see cref="Delay"/>. Every request is recorded, and so is the most that were ever in flight at once.
/// </summary>
internal sealed class FakeHighLevel : IAsyncDisposable
{
    /// <summary>Looks like a Private Integration Token; distinctive enough that finding it anywhere in output is a leak.</summary>
    public const string Token = "pit-6f1c2b9e-4d7a-4c1e-9b3f-0a5d8e7c6b42";

    public const string Location = "ve9EPM428h8vShlRW1KT";

    /// <summary>An agency's token, exchanged for location tokens; as distinctive as <see cref="Token"/>.</summary>
    public const string AgencyToken = "agency-pit-0e4b8c2a-91d7-4f3e-8a6b-5c7d9e1f2a3b";

    /// <summary>The agency's company, the only one whose locations the exchange gives tokens of.</summary>
    public const string CompanyId = "Cmp7AcmeAgency000001";

    /// <summary>What every exchanged token starts with, so a test can look for any of them in output and files.</summary>
    public const string ExchangedTokenPrefix = "xchg-";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, FakeLocation> _locations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _exchanges = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _exchanged = new();
    private int _count;
    private int _inFlight;
    private int _mostInFlight;

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

    /// <summary>How long the server takes before answering each request: long enough for requests to overlap.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The most requests that were ever being served at the same moment.</summary>
    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    /// <summary>Every token the exchange handed out.</summary>
    public IReadOnlyList<string> ExchangedTokens => _exchanged.ToList();

    /// <summary>The locations added besides <see cref="Location"/>, by id.</summary>
    public IReadOnlyDictionary<string, FakeLocation> Locations => _locations;

    /// <summary>A location served besides <see cref="Location"/>: its links, read with any of <paramref name="tokens"/> or a token exchanged for it.</summary>
    public FakeLocation AddLocation(string id, IReadOnlyList<TestLink> links, params string[] tokens)
    {
        var location = new FakeLocation(id, tokens) { Links = links };
        _locations[id] = location;
        return location;
    }

    /// <summary>How many times a token of <paramref name="locationId"/> was exchanged.</summary>
    public int Exchanges(string locationId) => _exchanges.GetValueOrDefault(locationId);

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

    /// <summary>What HighLevel does: 404 off the endpoints, 401 without the token, 400 without Version, 422 without a location, 403 for another location.</summary>
    public async Task ServeAsDocumented(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (request.Method == HttpMethods.Post && request.Path == PathPrefix + "/oauth/locationToken")
        {
            await ExchangeAsDocumented(context);
            return;
        }

        if (request.Method != HttpMethods.Get || request.Path != PathPrefix + "/links/")
        {
            await Respond.Error(context, HttpStatusCode.NotFound, $"\"Cannot {request.Method} {request.Path}\"", "Not Found");
            return;
        }

        if (_locations.TryGetValue(request.Query["locationId"].ToString(), out FakeLocation? added))
        {
            await ServeLocation(context, added);
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

    /// <summary>
    /// What HighLevel's token exchange does: 401 without the agency token, 400 without Version or form fields, 400 for a
    /// location the company does not have; else a new token of the location, which Get Links then accepts for it.
    /// </summary>
    public async Task ExchangeAsDocumented(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (request.Headers.Authorization != "Bearer " + AgencyToken)
        {
            await Respond.Error(context, HttpStatusCode.Unauthorized, "\"Invalid JWT\"", "Unauthorized");
            return;
        }

        if (request.Headers["Version"] != "2021-07-28" || !request.HasFormContentType)
        {
            await Respond.Error(context, HttpStatusCode.BadRequest, "\"Bad Request\"");
            return;
        }

        IFormCollection form = await request.ReadFormAsync();
        string locationId = form["locationId"].ToString();
        if (form["companyId"] != CompanyId || !_locations.TryGetValue(locationId, out FakeLocation? location))
        {
            await Respond.Error(context, HttpStatusCode.BadRequest, "\"Location not found for this company\"", "Bad Request");
            return;
        }

        string token = ExchangedTokenPrefix + Guid.NewGuid().ToString("N");
        location.Accept(token);
        _exchanged.Enqueue(token);
        _exchanges.AddOrUpdate(locationId, 1, (_, n) => n + 1);
        await Respond.Body(
            context,
            HttpStatusCode.OK,
            "application/json; charset=utf-8",
            $"{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\",\"expires_in\":86399,\"scope\":\"links.readonly\",\"locationId\":\"{locationId}\",\"userId\":\"u1\"}}");
    }

    public async ValueTask DisposeAsync()
    {
        // Hanging handlers wait on this; without it, stopping would wait for them.
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private static async Task ServeLocation(HttpContext context, FakeLocation location)
    {
        if (!location.Accepts(context.Request.Headers.Authorization.ToString()))
        {
            // HighLevel answers a token of another location with 403, and one it does not know with 401.
            await Respond.Error(context, HttpStatusCode.Forbidden, "\"The token does not have access to this location.\"", "Forbidden");
            return;
        }

        await Respond.Links(context, location.Links, location.Id);
    }

    private async Task HandleAsync(HttpContext context)
    {
        int number = Interlocked.Increment(ref _count);
        int inFlight = Interlocked.Increment(ref _inFlight);
        try
        {
            for (int most = Volatile.Read(ref _mostInFlight); inFlight > most; most = Volatile.Read(ref _mostInFlight))
            {
                Interlocked.CompareExchange(ref _mostInFlight, inFlight, most);
            }

            context.Request.EnableBuffering();
            string body = await new System.IO.StreamReader(context.Request.Body).ReadToEndAsync();
            context.Request.Body.Position = 0;
            _requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.QueryString.Value ?? "",
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body));

            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, _stopping.Token);
            }

            Respond.RateLimitHeaders(context);
            await (Behavior?.Invoke(context, number) ?? ServeAsDocumented(context));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}

/// <summary>One request as the server saw it, with its body (the token exchange's form).</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body = "")
{
    /// <summary>The location a Get Links request or a token exchange was for.</summary>
    public string LocationId =>
        Query.StartsWith("?locationId=", StringComparison.Ordinal) ? Uri.UnescapeDataString(Query["?locationId=".Length..])
        : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Body).TryGetValue("locationId", out var id) ? id.ToString() : "";
}

/// <summary>A location the fake serves besides the default one: its links, and the tokens it accepts.</summary>
internal sealed class FakeLocation(string id, IEnumerable<string> tokens)
{
    private readonly ConcurrentDictionary<string, bool> _tokens = new(tokens.Select(t => KeyValuePair.Create(t, true)), StringComparer.Ordinal);

    public string Id { get; } = id;

    public IReadOnlyList<TestLink> Links { get; set; } = [];

    public void Accept(string token) => _tokens[token] = true;

    public bool Accepts(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.ContainsKey(authorization["Bearer ".Length..]);
}
