using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>What one `ghl-links pull` of many links cost: requests the server saw, peak resident memory, wall time.</summary>
public sealed record ToolPullResult(int Links, int Requests, long PeakKilobytes, TimeSpan Elapsed, bool SnapshotComplete);

/// <summary>
/// The packed tool, installed with `dotnet tool install --tool-path` as users do, pulling 10,000 links from a loopback
/// Kestrel server that answers GET /links/ like HighLevel. Peak memory is the process's maximum resident set size as
/// GNU time reports it.
/// </summary>
public static class ToolPullBenchmark
{
    public static async Task<ToolPullResult> Run(LocalPackageFeed feed, int links)
    {
        string toolPath = Path.Combine(feed.Root, "tools");
        (await ProcessRunner.Dotnet(feed.Root, feed.Environment, "tool", "install", "LinksGenerator.Tool", "--tool-path", toolPath, "--add-source", feed.FeedDirectory, "--version", feed.Version))
            .EnsureSuccess("dotnet tool install");

        byte[] body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            links = Enumerable.Range(0, links).Reverse().Select(i => new
            {
                id = SyntheticSnapshot.Id(i),
                name = $"Campaign {i} landing page",
                redirectTo = $"https://example.com/campaigns/{i}?utm_source=sms&utm_medium=trigger-link",
                fieldKey = "{{trigger_link." + SyntheticSnapshot.Id(i) + "}}",
                locationId = "ve9EPM428h8vShlRW1KT",
            }),
        });
        int requests = 0;
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using WebApplication server = builder.Build();
        server.MapGet("/links/", async (HttpContext context) =>
        {
            Interlocked.Increment(ref requests);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(body);
        });
        await server.StartAsync();
        string baseUrl = server.Urls.First();

        string workspace = feed.NewWorkspace("pull");
        string output = Path.Combine(workspace, "links.snapshot.json");
        var environment = new Dictionary<string, string>(feed.Environment) { ["GHL_TOKEN"] = "benchmark-token" };
        ProcessResult pull = (await ProcessRunner.Run("/usr/bin/time", workspace, environment, "-f", "PEAK_KB=%M", Path.Combine(toolPath, "ghl-links"), "pull", "--location-id", "ve9EPM428h8vShlRW1KT", "--base-url", baseUrl, "--output", output))
            .EnsureSuccess("ghl-links pull");
        long peak = long.Parse(pull.Output.Split('\n').Last(l => l.StartsWith("PEAK_KB=", StringComparison.Ordinal))["PEAK_KB=".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await server.StopAsync();

        int written = LinksGenerator.Snapshot.SnapshotReader.Read(File.ReadAllText(output)).Document?.Links.Count ?? -1;
        return new ToolPullResult(links, requests, peak, pull.Elapsed, written == links);
    }
}
