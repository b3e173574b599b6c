using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>
/// Runs the tool's real entry point in the test process, with its own writers, environment and a
/// <see cref="RecordingClock"/> (so retry waits are recorded, not slept). HTTP goes over real loopback sockets.
/// </summary>
internal sealed class InProcessTool : IToolRunner
{
    public static InProcessTool Instance { get; } = new();

    /// <summary>The most bytes of a Links response the tool reads (<see cref="ToolHost.LinksResponseLimit"/>).</summary>
    public int LinksResponseLimit { get; init; } = LinksResponseReader.DefaultLimit;

    /// <summary>The most bytes of Links responses one run holds, every location's together (<see cref="ToolHost.LinksAnswersLimit"/>).</summary>
    public long LinksAnswersLimit { get; init; } = Storage.BoundedFile.Limit;

    /// <summary>How long opening a connection may take (<see cref="ToolHost.ConnectTimeout"/>).</summary>
    public TimeSpan ConnectTimeout { get; init; } = ToolHost.DefaultConnectTimeout;

    /// <summary>The command the user ran the tool as (<see cref="ToolHost.Command"/>).</summary>
    public string Command { get; init; } = Output.InvokedCommand.Installed;

    /// <summary>Runs with a fresh clock; the run's <see cref="ToolRun.Waits"/> are what it recorded.</summary>
    public Task<ToolRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunHostAsync(workingDirectory, environment, new RecordingClock(), LinksResponseLimit, LinksAnswersLimit, ConnectTimeout, Command, args, CancellationToken.None);

    public static Task<ToolRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, RecordingClock clock, params string[] args) =>
        RunAsync(workingDirectory, environment, clock, CancellationToken.None, args);

    public static Task<ToolRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, RecordingClock clock, CancellationToken cancellationToken, params string[] args) =>
        RunHostAsync(workingDirectory, environment, clock, LinksResponseReader.DefaultLimit, Storage.BoundedFile.Limit, ToolHost.DefaultConnectTimeout, Output.InvokedCommand.Installed, args, cancellationToken);

    private static async Task<ToolRun> RunHostAsync(
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        RecordingClock clock,
        int linksResponseLimit,
        long linksAnswersLimit,
        TimeSpan connectTimeout,
        string command,
        string[] args,
        CancellationToken cancellationToken)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var host = new ToolHost
        {
            Out = stdout,
            Error = stderr,
            GetEnvironmentVariable = name => environment.TryGetValue(name, out string? value) ? value : null,
            GetEnvironmentVariableNames = () => environment.Keys,
            WorkingDirectory = workingDirectory,
            Clock = clock,

            // The middle of the jitter range: waits are reproducible, and still above what the server asked.
            NextRandom = () => 0.5,
            LinksResponseLimit = linksResponseLimit,
            LinksAnswersLimit = linksAnswersLimit,
            ConnectTimeout = connectTimeout,
            Command = command,
        };

        int exitCode = await GhlLinks.RunAsync(args, host, cancellationToken);
        return new ToolRun(exitCode, stdout.ToString(), stderr.ToString(), clock.Waits);
    }
}
