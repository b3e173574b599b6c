using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace LinksGenerator.Testing;

/// <summary>What a command printed (stdout and stderr interleaved as they arrived), how it exited and how long it took.</summary>
public sealed record ProcessResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The errors and warnings, and the end of the output: a build log is far too long for a failure message.</summary>
    public string Summary
    {
        get
        {
            string[] lines = Output.Split('\n');
            var problems = lines.Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal)).Distinct();
            return string.Join('\n', problems.Concat(["..."]).Concat(lines.TakeLast(25)));
        }
    }

    /// <summary>
    /// The compiler's command line as a build printed it at normal verbosity (with its <c>/additionalfile:</c> arguments,
    /// which every project that references the package has), or null when the compiler did not run.
    /// </summary>
    public string? CompilerCommandLine =>
        Output.Split('\n').FirstOrDefault(line => line.Contains("csc", StringComparison.Ordinal) && line.Contains("/additionalfile:", StringComparison.Ordinal));

    public ProcessResult EnsureSuccess(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Summary}");
}

/// <summary>Runs the dotnet CLI or any program the way a user's shell would, with a hard timeout.</summary>
public static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static Task<ProcessResult> Dotnet(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run("dotnet", workingDirectory, environment, arguments);

    public static async Task<ProcessResult> Run(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
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

        // Builds must not leave MSBuild nodes behind, nor print a terminal logger's escape codes.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDTERMINALLOGGER"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        Task exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(DefaultTimeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {DefaultTimeout}\n{output}");
        }

        await exited;
        clock.Stop();
        lock (output)
        {
            return new ProcessResult(process.ExitCode, output.ToString(), clock.Elapsed);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
