using System;
using System.Collections.Generic;
using System.IO;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Cli;
using LinksGenerator.Tool.Configuration;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool;

/// <summary>The tool's entry point, callable in-process: parse, report usage errors with exit code 2, run the command.</summary>
internal static class GhlLinks
{
    /// <summary>
    /// Runs the command <paramref name="args"/> name. <paramref name="cancellationToken"/> is the user's Ctrl+C (see
    /// <see cref="Interruption"/>): the command stops where it can and says so; the tool never ends itself halfway.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, ToolHost host, CancellationToken cancellationToken = default)
    {
        // One reporter for the run, masking every token in the environment from the first line: parse errors quote
        // arguments, and a token passed as one by mistake must not come back on the screen.
        var reporter = new Reporter(host.Out, host.Error, EnvironmentTokens.NewRedactor(host, args), host.Command);
        RootCommand root = GhlLinksCommandLine.Create(host, reporter);
        // No response files: System.CommandLine would read any argument that starts with '@' as a file of arguments,
        // whole and unbounded (a folder or /dev/zero ends the run in a crash, an .env file's lines come back quoted in
        // errors), and '@' is an ordinary first character of a template's or a snapshot's name.
        ParseResult parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

        // System.CommandLine exits 1 on parse errors; usage errors exit 2 (see docs/ghl-links.md), as 1 means "stale".
        IReadOnlyList<string> usageErrors = GhlLinksCommandLine.UsageErrors(parsed);
        if (usageErrors.Count > 0)
        {
            foreach (string error in usageErrors)
            {
                reporter.Error(error);
            }

            string command = parsed.CommandResult.Command is RootCommand ? "" : $" or 'ghl-links {parsed.CommandResult.Command.Name} --help'";
            reporter.Progress($"Run 'ghl-links --help'{command} for usage.");
            return (int)ExitCode.UsageError;
        }

        // No termination handling of System.CommandLine's: after its timeout it would end the run wherever it is, the
        // snapshot's write included. Ctrl+C reaches the commands as cancellationToken instead.
        // No exception handler of System.CommandLine's either: it would print a stack trace. The commands turn every
        // failure into a message and an exit code themselves; what reaches here is --help or --version failing to
        // write, which, like any output nobody can read, does not change the outcome.
        var invocation = new InvocationConfiguration { Output = host.Out, Error = host.Error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            return (int)ExitCode.Success;
        }
    }
}
