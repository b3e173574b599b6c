using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Installed;

/// <summary>
/// Runs the installed <c>ghl-links</c> as a process, on the real clock: its retry waits are slept through, so the
/// installed tests run only the scenarios whose waits are short (see <see cref="Scenarios.Scenario.NeedsClock"/>). The
/// waits the tool decided on are read back from its retry lines.
/// </summary>
internal sealed partial class InstalledTool : IToolRunner
{
    private readonly string _executable;

    public InstalledTool(string executable) => _executable = executable;

    public Task<ToolRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunAsync(workingDirectory, environment, whileRunning: null, args);

    /// <summary>
    /// Runs the tool and, while it runs, <paramref name="whileRunning"/> (which may signal it: the tool then starts with
    /// SIGINT at its default, as from an interactive shell, however the tests themselves were started).
    /// </summary>
    public async Task<ToolRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, Func<System.Diagnostics.Process, Task>? whileRunning, params string[] args)
    {
        var (fileName, arguments) = whileRunning is null ? (_executable, args) : ChildProcess.WithInterruptAtDefault(_executable, args);
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(fileName, arguments, workingDirectory, environment, TimeSpan.FromMinutes(2), whileRunning);
        return new ToolRun(exitCode, stdout, stderr, AnnouncedWaits(stderr));
    }

    /// <summary>"429 Too Many Requests, retrying in 3.2 s (attempt 2/5)" → 3.2 s.</summary>
    private static List<TimeSpan> AnnouncedWaits(string stderr) =>
        RetryLine().Matches(stderr)
            .Select(m => m.Groups["unit"].Value == "min"
                ? TimeSpan.FromMinutes(double.Parse(m.Groups["amount"].Value, CultureInfo.InvariantCulture))
                : TimeSpan.FromSeconds(double.Parse(m.Groups["amount"].Value, CultureInfo.InvariantCulture)))
            .ToList();

    [GeneratedRegex(@"retrying in (?<amount>[0-9.]+) (?<unit>s|min) \(attempt \d+/\d+\)")]
    private static partial Regex RetryLine();
}
