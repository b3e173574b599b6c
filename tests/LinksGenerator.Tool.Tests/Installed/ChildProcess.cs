using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.Tests.Installed;

/// <summary>Runs a program to completion with a clean, explicit environment, and kills it (by its own id) if it overstays.</summary>
internal static class ChildProcess
{
    /// <summary>The .NET installation running the tests; the installed tool's apphost finds the runtime through it.</summary>
    public static string DotnetRoot { get; } = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory()).Parent!.Parent!.Parent!.FullName;

    public static string Dotnet { get; } = Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string fileName,
        IEnumerable<string> args,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        TimeSpan timeout,
        Func<Process, Task>? whileRunning = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // `dotnet test` leaves MSBuild and test-host variables behind that would steer a nested build, and a developer's
        // own GHL_* variables must not leak into a test.
        foreach (string name in start.Environment.Keys.Where(IsInherited).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            if (whileRunning is not null)
            {
                await whileRunning(process).WaitAsync(deadline.Token);
            }

            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} ran longer than {timeout}:\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// The command line that starts <paramref name="fileName"/> with SIGINT at its default disposition, as an interactive
    /// shell starts a program. A process started in the background by a non-interactive shell (<c>nohup …</c>,
    /// <c>cmd &amp;</c>, some CI runners) ignores SIGINT, its children inherit that, and a program that ignores SIGINT from
    /// the start rightly never sees Ctrl+C (.NET leaves an inherited SIG_IGN alone); GNU env's <c>--default-signal</c>
    /// restores the default for the child it runs in its own place (same process id).
    /// </summary>
    public static (string FileName, IEnumerable<string> Args) WithInterruptAtDefault(string fileName, IEnumerable<string> args) =>
        IgnoresInterrupt() ? ("env", ["--default-signal=INT", fileName, .. args]) : (fileName, args);

    /// <summary>Whether this process ignores SIGINT (signal 2: bit 1 of the <c>SigIgn</c> mask Linux reports).</summary>
    private static bool IgnoresInterrupt()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        string? ignored = File.ReadLines("/proc/self/status").FirstOrDefault(line => line.StartsWith("SigIgn:", StringComparison.Ordinal));
        return ignored is not null && (Convert.ToUInt64(ignored["SigIgn:".Length..].Trim(), 16) & 0b10) != 0;
    }

    /// <summary>Sends <paramref name="signal"/> ("INT", "TERM") to the process, as Ctrl+C or a CI runner's cancel would.</summary>
    public static void Signal(Process process, string signal)
    {
        var kill = new ProcessStartInfo("kill") { UseShellExecute = false };
        kill.ArgumentList.Add("-s");
        kill.ArgumentList.Add(signal);
        kill.ArgumentList.Add(process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using Process sent = Process.Start(kill) ?? throw new InvalidOperationException("could not start kill");
        sent.WaitForExit();
        if (sent.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -s {signal} {process.Id} exited {sent.ExitCode}");
        }
    }

    private static bool IsInherited(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("GHL_", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);
}
