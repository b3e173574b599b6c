using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Scenarios;

/// <summary>
/// The ways HighLevel (or the network) can answer that docs/ghl-links.md describes: successes, refusals, rate limits,
/// failures worth a retry, and answers that are not a Links response. Every scenario runs in-process; the installed tool
/// runs those a real clock gets through quickly (see <see cref="Scenario.NeedsClock"/>). Each starts from a folder holding
/// <see cref="TestLinks.PreviousSnapshot"/> and runs <c>pull</c> (and <c>check</c>) for <see cref="FakeHighLevel.Location"/>.
/// </summary>
internal static class ScenarioTable
{
    private const string GatewayPage = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>";

    private const string LoginPage = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in</title></head><body><form action=\"/login\">";

    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("success: unsorted links with extra fields", Respond: null,
            ExitCode: 0, Requests: 1,
            Expect: ["Updated links.snapshot.json: 5 links of location ve9EPM428h8vShlRW1KT (1 added, 1 deleted, 1 renamed, 1 re-targeted)",
                     "+ added        \"Book a Call – Dr. Müller\" (U8JZpDE0iGXlD6gNCFba)",
                     "- deleted      \"Leave a Review\" (OCj2ISaJiHkTj0rLGlko): TriggerLinks.LeaveAReview stays as an error (CS0619: deleted from HighLevel); a hard-coded field of it is LNK004",
                     "~ renamed      \"Summer Sale 2024\" -> \"Summer Sale 2025\" (EPFjbD0kH8Oool8DklZD): TriggerLinks.SummerSale2024 -> TriggerLinks.SummerSale2025; SummerSale2024 stays as an obsolete alias (warning CS0618)",
                     "> re-targeted  \"first tag\" (n4AriwEnFrGh3tu08W0U): \"https://www.google.com/\" -> \"https://www.google.com/search\""],
            Snapshot: SnapshotAfter.Expected),

