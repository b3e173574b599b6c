using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>
/// One folder and one fake HighLevel that a test changes between runs of the tool, the way a snapshot's history builds
/// up over many pulls. Every run asks for <see cref="FakeHighLevel.Location"/> and is checked for the token.
/// </summary>
internal sealed class ToolSession : IAsyncDisposable
{
    private readonly IToolRunner _runner;

    private ToolSession(FakeHighLevel server, IToolRunner runner)
    {
        Server = server;
        _runner = runner;
    }

    public FakeHighLevel Server { get; }

    public TempFolder Folder { get; } = new();

    /// <summary>What the server serves from now on.</summary>
    public IReadOnlyList<TestLink> Links
    {
        get => Server.Links;
        set => Server.Links = value;
    }

    /// <summary>The snapshot's text now.</summary>
    public string Snapshot => Folder.ReadText();

    public static async Task<ToolSession> StartAsync(IToolRunner? runner = null) => new(await FakeHighLevel.StartAsync(), runner ?? InProcessTool.Instance);

    public Task<ToolRun> PullAsync(params string[] args) => RunAsync("pull", args);

    public Task<ToolRun> CheckAsync(params string[] args) => RunAsync("check", args);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Folder.Dispose();
    }

    private async Task<ToolRun> RunAsync(string command, string[] args)
    {
        ToolRun run = await _runner.RunAsync(Folder.Path, Ghl.Environment(), [command, "--location-id", FakeHighLevel.Location, "--base-url", Server.BaseUrl, .. args]);
        run.AssertNoToken(Folder);
        return run;
    }
}
