using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Commands;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Cli;

/// <summary>What <c>pull</c> and <c>check</c> do once their options are read; <c>parsed</c> holds the options of their own.</summary>
internal delegate Task<ExitCode> CommandBody(ConnectionSettings settings, string snapshotPath, ParseResult parsed, ToolHost host, Reporter reporter, CancellationToken cancellationToken);

/// <summary>The command tree: <c>ghl-links pull</c>, <c>check</c>, <c>lint</c> and <c>convert</c>, with the options docs/ghl-links.md describes.</summary>
internal static class GhlLinksCommandLine
{
    private const string ExitCodes =
        "Exit codes: 0 done / up to date / no template errors; 1 snapshot is stale (check) or a template has an error (lint); " +
        "2 usage or configuration error, an unreadable snapshot or one with broken history, no template file matched; " +
        "3 HighLevel refused the request (401, 403, other 4xx but 429); 4 HighLevel or the network failed after retries, or answered something that is not a Links response; " +
        "130 cancelled (Ctrl+C or SIGTERM), the snapshot untouched.";

    /// <summary>The commands, each reporting through <paramref name="reporter"/>.</summary>
    public static RootCommand Create(ToolHost host, Reporter reporter)
    {
        var root = new RootCommand(
            "Pulls a HighLevel (GoHighLevel) location's trigger links into links.snapshot.json for the LinksGenerator package, " +
            $"checks in CI whether the snapshot is stale, and checks template files against it; an agency's many locations fit in one snapshot. " +
            $"The token is read from ${Configuration.TokenReader.DefaultVariable}. {ExitCodes}");
        root.Add(CreatePull(host, reporter));
        root.Add(CreateCheck(host, reporter));
        root.Add(CreateLint(host, reporter));
        root.Add(CreateConvert(host, reporter));

        // No directives: System.CommandLine's [suggest] would answer 'ghl-links [suggest] check' with completions and exit
        // 0, which CI reads as "up to date". A word in brackets is then no command (MistypedCommand.Directive, exit 2).
        root.Directives.Clear();
        HelpWidth.Apply(root);
        return root;
    }

    /// <summary>
    /// The usage errors of <paramref name="parsed"/>: a first word that is no command (<see cref="MistypedCommand"/>),
    /// words beside --version, or System.CommandLine's with mistyped options named as such (<see cref="MistypedOption"/>), then lint's paths that
    /// look like options (<see cref="OptionLikePaths"/>).
    /// </summary>
    public static IReadOnlyList<string> UsageErrors(ParseResult parsed)
    {
        if (MistypedCommand.Directive(parsed, parsed.RootCommandResult.Command) is { } directive)
        {
            return [directive];
        }

        if (parsed.Errors.Count > 0 && MistypedCommand.Error(parsed, parsed.RootCommandResult.Command) is { } command)
        {
            return [command];
        }

        if (StrayAfterVersion(parsed) is { } stray)
        {
            return [stray];
        }

        MistypedOption.Found mistyped = MistypedOption.In(parsed);
        var errors = new List<string>();
        foreach (ParseError error in parsed.Errors)
        {
            string? word = mistyped.Rewordings.Keys.FirstOrDefault(w => error.Message == MistypedOption.Unrecognized(w));
            if (word is not null)
            {
                if (mistyped.Rewordings[word] is { } reworded)
                {
                    errors.Add(reworded);
                }
            }
            else if (error.SymbolResult is not OptionResult { IdentifierTokenCount: 0 } missing || !mistyped.Meant.Contains(missing.Option))
            {
                errors.Add(Worded(error));
            }
        }

        if (parsed.CommandResult.Command is { Name: "lint" } lint)
        {
            errors.AddRange(OptionLikePaths.Errors(parsed, lint.Arguments.Single()));
        }

        return errors;
    }

