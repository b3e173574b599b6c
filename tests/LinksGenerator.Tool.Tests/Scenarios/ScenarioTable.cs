using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Scenarios;

/// <summary>
/// Every answer the issue lists, run in-process and against the installed tool alike. Each starts from a folder holding
/// <see cref="TestLinks.PreviousSnapshot"/> and runs <c>pull</c> (and <c>check</c>) for <see cref="FakeHighLevel.Location"/>.
/// </summary>
internal static class ScenarioTable
{
    private const string GatewayPage = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>";

    private const string LoginPage = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in</title></head><body><form action=\"/login\">";

    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("success: unsorted links with extra fields", null, 0, 1,
            ["Updated links.snapshot.json: 5 links of location ve9EPM428h8vShlRW1KT (1 added, 1 removed, 1 renamed, 1 re-targeted)",
             "+ added        \"Book a Call – Dr. Müller\" (U8JZpDE0iGXlD6gNCFba)",
             "- removed      \"Leave a Review\" (OCj2ISaJiHkTj0rLGlko)",
             "~ renamed      \"Summer Sale 2024\" -> \"Summer Sale 2025\" (EPFjbD0kH8Oool8DklZD)",
             "> re-targeted  \"first tag\" (n4AriwEnFrGh3tu08W0U): \"https://www.google.com/\" -> \"https://www.google.com/search\""],
            SnapshotAfter.Expected),

        new("400 Bad Request", (_, c, _) => Respond.Error(c, HttpStatusCode.BadRequest, "\"Bad Request\""), 3, 1,
            ["HighLevel refused the request: 400 Bad Request. Check the location id ve9EPM428h8vShlRW1KT"]),

        new("401 Unauthorized, echoing the token", (_, c, _) => Respond.Error(c, HttpStatusCode.Unauthorized, JsonSerializer.Serialize($"Invalid token: {FakeHighLevel.Token} is expired"), "Unauthorized"), 3, 1,
            ["401 Unauthorized (Invalid token: [redacted] is expired)", "invalid or expired", "Settings > Private Integrations", "export it as GHL_TOKEN"]),

        new("403 Forbidden", (_, c, _) => Respond.Error(c, HttpStatusCode.Forbidden, "\"You do not have permission to access this resource\"", "Forbidden"), 3, 1,
            ["403 Forbidden (You do not have permission to access this resource)", "lacks the links.readonly scope or belongs to another location"]),

        new("404 Not Found", (_, c, _) => Respond.Error(c, HttpStatusCode.NotFound, "\"Cannot GET /links/\"", "Not Found"), 3, 1,
            ["404 Not Found (Cannot GET /links/)", "Check --base-url"]),

        new("422 with a message array", (_, c, _) => Respond.Error(c, HttpStatusCode.UnprocessableEntity, "[\"locationId must be a string\",\"locationId should not be empty\"]", "Unprocessable Entity"), 3, 1,
            ["422 Unprocessable Entity (locationId must be a string; locationId should not be empty)"]),

        new("429 with Retry-After, then success", (s, c, n) => n == 1 ? Respond.TooManyRequests(c, retryAfter: "3", intervalMilliseconds: 1000) : s.ServeAsDocumented(c), 0, 2,
            ["429 Too Many Requests, retrying in 3", "(attempt 2/5)"], SnapshotAfter.Expected, MinimumWaitSeconds: 3),

        new("429 with only the rate-limit headers, then success", (s, c, n) => n == 1 ? Respond.TooManyRequests(c) : s.ServeAsDocumented(c), 0, 2,
            ["429 Too Many Requests, retrying in 1", "(attempt 2/5)"], SnapshotAfter.Expected, MinimumWaitSeconds: 10),

        new("429 with the daily quota exhausted", (_, c, _) => Respond.TooManyRequests(c, retryAfter: "1", dailyRemaining: 0, dailyReset: "3600000"), 4, 1,
            ["daily API quota for this app and location is used up", "x-ratelimit-daily-remaining: 0", "It resets at", "(in 60 min)", "did not retry"]),

        new("429 every time", (_, c, _) => Respond.TooManyRequests(c, retryAfter: "1"), 4, 5,
            ["kept answering 429 Too Many Requests (5 attempts)", "(attempt 5/5)"], MinimumWaitSeconds: 10),

        new("500 Internal Server Error", (_, c, _) => Respond.Error(c, HttpStatusCode.InternalServerError, "\"Internal server error: upstream timeout\""), 4, 1,
            ["HighLevel failed: 500 Internal Server Error (Internal server error: upstream timeout). The fault is on HighLevel's side"]),

