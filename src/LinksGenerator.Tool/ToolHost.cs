using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool;

/// <summary>
/// Everything the tool touches outside itself: the console, the environment, the working folder, the clock that retry
/// waits run on, jitter, how HTTP connections are made, and how much of a response it holds in memory.
/// <see cref="FromProcess"/> is the real process; tests pass their own writers, variables and a fake clock, and run the
/// same code.
/// </summary>
internal sealed class ToolHost
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required Func<string, string?> GetEnvironmentVariable { get; init; }

    /// <summary>
    /// The names of the environment's variables, so every token in it (<c>GHL_TOKEN_&lt;NAME&gt;</c> of locations this run
    /// does not read included) can be masked from the first line the tool prints.
    /// </summary>
    public Func<IEnumerable<string>> GetEnvironmentVariableNames { get; init; } = static () => [];

    /// <summary>The command the user ran the tool as, which the advice it prints quotes (<see cref="Output.InvokedCommand"/>).</summary>
    public string Command { get; init; } = Output.InvokedCommand.Installed;

    /// <summary>Relative paths (<c>--output</c>, <c>--snapshot</c>) resolve against this folder.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>
    /// The clock retry waits and the overall time bound run on. Per-attempt timeouts always use real time: a fake clock
    /// here makes waits instant without making a slow server look fast.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>A value in [0, 1) for jitter.</summary>
    public Func<double> NextRandom { get; init; } = Random.Shared.NextDouble;

    /// <summary>
    /// How long opening a connection may take before the attempt counts as one that could not connect (and is retried);
    /// within the attempt's own --timeout, never beyond it. Tests lower it rather than wait half a minute.
    /// </summary>
    public TimeSpan ConnectTimeout { get; init; } = DefaultConnectTimeout;

    public static TimeSpan DefaultConnectTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most bytes of a Links response the tool reads; a longer one is refused, not parsed. Tests lower it rather than
    /// send 64 MiB.
    /// </summary>
    public int LinksResponseLimit { get; init; } = LinksResponseReader.DefaultLimit;

    /// <summary>
    /// The most bytes of Links responses one run holds, every location's together (<see cref="AnswerBudget"/>): a snapshot
    /// made of more could not be read back. Tests lower it rather than send 256 MiB.
    /// </summary>
    public long LinksAnswersLimit { get; init; } = Storage.BoundedFile.Limit;

    public static ToolHost FromProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
        GetEnvironmentVariableNames = static () => Environment.GetEnvironmentVariables().Keys.Cast<string>(),
        WorkingDirectory = Environment.CurrentDirectory,
        Command = Output.InvokedCommand.Of(Environment.ProcessPath),
    };

    public HttpMessageHandler CreateHttpHandler()
    {
        var handler = new SocketsHttpHandler
        {
            // HighLevel's API never redirects. Following one would send the request (and, to the same host, the token)
            // somewhere the user did not choose, so a redirect is reported instead.
            AllowAutoRedirect = false,
            ConnectTimeout = ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };

        // One attempt is one request on the wire: the tool's retries, not the handler's, decide when to send again.
        OneSendPerAttempt.Install(handler);
        return handler;
    }
}
