using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>What a command printed, how it exited and how long it took on the wall clock.</summary>
public sealed record ShellResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    public ShellResult EnsureSuccess(string what)
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Output}");
        }

        return this;
    }
}

/// <summary>Runs commands for the whole-build benchmarks, the way a developer's shell would.</summary>
public static class Shell
{
    public static ShellResult Run(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
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

        start.Environment["MSBUILDTERMINALLOGGER"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        clock.Stop();
        lock (output)
        {
            return new ShellResult(process.ExitCode, output.ToString(), clock.Elapsed);
        }
    }

    public static ShellResult Dotnet(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run("dotnet", workingDirectory, environment, arguments);
}
