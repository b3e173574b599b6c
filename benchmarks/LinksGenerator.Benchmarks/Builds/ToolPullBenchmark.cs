using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Snapshot;
using LinksGenerator.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>What one `ghl-links pull` cost: which pull, links written, requests the server saw, peak resident memory, wall time.</summary>
public sealed record ToolPullResult(string Pull, int Links, int Requests, long PeakKilobytes, TimeSpan Elapsed, bool SnapshotComplete);

/// <summary>
/// The packed tool, installed with `dotnet tool install --tool-path` as users do, pulling from a loopback Kestrel server
/// that answers GET /links/ (and, for an agency, POST /oauth/locationToken) like HighLevel: a first pull of 10,000 links,
/// a refresh of 10,000 links of which 100 were renamed and 100 deleted (so the snapshot gains history), and an agency's
/// 50 locations of 1,000 links each through the agency token. Peak memory is the process's maximum resident set size as
/// GNU time reports it.
/// </summary>
public static class ToolPullBenchmark
{
    private const string Location = "ve9EPM428h8vShlRW1KT";
    private const string CompanyId = "Cmp7BenchAgency00001";

    /// <summary>A first pull of <paramref name="links"/> links of one location.</summary>
    public static Task<ToolPullResult> Run(LocalPackageFeed feed, int links) =>
        PullAsync(
            feed,
            $"{links:N0} links, first pull",
            new Dictionary<string, byte[]> { [Location] = Body(Location, Enumerable.Range(0, links).Reverse().Select(Link)) },
            snapshot: null,
            ["--location-id", Location],
            document => document.Links.Count == links);

    /// <summary>A pull over a snapshot of <paramref name="links"/> links, after HighLevel renamed and deleted some of them.</summary>
    public static Task<ToolPullResult> RunRefresh(LocalPackageFeed feed, int links, int renamed, int deleted)
    {
        // Every hundredth link from 1 is gone, every hundredth from 2 renamed (for 10,000 links: 100 each).
        bool IsDeleted(int i) => i % 100 == 1 && i / 100 < deleted;
        bool IsRenamed(int i) => i % 100 == 2 && i / 100 < renamed;
        IEnumerable<ApiLink> live = Enumerable.Range(0, links).Reverse().Where(i => !IsDeleted(i))
            .Select(i => IsRenamed(i) ? Link(i) with { Name = $"Campaign {i} landing page (spring)" } : Link(i));
        return PullAsync(
            feed,
            $"{links:N0} links, refresh: {renamed} renamed, {deleted} deleted",
            new Dictionary<string, byte[]> { [Location] = Body(Location, live) },
            SyntheticSnapshot.Create(links),
            [],
            document => document.Links.Count == links - deleted && document.DeletedLinks.Count == deleted && document.Links.Count(l => l.FormerNames.Count > 0) == renamed);
    }

    /// <summary>
    /// A pull of <paramref name="locations"/> locations of <paramref name="linksEach"/> links, every token exchanged for
    /// with the agency token: the first (no snapshot yet), or with <paramref name="refresh"/> the everyday one, over the
    /// snapshot of those same links (so it reads 50,000 links from disk as well, and writes nothing). The locations are
    /// clones of one template, as an agency's usually are (each link's name and URL the same in every location, its id
    /// not), or with <paramref name="distinctText"/> each location's names and URLs its own.
    /// </summary>
    public static Task<ToolPullResult> RunAgency(LocalPackageFeed feed, int locations, int linksEach, bool refresh = false, bool distinctText = false)
    {
        // 20-character ids like HighLevel's, each location's links distinct from every other's.
        var ids = Enumerable.Range(0, locations).Select(l => "Loc" + l.ToString("D17", CultureInfo.InvariantCulture)).ToList();
        List<ApiLink> LinksOf(string id) => Enumerable.Range(0, linksEach).Reverse().Select(i => Link(i) with { Id = "A" + id[^3..] + i.ToString("D16", CultureInfo.InvariantCulture), LocationId = id })
            .Select(link => distinctText ? link with { Name = $"{link.Name} ({id})", RedirectTo = link.RedirectTo.Replace("/campaigns/", $"/{id}/campaigns/", StringComparison.Ordinal) } : link)
            .ToList();
        var bodies = ids.ToDictionary(id => id, id => Body(id, LinksOf(id)));
        string[] args = ids.SelectMany((id, l) => new[] { "--location", $"Branch {l + 1}={id}" }).ToArray();
        string? snapshot = refresh
            ? SnapshotWriter.WriteLocations(ids.Select((id, l) => new SnapshotLocationEntry(
                $"Branch {l + 1}",
                id,
                LinksOf(id).Select(link => new SnapshotEntry(link.Id, link.Name, link.RedirectTo, MergeField.For(link.Id))).ToList(),
                [])))
            : null;
        return PullAsync(
            feed,
            $"{locations} locations × {linksEach:N0} links{(distinctText ? " (each its own names and URLs)" : " (cloned)")}, agency token{(refresh ? ", refresh (nothing changed)" : "")}",
            bodies,
            snapshot,
            args,
            document => document.Locations?.Count == locations && document.Locations.All(l => l.Links.Count == linksEach));
    }

