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

    public static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}