    /// <summary>
    /// Words beside <c>--version</c>, which System.CommandLine would ignore, printing the version and exiting 0: a script
    /// that runs <c>ghl-links --version pull</c> did not get what it asked for.
    /// </summary>
    private static string? StrayAfterVersion(ParseResult parsed)
    {
        bool version = parsed.RootCommandResult.Command.Options.OfType<VersionOption>().Any(v => parsed.GetResult(v) is not null);

        // With a command besides (--version pull), System.CommandLine's own error says the same in other words.
        string[] others = parsed.Tokens.Select(t => t.Value).Where(v => v != "--version").ToArray();
        // --help and -h besides parse cleanly, and would print the help and exit 0: the same stray word all the same.
        return version && others.Length > 0
            ? $"--version takes nothing else: run 'ghl-links --version' alone, without '{string.Join(" ", others)}'"
            : null;
    }

    /// <summary>
    /// A parse error in the tool's words where System.CommandLine's mislead: an option of one value given twice, under
    /// its two names (<c>--output a --snapshot b</c>), is "expects a single argument but 2 were provided" there.
    /// </summary>
    private static string Worded(ParseError error) =>
        error.SymbolResult is OptionResult { IdentifierTokenCount: > 1, Option: { Arity.MaximumNumberOfValues: 1 } option }
            ? $"{option.Name}{(option.Aliases.Count > 0 ? $" (also written {string.Join(", ", option.Aliases.Order(StringComparer.Ordinal))})" : "")} is given more than once: pass it once"
            : error.Message;

    private static Command CreatePull(ToolHost host, Reporter reporter)
    {
        var forgetHistory = new Option<bool>("--forget-history")
        {
            Description = "Write the snapshot without its history: no former names of renamed links, no deleted links (schema 1 for one location). " +
                          "The build then keeps no obsolete aliases or errors for them.",
        };
        return CreateCommand(
            host,
            reporter,
            "pull",
            "Write the location's trigger links to the snapshot (atomically) and print what changed: links added, deleted, renamed, re-targeted. " +
            "The snapshot keeps the former names of renamed links and the links deleted from HighLevel, so the build can keep their members.",
            // --snapshot as well, the name check, lint and convert use for the same file.
            new Option<string>("--output", "--snapshot") { HelpName = "PATH", Description = "Where to write the snapshot (also the one it refreshes).", DefaultValueFactory = _ => SnapshotFormat.DefaultFileName },
            (settings, path, parsed, host, reporter, cancellationToken) =>
                PullCommand.RunAsync(settings, path, parsed.GetValue(forgetHistory), host, reporter, cancellationToken),
            forgetHistory);
    }

    private static Command CreateCheck(ToolHost host, Reporter reporter) => CreateCommand(
        host,
        reporter,
        "check",
        "Compare the location's trigger links with the snapshot without writing; print the difference and exit 1 when it is stale.",
        new Option<string>("--snapshot") { HelpName = "PATH", Description = "The snapshot to compare.", DefaultValueFactory = _ => SnapshotFormat.DefaultFileName },
        (settings, path, _, host, reporter, cancellationToken) => CheckCommand.RunAsync(settings, path, host, reporter, cancellationToken));

    private static Command CreateLint(ToolHost host, Reporter reporter)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Template files, folders (searched recursively, without .git, node_modules, the bin and obj beside a project file, and the SDK's artifacts output) or globs relative to the current folder (Templates/**/*.html).",
        };