        new("502 Bad Gateway page every time", (_, c, _) => Respond.Body(c, HttpStatusCode.BadGateway, "text/html", GatewayPage), 4, 5,
            ["HighLevel failed: 502 Bad Gateway (text/html, 141 bytes: \"<html><head><title>502 Bad Gateway</title>", "(5 attempts)", "502 Bad Gateway, retrying in"]),

        new("503 twice, then success", (s, c, n) => n <= 2 ? Respond.Error(c, HttpStatusCode.ServiceUnavailable, "\"Service Unavailable\"") : s.ServeAsDocumented(c), 0, 3,
            ["503 Service Unavailable, retrying in", "(attempt 3/5)"], SnapshotAfter.Expected),

        new("504 Gateway Timeout every time", (_, c, _) => Respond.Error(c, HttpStatusCode.GatewayTimeout, "\"Gateway Timeout\""), 4, 5,
            ["HighLevel failed: 504 Gateway Timeout (5 attempts)"]),

        new("hang past the timeout", (s, c, _) => Respond.Hang(c, s), 4, 5,
            ["HighLevel did not answer within 0.5 s (5 attempts in a row)", "--timeout", "no answer within 0.5 s, retrying in"], TimeoutSeconds: 0.5),

        new("reset connection", (_, c, _) => Respond.Reset(c), 4, 5,
            ["could not get the links from http://127.0.0.1:", "the connection was reset", "(5 attempts)"]),

        new("200 cut off mid-transfer", (s, c, _) => Respond.CutOff(c, TestLinks.ResponseJson(s.Links)[..100], promised: 4000), 4, 5,
            ["could not get the links from http://127.0.0.1:", "(5 attempts)"]),

        new("200 with HTML", (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "text/html; charset=utf-8", LoginPage), 4, 1,
            ["HighLevel answered 200 OK with something that is not a Links response: it is not JSON", "text/html; charset=utf-8, 116 bytes: \"<!DOCTYPE html>"]),

        new("200 with HTML echoing the token across the sample's end", (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "text/html", LoginPage.PadRight(110, ' ') + FakeHighLevel.Token + "</form>"), 4, 1,
            ["it is not JSON", "[redacted]"]),

        new("200 truncated JSON", (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson(s.Links)[..150]), 4, 1,
            ["not a Links response: the JSON is not valid here", "application/json, 150 bytes: \"{\\\"links\\\":[{\\\"id\\\":\\\"sTpkr0cStY4qWB8dWKnH\\\""]),

        new("200 with the wrong shape", (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", "{\"data\":[{\"id\":\"n4AriwEnFrGh3tu08W0U\"}]}"), 4, 1,
            ["not a Links response: the JSON object has no \"links\" array", "{\\\"data\\\":[{"]),

        new("200 with a link whose name is a number", (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", "{\"links\":[{\"id\":\"n4AriwEnFrGh3tu08W0U\",\"name\":42}]}"), 4, 1,
            ["not a Links response: the JSON is not valid here", "$.links[0].name"]),

        new("200 with a link without an id", (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", "{\"links\":[{\"name\":\"Orphan\",\"redirectTo\":\"https://x.example/\"}]}"), 4, 1,
            ["links[0] (named \"Orphan\") has no id"]),

        new("200 with an empty body", (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", ""), 4, 1,
            ["not a Links response: the body is empty", "application/json, an empty body"]),

        new("302 redirect to a login page", (_, c, _) =>
            {
                c.Response.Headers.Location = "https://marketplace.gohighlevel.com/oauth/chooselocation";
                return Respond.Body(c, HttpStatusCode.Found, "text/html", "Found");
            }, 4, 1,
            ["HighLevel answered 302 Found with something that is not a Links response: it redirects to \"https://marketplace.gohighlevel.com/oauth/chooselocation\""]),

        new("10,000 links", null, 0, 1,
            ["10000 links of location ve9EPM428h8vShlRW1KT (10000 added, 5 removed)"], SnapshotAfter.Replaced, Links: TestLinks.Many(10_000), LinkCount: 10_000),
    ];

    public static IEnumerable<object[]> Names => NamesWhere(_ => true);

    /// <summary>The names of the scenarios <paramref name="keep"/> selects, as theory data.</summary>
    public static IEnumerable<object[]> NamesWhere(Func<Scenario, bool> keep) => All.Where(keep).Select(s => new object[] { s.Name });

    public static Scenario Named(string name) => All.Single(s => s.Name == name);
}
