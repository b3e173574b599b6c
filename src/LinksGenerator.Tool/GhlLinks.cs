using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Cli;

namespace LinksGenerator.Tool;

/// <summary>The tool's entry point, callable in-process: parse, report usage errors with exit code 2, run the command.</summary>
internal static class GhlLinks
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, ToolHost host, CancellationToken cancellationToken = default)
    {
        RootCommand root = GhlLinksCommandLine.Create(host);
        ParseResult parsed = root.Parse(args);

        // System.CommandLine exits 1 on parse errors; usage errors exit 2 (see docs/ghl-links.md), as 1 means "stale".
        if (parsed.Errors.Count > 0)
        {
            foreach (ParseError error in parsed.Errors)
            {
                await host.Error.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            string command = parsed.CommandResult.Command is RootCommand ? "" : $" or 'ghl-links {parsed.CommandResult.Command.Name} --help'";
            await host.Error.WriteLineAsync($"Run 'ghl-links --help'{command} for usage.").ConfigureAwait(false);
            return (int)ExitCode.UsageError;
        }

        var invocation = new InvocationConfiguration { Output = host.Out, Error = host.Error };
        return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
