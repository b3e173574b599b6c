using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>Shorthands for running the tool in-process against a fake server from a test folder.</summary>
internal static class Ghl
{
    /// <summary>GHL_TOKEN set to the fake server's token, plus <paramref name="more"/>.</summary>
    public static Dictionary<string, string?> Environment(params (string Name, string? Value)[] more)
    {
        var environment = new Dictionary<string, string?> { ["GHL_TOKEN"] = FakeHighLevel.Token };
        foreach (var (name, value) in more)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>Runs <paramref name="args"/> (a command first) with <c>--base-url</c> pointing at <paramref name="server"/>.</summary>
    public static Task<ToolRun> RunAsync(TempFolder folder, FakeHighLevel server, params string[] args) =>
        RunAsync(folder, server, Environment(), new RecordingClock(), args);

    public static Task<ToolRun> RunAsync(TempFolder folder, FakeHighLevel server, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunAsync(folder, server, environment, new RecordingClock(), args);

    public static Task<ToolRun> RunAsync(TempFolder folder, FakeHighLevel server, IReadOnlyDictionary<string, string?> environment, RecordingClock clock, params string[] args) =>
        InProcessTool.RunAsync(folder.Path, environment, clock, [.. args, "--base-url", server.BaseUrl]);

    /// <summary>
    /// One run in a fresh folder (holding <paramref name="snapshot"/> when given) against a fresh server serving as
    /// documented; checks that the token leaked nowhere, and returns what the server saw and the snapshot afterwards.
    /// </summary>
    public static async Task<OneRun> OnceAsync(string? snapshot, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        await using FakeHighLevel server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        if (snapshot is not null)
        {
            folder.Write("links.snapshot.json", snapshot);
        }

        ToolRun run = await RunAsync(folder, server, environment, args);
        run.AssertNoToken(folder);
        return new OneRun(run, server.Requests, System.IO.File.Exists(folder.SnapshotPath) ? folder.ReadText() : null);
    }

    public static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}

/// <summary>A run, the requests the server saw, and the snapshot's text afterwards (null when there is none).</summary>
internal sealed record OneRun(ToolRun Run, IReadOnlyList<RecordedRequest> Requests, string? Snapshot);
