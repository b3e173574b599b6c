using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Commands;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Cli;

/// <summary>The command tree: <c>ghl-links pull</c> and <c>ghl-links check</c>, with the options of the contract.</summary>
internal static class GhlLinksCommandLine
{
    private const string ExitCodes =
        "Exit codes: 0 done / up to date; 1 snapshot is stale (check); 2 usage or configuration error; " +
        "3 HighLevel refused the request (401, 403, other 4xx but 429); 4 HighLevel or the network failed after retries, or answered something that is not a Links response.";

    public static RootCommand Create(ToolHost host)
    {
        var root = new RootCommand(
            "Pulls a HighLevel (GoHighLevel) location's trigger links into links.snapshot.json for the LinksGenerator package, " +
            $"and checks in CI whether the snapshot is stale. The token is read from ${Configuration.TokenReader.DefaultVariable}. {ExitCodes}");
        root.Add(CreatePull(host));
        root.Add(CreateCheck(host));
        return root;
    }

    private static Command CreatePull(ToolHost host)
    {
        var connection = new ConnectionOptions();
        var output = new Option<string>("--output")
        {
            HelpName = "PATH",
            Description = "Where to write the snapshot.",
            DefaultValueFactory = _ => SnapshotFormat.DefaultFileName,
        };

        var pull = new Command("pull", "Write the location's trigger links to the snapshot (atomically) and print what changed: links added, removed, renamed, re-targeted.");
        connection.AddTo(pull);
        pull.Add(output);
        pull.SetAction((result, cancellationToken) => Run(host, cancellationToken, reporter =>
            PullCommand.RunAsync(connection.Read(result), result.GetRequiredValue(output), host, reporter, cancellationToken)));
        return pull;
    }

    private static Command CreateCheck(ToolHost host)
    {
        var connection = new ConnectionOptions();
        var snapshot = new Option<string>("--snapshot")
        {
            HelpName = "PATH",
            Description = "The snapshot to compare.",
            DefaultValueFactory = _ => SnapshotFormat.DefaultFileName,
        };

        var check = new Command("check", "Compare the location's trigger links with the snapshot without writing; print the difference and exit 1 when it is stale.");
        connection.AddTo(check);
        check.Add(snapshot);
        check.SetAction((result, cancellationToken) => Run(host, cancellationToken, reporter =>
            CheckCommand.RunAsync(connection.Read(result), result.GetRequiredValue(snapshot), host, reporter, cancellationToken)));
        return check;
    }

    /// <summary>
    /// Runs a command and turns every way it can end into an exit code and a message: the user sees advice, never a
    /// stack trace, and every line passes through the token redactor.
    /// </summary>
    private static async Task<int> Run(ToolHost host, CancellationToken cancellationToken, Func<Reporter, Task<ExitCode>> command)
    {
        var reporter = new Reporter(host.Out, host.Error, new Redactor());
        try
        {
            return (int)await command(reporter).ConfigureAwait(false);
        }
        catch (ToolException e)
        {
            reporter.Error(e.Message);
            return (int)e.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            reporter.Error("cancelled; the snapshot is untouched");
            return 130;
        }
        catch (Exception e)
        {
            // A bug, not a user error: still no stack trace, and still no token.
            reporter.Error($"unexpected failure ({e.GetType().Name}: {e.Message}); the snapshot is untouched. Please report this at https://github.com/LinksGenerator/LinksGenerator/issues");
            return (int)ExitCode.Failed;
        }
    }
}