        new("success: text/json, the older name of application/json", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "text/json", TestLinks.ResponseJson(s.Links)),
            ExitCode: 0, Requests: 1,
            Expect: ["Updated links.snapshot.json: 5 links of location ve9EPM428h8vShlRW1KT"],
            Snapshot: SnapshotAfter.Expected),

        new("400 Bad Request", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.BadRequest, "\"Bad Request\""),
            ExitCode: 3, Requests: 1,
            Expect: ["HighLevel refused the request: 400 Bad Request. Check the location id ve9EPM428h8vShlRW1KT"]),

        new("401 Unauthorized, echoing the token", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.Unauthorized, JsonSerializer.Serialize($"Invalid token: {FakeHighLevel.Token} is expired"), "Unauthorized"),
            ExitCode: 3, Requests: 1,
            Expect: ["401 Unauthorized (Invalid token: [redacted] is expired)", "invalid or expired", "Settings > Private Integrations", "export it as GHL_TOKEN"]),

        new("401 echoing the token in full-width letters, a soft hyphen between each", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.Unauthorized, JsonSerializer.Serialize($"Invalid token: {string.Join("\u00AD", FakeHighLevel.Token.Select(ch => ch is >= '!' and <= '~' ? (char)(ch + 0xFEE0) : ch))} is expired"), "Unauthorized"),
            ExitCode: 3, Requests: 1,
            Expect: ["401 Unauthorized (Invalid token: [redacted] is expired)"]),

        new("403 Forbidden", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.Forbidden, "\"You do not have permission to access this resource\"", "Forbidden"),
            ExitCode: 3, Requests: 1,
            Expect: ["403 Forbidden (You do not have permission to access this resource)", "lacks the links.readonly scope or belongs to another location"]),

        new("404 Not Found", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.NotFound, "\"Cannot GET /links/\"", "Not Found"),
            ExitCode: 3, Requests: 1,
            Expect: ["404 Not Found (Cannot GET /links/)", "Check --base-url"]),

        new("422 with a message array", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.UnprocessableEntity, "[\"locationId must be a string\",\"locationId should not be empty\"]", "Unprocessable Entity"),
            ExitCode: 3, Requests: 1,
            Expect: ["422 Unprocessable Entity (locationId must be a string; locationId should not be empty)"]),

        // Not a sentence but a page: quoted by its start and end, so the refusal and its advice stay readable.
        new("400 with a message of 5,000 characters", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.BadRequest, JsonSerializer.Serialize("Start" + new string('x', 4990) + "Final"), "Bad Request"),
            ExitCode: 3, Requests: 1,
            Expect: ["400 Bad Request (Start" + new string('x', 844) + "…" + new string('x', 145) + "Final)"]),

        // A message that is no text: the JSON parser takes both, reading the string throws. Still a refusal, with its advice.
        new("401 whose message is an escaped lone surrogate", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.Unauthorized, "\"\\ud800 expired\"", "Unauthorized"),
            ExitCode: 3, Requests: 1,
            Expect: ["HighLevel rejected the token: 401 Unauthorized (application/json", "invalid or expired"]),

        new("401 whose message is not UTF-8", Respond: (_, c, _) => Respond.Bytes(c, HttpStatusCode.Unauthorized, "application/json", [.. "{\"message\":\""u8, 0xFF, 0xFE, .. "\"}"u8]),
            ExitCode: 3, Requests: 1,
            Expect: ["HighLevel rejected the token: 401 Unauthorized (application/json", "invalid or expired"]),

        new("418, a status HighLevel does not document", Respond: (_, c, _) => Respond.Error(c, (HttpStatusCode)418, "\"I'm a teapot\"", "I'm a teapot"),
            ExitCode: 3, Requests: 1,
            Expect: ["HighLevel refused the request: 418", "an answer HighLevel does not document for it. Check --base-url", "the location id ve9EPM428h8vShlRW1KT (from", "ask HighLevel's support"]),

        new("429 with Retry-After, then success", Respond: (s, c, n) => n == 1 ? Respond.TooManyRequests(c, retryAfter: "3", intervalMilliseconds: 1000) : s.ServeAsDocumented(c),
            ExitCode: 0, Requests: 2,
            Expect: ["429 Too Many Requests, retrying in 3", "(attempt 2/5)"], Snapshot: SnapshotAfter.Expected, MinimumWaitSeconds: 3),

        new("429 with only the rate-limit headers, then success", Respond: (s, c, n) => n == 1 ? Respond.TooManyRequests(c) : s.ServeAsDocumented(c),
            ExitCode: 0, Requests: 2,
            Expect: ["429 Too Many Requests, retrying in 1", "(attempt 2/5)"], Snapshot: SnapshotAfter.Expected, MinimumWaitSeconds: 10),

        new("429 with the daily quota exhausted", Respond: (_, c, _) => Respond.TooManyRequests(c, retryAfter: "1", dailyRemaining: 0, dailyReset: "3600000"),
            ExitCode: 4, Requests: 1,
            Expect: ["daily API quota for this app and location is used up", "x-ratelimit-daily-remaining: 0", "It resets at", "(in 60 min)", "did not retry"]),

        new("429 with the daily quota exhausted and a reset time that is no number", Respond: (_, c, _) => Respond.TooManyRequests(c, retryAfter: "1", dailyRemaining: 0, dailyReset: "soon"),
            ExitCode: 4, Requests: 1,
            Expect: ["daily API quota for this app and location is used up", "HighLevel did not say when it resets (no usable x-ratelimit-daily-reset header)", "did not retry"]),

        new("429 every time", Respond: (_, c, _) => Respond.TooManyRequests(c, retryAfter: "1"),
            ExitCode: 4, Requests: 5,
            Expect: ["kept answering 429 Too Many Requests (5 attempts)", "(attempt 5/5)"], MinimumWaitSeconds: 10),

        new("500 echoing the token cut short", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.InternalServerError, JsonSerializer.Serialize($"error near {FakeHighLevel.Token[..^9]}")),
            ExitCode: 4, Requests: 1,
            Expect: ["HighLevel failed: 500 Internal Server Error (error near [redacted])"]),

        new("422 splitting the token across its messages", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.UnprocessableEntity, JsonSerializer.Serialize(new[] { FakeHighLevel.Token[..19], FakeHighLevel.Token[19..] }), "Unprocessable Entity"),
            ExitCode: 3, Requests: 1,
            Expect: ["422 Unprocessable Entity ([redacted])"]),

        new("422 cutting the token into messages too short to mask alone", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.UnprocessableEntity, JsonSerializer.Serialize(FakeHighLevel.Token.Chunk(7).Select(piece => new string(piece))), "Unprocessable Entity"),
            ExitCode: 3, Requests: 1,
            Expect: ["422 Unprocessable Entity ([redacted])"]),

        new("401 whose message is an object holding the token behind JSON escapes", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.Unauthorized, $"{{\"detail\":\"Invalid token {JsonEscaped(FakeHighLevel.Token)}\",\"code\":17}}", "Unauthorized"),
            ExitCode: 3, Requests: 1,
            Expect: ["401 Unauthorized (detail: Invalid token [redacted]; code: 17)"]),

        new("401 echoing the token in UTF-16", Respond: (_, c, _) => Respond.Bytes(c, HttpStatusCode.Unauthorized, "application/json", System.Text.Encoding.Unicode.GetBytes($"{{\"message\":\"Bearer {FakeHighLevel.Token}\"}}")),
            ExitCode: 3, Requests: 1,
            Expect: ["401 Unauthorized (application/json, 122 bytes (not shown: it may hold a token))"]),

        new("401 quoting the Authorization header back in base64, wrapped at 16 columns", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.Unauthorized, JsonSerializer.Serialize($"Bad header {Wrapped(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Bearer {FakeHighLevel.Token}")), 16)}"), "Unauthorized"),
            ExitCode: 3, Requests: 1,
            Expect: ["401 Unauthorized (Bad header QmVhcmVyIH[redacted]I=)"]),

        new("503 page echoing the token as character references", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.ServiceUnavailable, "text/html", $"<p>Bearer {string.Concat(FakeHighLevel.Token.Select(ch => $"&#{(int)ch};"))}</p>"),
            ExitCode: 4, Requests: 5,
            Expect: ["503 Service Unavailable (text/html, 224 bytes (not shown: it may hold a token))"]),

        new("500 Internal Server Error", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.InternalServerError, "\"Internal server error: upstream timeout\""),
            ExitCode: 4, Requests: 1,
            Expect: ["HighLevel failed: 500 Internal Server Error (Internal server error: upstream timeout). The fault is on HighLevel's side"]),

        new("502 Bad Gateway page every time", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.BadGateway, "text/html", GatewayPage),
            ExitCode: 4, Requests: 5,
            Expect: ["HighLevel failed: 502 Bad Gateway (text/html, 141 bytes: \"<html><head><title>502 Bad Gateway</title>", "(5 attempts)", "502 Bad Gateway, retrying in"]),

        new("503 twice, then success", Respond: (s, c, n) => n <= 2 ? Respond.Error(c, HttpStatusCode.ServiceUnavailable, "\"Service Unavailable\"") : s.ServeAsDocumented(c),
            ExitCode: 0, Requests: 3,
            Expect: ["503 Service Unavailable, retrying in", "(attempt 3/5)"], Snapshot: SnapshotAfter.Expected),

        new("504 Gateway Timeout every time", Respond: (_, c, _) => Respond.Error(c, HttpStatusCode.GatewayTimeout, "\"Gateway Timeout\""),
            ExitCode: 4, Requests: 5,
            Expect: ["HighLevel failed: 504 Gateway Timeout (5 attempts)"]),

        new("hang past the timeout", Respond: (s, c, _) => Respond.Hang(c, s),
            ExitCode: 4, Requests: 5,
            Expect: ["HighLevel did not answer within 1 s (5 attempts in a row)", "--timeout", "no answer within 1 s, retrying in"], TimeoutSeconds: 1),

        new("headers, then the body a byte every half second", Respond: (s, c, _) => Respond.Trickle(c, s, TestLinks.ResponseJson(s.Links)),
            ExitCode: 4, Requests: 5,
            Expect: ["HighLevel's answer did not complete within 1 s (5 attempts in a row): it began, but its body came too slowly", "--timeout",
                     "the answer did not complete within 1 s, retrying in"], TimeoutSeconds: 1),

        new("headers past 64 KB", Respond: (s, c, _) =>
            {
                c.Response.Headers["X-Padding"] = new string('a', 70_000);
                return s.ServeAsDocumented(c);
            },
            ExitCode: 4, Requests: 1,
            Expect: ["answered with more headers than the tool reads"]),

        new("reset connection", Respond: (_, c, _) => Respond.Reset(c),
            ExitCode: 4, Requests: 5,
            Expect: ["could not get the links from http://127.0.0.1:", "the connection was reset", "(5 attempts)"]),

        new("200 cut off mid-transfer", Respond: (s, c, _) => Respond.CutOff(c, TestLinks.ResponseJson(s.Links)[..100], promised: 4000),
            ExitCode: 4, Requests: 5,
            Expect: ["could not get the links from http://127.0.0.1:", "(5 attempts)"]),

        new("200 with HTML", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "text/html; charset=utf-8", LoginPage),
            ExitCode: 4, Requests: 1,
            Expect: ["HighLevel answered 200 OK with something that is not a Links response: its content type is \"text/html\", not JSON", "text/html; charset=utf-8, 116 bytes: \"<!DOCTYPE html>"]),

        new("200 with a Content-Type that does not parse as one type", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "text/html, application/json", TestLinks.ResponseJson(s.Links)),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: its content type is \"text/html, application/json\", not JSON", "\"text/html, application/json\", "]),

        new("200 with two Content-Type lines, JSON's first", Respond: (s, c, _) =>
            {
                c.Response.Headers.ContentType = new Microsoft.Extensions.Primitives.StringValues(["application/json", "text/html"]);
                return Respond.Body(c, HttpStatusCode.OK, null, TestLinks.ResponseJson(s.Links));
            },
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: its content type is \"application/json, text/html\", not JSON"]),

        new("200 with HTML echoing the token across the sample's end", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "text/html", LoginPage.PadRight(110, ' ') + FakeHighLevel.Token + "</form>"),
            ExitCode: 4, Requests: 1,
            Expect: ["its content type is \"text/html\", not JSON", "[redacted]"]),

        new("200 truncated JSON", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson(s.Links)[..150]),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: the JSON is not valid here", "application/json, 150 bytes: \"{\\\"links\\\":[{\\\"id\\\":\\\"sTpkr0cStY4qWB8dWKnH\\\""]),

        new("200 with the wrong shape", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", "{\"data\":[{\"id\":\"n4AriwEnFrGh3tu08W0U\"}]}"),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: the JSON object has no \"links\" array", "{\\\"data\\\":[{"]),

        new("200 with a link whose name is a number", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", "{\"links\":[{\"id\":\"n4AriwEnFrGh3tu08W0U\",\"name\":42}]}"),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: the JSON is not valid here", "$.links[0].name"]),

        new("200 with a link without an id", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", "{\"links\":[{\"name\":\"Orphan\",\"redirectTo\":\"https://x.example/\"}]}"),
            ExitCode: 4, Requests: 1,
            Expect: ["links[0] (named \"Orphan\") has no id"]),

        new("200 with one id twice, under two names", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json",
                "{\"links\":[{\"id\":\"n4AriwEnFrGh3tu08W0U\",\"name\":\"b\"},{\"id\":\"Zz9AriwEnFrGh3tu08W0\",\"name\":\"c\"},{\"id\":\"n4AriwEnFrGh3tu08W0U\",\"name\":\"b2\"}]}"),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: links[2] and links[0] have the same id \"n4AriwEnFrGh3tu08W0U\""]),

        new("200 with one link twice, word for word", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json",
                "{\"links\":[{\"_id\":\"n4AriwEnFrGh3tu08W0U\",\"name\":\"b\"},{\"id\":\"n4AriwEnFrGh3tu08W0U\",\"name\":\"b\"}]}"),
            ExitCode: 4, Requests: 1,
            Expect: ["links[1] and links[0] have the same id \"n4AriwEnFrGh3tu08W0U\""]),

        new("200 with a link of another location", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json",
                "{\"links\":[{\"id\":\"n4AriwEnFrGh3tu08W0U\",\"name\":\"b\",\"locationId\":\"ve9EPM428h8vShlRW1KT\"},{\"id\":\"Zz9AriwEnFrGh3tu08W0\",\"name\":\"c\",\"locationId\":\"Other\\u001b[2JLocation\"}]}"),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: links[1] belongs to another location, \"Other\\u001b[2JLocation\", not ve9EPM428h8vShlRW1KT"]),

        new("200 whose links do not name their location", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson(s.Links, location: null)),
            ExitCode: 0, Requests: 1,
            Expect: ["Updated links.snapshot.json: 5 links of location ve9EPM428h8vShlRW1KT (1 added, 1 deleted, 1 renamed, 1 re-targeted)"],
            Snapshot: SnapshotAfter.Expected),

        new("200 that says it is one page of more", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson([.. s.Links.Take(2)])[..^1] + ",\"totalCount\":5}"),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: it says there are 5 links (\"totalCount\") but holds 2: it is one page of them, and taken for all, the links of the other pages would be recorded as deleted"]),

        new("200 whose meta names a next page", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson(s.Links)[..^1] + ",\"meta\":{\"total\":null,\"currentPage\":1,\"nextPage\":2}}"),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: it names a next page (\"meta.nextPage\")", "Get Links answers every link at once"]),

        new("200 that says it has more, with its count in quotes", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson([.. s.Links.Take(2)])[..^1] + ",\"total\":\" 3.0\"}"),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: it says there are 3 links (\"total\") but holds 2"]),

        new("200 that says it has more than a number holds", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson([.. s.Links.Take(2)])[..^1] + ",\"meta\":{\"total\":1e400}}"),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: it says there are 1e400 links (\"meta.total\") but holds 2"]),

        new("200 that says it has more", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson(s.Links)[..^1] + ",\"hasMore\":true}"),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: it names a next page (\"hasMore\")"]),

        new("200 whose counts and pages say it is the only page", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json",
                TestLinks.ResponseJson(s.Links)[..^1] + ",\"totalCount\":5,\"total\":\"many\",\"nextPage\":false,\"hasMore\":false,\"nextPageUrl\":[],\"meta\":{\"total\":\"5\",\"nextPage\":null,\"nextPageUrl\":\"\",\"hasMore\":\"False\",\"currentPage\":1}}"),
            ExitCode: 0, Requests: 1,
            Expect: ["Updated links.snapshot.json: 5 links of location ve9EPM428h8vShlRW1KT"],
            Snapshot: SnapshotAfter.Expected),

        new("200 whose meta is no object", Respond: (s, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", TestLinks.ResponseJson(s.Links)[..^1] + ",\"meta\":[\"page 1\"]}"),
            ExitCode: 0, Requests: 1,
            Expect: ["Updated links.snapshot.json: 5 links of location ve9EPM428h8vShlRW1KT"],
            Snapshot: SnapshotAfter.Expected),

        new("200 with an empty body", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.OK, "application/json", ""),
            ExitCode: 4, Requests: 1,
            Expect: ["not a Links response: the body is empty", "application/json, an empty body"]),

        new("302 redirect to a login page", Respond: (_, c, _) =>
            {
                c.Response.Headers.Location = "https://marketplace.gohighlevel.com/oauth/chooselocation";
                return Respond.Body(c, HttpStatusCode.Found, "text/html", "Found");
            },
            ExitCode: 4, Requests: 1,
            Expect: ["HighLevel answered 302 Found with something that is not a Links response: it redirects to \"https://marketplace.gohighlevel.com/oauth/chooselocation\"",
                     "HighLevel's API does not redirect, so --base-url is wrong: check it (default base URL https://services.leadconnectorhq.com"]),

        new("304 from a cache in between", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.NotModified, null, ""),
            ExitCode: 4, Requests: 1,
            Expect: ["HighLevel answered 304 Not Modified with something that is not a Links response: it says the answer is not modified, an answer only to a request that names a cached copy, which the tool never sends",
                     "If --base-url points at a proxy, check that it forwards to HighLevel"]),

        // Part of the links, read as all of them, would make the rest deletions.
        new("206 part of the links", Respond: (_, c, _) => Respond.Body(c, HttpStatusCode.PartialContent, "application/json", TestLinks.ResponseJson(TestLinks.Current.Take(1).ToList())),
            ExitCode: 4, Requests: 1,
            Expect: ["HighLevel answered 206 Partial Content with something that is not a Links response: it holds part of an answer, an answer only to a request for a range of it, which the tool never sends",
                     "If --base-url points at a proxy, check that it forwards to HighLevel"]),

        new("226 changes to an earlier answer", Respond: (_, c, _) => Respond.Body(c, (HttpStatusCode)226, "application/json", TestLinks.ResponseJson(TestLinks.Current)),
            ExitCode: 4, Requests: 1,
            Expect: ["HighLevel answered 226 IM Used with something that is not a Links response: it holds changes to an earlier answer, an answer only to a request that names that answer, which the tool never sends"]),

        new("999, a status HTTP does not have", Respond: (_, c, _) => Respond.Body(c, (HttpStatusCode)999, "application/json", "{\"message\":\"Request denied\"}"),
            ExitCode: 4, Requests: 1,
            Expect: ["HighLevel answered 999 with something that is not a Links response: its status is none HTTP has (they run from 100 to 599)"]),

        new("10,000 links", Respond: null,
            ExitCode: 0, Requests: 1,
            Expect: ["10000 links of location ve9EPM428h8vShlRW1KT (10000 added, 5 deleted)"], Snapshot: SnapshotAfter.Replaced, Links: TestLinks.Many(10_000), LinkCount: 10_000),
    ];

    public static IEnumerable<object[]> Names => NamesWhere(_ => true);

    /// <summary>The names of the scenarios <paramref name="keep"/> selects, as theory data.</summary>
    public static IEnumerable<object[]> NamesWhere(Func<Scenario, bool> keep) => All.Where(keep).Select(s => new object[] { s.Name });

    public static Scenario Named(string name) => All.Single(s => s.Name == name);

    /// <summary>Every character of <paramref name="text"/> as a JSON escape (<c>\u0070</c>), as a server may write it.</summary>
    private static string Wrapped(string text, int width) => string.Join('\n', text.Chunk(width).Select(line => new string(line)));

    private static string JsonEscaped(string text) => string.Concat(text.Select(c => $"\\u{(int)c:x4}"));
}