    private static async Task<ToolPullResult> PullAsync(
        LocalPackageFeed feed,
        string pull,
        Dictionary<string, byte[]> bodies,
        string? snapshot,
        string[] args,
        Func<SnapshotDocument, bool> complete)
    {
        string tool = await Install(feed);
        int requests = 0;
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using WebApplication server = builder.Build();
        server.MapGet("/links/", async (HttpContext context) =>
        {
            Interlocked.Increment(ref requests);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(bodies[context.Request.Query["locationId"].ToString()]);
        });
        server.MapPost("/oauth/locationToken", async (HttpContext context) =>
        {
            Interlocked.Increment(ref requests);
            IFormCollection form = await context.Request.ReadFormAsync();
            await context.Response.WriteAsJsonAsync(new { access_token = "bench-location-token-" + form["locationId"], token_type = "Bearer", expires_in = 86399, locationId = form["locationId"].ToString() });
        });
        await server.StartAsync();

        string workspace = feed.NewWorkspace("pull");
        string output = Path.Combine(workspace, "links.snapshot.json");
        if (snapshot is not null)
        {
            await File.WriteAllTextAsync(output, snapshot);
        }

        var environment = new Dictionary<string, string>(feed.Environment)
        {
            ["GHL_TOKEN"] = "pit-benchmark-4d7a-4c1e-9b3f-0a5d8e7c6b42", // as long as a real one: ghl-links refuses a token under 16 characters
            ["GHL_AGENCY_TOKEN"] = "pit-benchmark-agency-91d7-4f3e-8a6b-5c7d9e1f2a3b",
            ["GHL_COMPANY_ID"] = CompanyId,
        };
        ProcessResult run = (await ProcessRunner.Run("/usr/bin/time", workspace, environment, ["-f", "PEAK_KB=%M", tool, "pull", .. args, "--base-url", server.Urls.First(), "--output", output]))
            .EnsureSuccess("ghl-links pull");
        long peak = long.Parse(run.Output.Split('\n').Last(l => l.StartsWith("PEAK_KB=", StringComparison.Ordinal))["PEAK_KB=".Length..].Trim(), CultureInfo.InvariantCulture);
        await server.StopAsync();

        SnapshotDocument? written = SnapshotReader.Read(await File.ReadAllTextAsync(output)).Document;
        int links = written?.Locations?.Sum(l => l.Links.Count) ?? written?.Links.Count ?? -1;
        return new ToolPullResult(pull, links, requests, peak, run.Elapsed, written is not null && complete(written));
    }

    /// <summary>The tool from the feed, installed once per feed.</summary>
    private static async Task<string> Install(LocalPackageFeed feed)
    {
        string toolPath = Path.Combine(feed.Root, "tools");
        string tool = Path.Combine(toolPath, "ghl-links");
        if (!File.Exists(tool))
        {
            (await ProcessRunner.Dotnet(feed.Root, feed.Environment, "tool", "install", "LinksGenerator.Tool", "--tool-path", toolPath, "--add-source", feed.FeedDirectory, "--version", feed.Version))
                .EnsureSuccess("dotnet tool install");
        }

        return tool;
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>A link as Get Links sends it.</summary>
    private static ApiLink Link(int i) => new(
        SyntheticSnapshot.Id(i),
        $"Campaign {i} landing page",
        $"https://example.com/campaigns/{i}?utm_source=sms&utm_medium=trigger-link",
        Location);

    /// <summary>A Get Links response body; every link's fieldKey is its id's, as HighLevel gives it.</summary>
    private static byte[] Body(string location, IEnumerable<ApiLink> links) =>
        JsonSerializer.SerializeToUtf8Bytes(new { Links = links.Select(l => l with { LocationId = location, FieldKey = MergeField.For(l.Id) }) }, Json);

    /// <summary>The properties of a link in a Get Links response.</summary>
    private sealed record ApiLink(string Id, string Name, string RedirectTo, string LocationId)
    {
        public string FieldKey { get; init; } = MergeField.For(Id);
    }
}
