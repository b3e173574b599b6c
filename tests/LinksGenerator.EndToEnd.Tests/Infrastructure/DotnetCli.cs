using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace LinksGenerator.EndToEnd.Tests.Infrastructure;

/// <summary>What a command printed (stdout and stderr interleaved as they arrived) and how it exited.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    public CommandResult ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}\n{Summary}");
        return this;
    }

    /// <summary>The errors and warnings, and the end of the output: a normal-verbosity build log is far too long for a failure message.</summary>
    public string Summary
    {
        get
        {
            string[] lines = Output.Split('\n');
            var problems = lines.Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal)).Distinct();
            return string.Join('\n', problems.Concat(["..."]).Concat(lines.TakeLast(25)));
        }
    }
}

/// <summary>Runs the dotnet CLI (or a built program) the way a user's shell would, with a hard timeout.</summary>
public static class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static Task<CommandResult> Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, environment, arguments);

    public static async Task<CommandResult> RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Builds must not leave MSBuild nodes behind or pick up a terminal logger's escape codes.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDTERMINALLOGGER"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(Timeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {Timeout}\n{output}");
        }

        await exited;
        lock (output)
        {
            return new CommandResult(process.ExitCode, output.ToString());
        }
    }
}