        var snapshot = new Option<string>("--snapshot")
        {
            HelpName = "PATH",
            Description = $"The snapshot the templates' links must be in [default: for each template, what its project's build uses: the nearest {SnapshotFormat.DefaultFileName} in the project's folder (the nearest folder above the template with a .csproj; outside a project, the template's folder) or any folder above it, else above the current folder].",
        };
        var location = new Option<string>("--location")
        {
            HelpName = "NAME",
            Description = "For a snapshot of many locations (an agency's): the templates are written for this location (your name for it), so a link of another location is LNK001, " +
                          "as the build judges a TriggerLinksTemplate item with Location=\"NAME\" [default: a link of any location will do].",
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Print warnings (LNK003: fields HighLevel would send as text) as errors, and fail on them." };
        var command = new Command(
            "lint",
            "Check template files (email HTML, SMS text, Liquid, Markdown) for trigger links the snapshot does not have (LNK001), deleted ones (LNK004) " +
            "and fields HighLevel would not replace (LNK003), exactly as the build checks TriggerLinksTemplate items; exit 1 on an error.")
        {
            paths,
            snapshot,
            location,
            warningsAsErrors,
        };
        command.SetAction((result, cancellationToken) => Run(
            reporter,
            () => Task.FromResult(LintCommand.Run(new LintSettings(result.GetRequiredValue(paths), result.GetValue(snapshot), result.GetValue(location), result.GetValue(warningsAsErrors)), host, reporter, cancellationToken)),
            cancellationToken,
            untouched: null));
        return command;
    }

    private static Command CreateConvert(ToolHost host, Reporter reporter)
    {
        var name = new Option<string>("--name") { HelpName = "NAME", Required = true, Description = "Your name for the location the snapshot holds; its class in TriggerLinks is made from it." };
        var snapshot = new Option<string>("--snapshot") { HelpName = "PATH", Description = "The one-location snapshot to convert.", DefaultValueFactory = _ => SnapshotFormat.DefaultFileName };
        var command = new Command(
            "convert",
            "Rewrite a one-location snapshot as a snapshot of many locations holding that one under NAME, links and history kept (no request), " +
            "so that 'pull --location NAME=ID' can add others. Code then reaches its links as TriggerLinks.NAME.<Member>.")
        {
            name,
            snapshot,
        };
        command.SetAction((result, cancellationToken) => Run(
            reporter,
            () => Task.FromResult(ConvertCommand.Run(result.GetRequiredValue(name), result.GetRequiredValue(snapshot), host, reporter, cancellationToken)),
            cancellationToken));
        return command;
    }

    /// <summary>A command with the shared connection options, its own snapshot path option and <paramref name="ownOptions"/>, and its body.</summary>
    private static Command CreateCommand(ToolHost host, Reporter reporter, string name, string description, Option<string> snapshotPath, CommandBody body, params Option[] ownOptions)
    {
        var connection = new ConnectionOptions(name);
        var command = new Command(name, description);
        connection.AddTo(command);
        command.Add(snapshotPath);
        foreach (Option option in ownOptions)
        {
            command.Add(option);
        }

        command.SetAction((result, cancellationToken) => Run(reporter, () =>
            body(connection.Read(result), result.GetRequiredValue(snapshotPath), result, host, reporter, cancellationToken), cancellationToken));
        return command;
    }

    /// <summary>
    /// Runs a command and turns every way it can end into an exit code and a message: the user sees advice, never a
    /// stack trace, and every line passes through the token redactor. <paramref name="untouched"/> says what a run that
    /// ends early leaves as it was; null for a command that writes nothing (lint).
    /// </summary>
    private static async Task<int> Run(Reporter reporter, Func<Task<ExitCode>> command, CancellationToken cancellationToken, string? untouched = "the snapshot is untouched")
    {
        string afterwards = untouched is null ? "" : "; " + untouched;
        try
        {
            return (int)await command().ConfigureAwait(false);
        }
        catch (ToolException e)
        {
            reporter.Error(e.Message);
            return (int)e.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            reporter.Error("cancelled" + afterwards);
            return (int)ExitCode.Cancelled;
        }
        catch (Exception e)
        {
            // A bug, not a user error: still no stack trace, and still no token.
            reporter.Error($"unexpected failure ({e.GetType().Name}: {e.Message}){afterwards}. Please report this at https://github.com/LinksGenerator/LinksGenerator/issues");
            return (int)ExitCode.Failed;
        }
    }
}
