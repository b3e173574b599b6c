using System;
using System.Threading;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>The command line: usage errors exit 2 (not System.CommandLine's 1, which means "stale"), help for each command.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "fetch" }, "error: 'fetch' is not a command of ghl-links (the commands are pull, check, lint and convert)")]
    [InlineData(new[] { "pul" }, "error: 'pul' is not a command of ghl-links: did you mean 'pull'? (the commands are pull, check, lint and convert)")]
    [InlineData(new[] { "chekc", "--snapshot", "x.json" }, "error: 'chekc' is not a command of ghl-links: did you mean 'check'? (the commands are")]
    [InlineData(new[] { "Lint", "x.html" }, "did you mean 'lint'?")]
    [InlineData(new[] { "pull", "--token", "x" }, "Unrecognized command or argument '--token'")]
    [InlineData(new[] { "pull", "--timeout", "0" }, "--timeout must be a number of seconds from 1 to 3600, not '0'")]
    [InlineData(new[] { "pull", "--timeout", "1e-9" }, "--timeout must be a number of seconds from 1 to 3600, not '1e-9'")]
    [InlineData(new[] { "check", "--timeout", "0.5" }, "from 1 to 3600, not '0.5'")]
    [InlineData(new[] { "check", "--timeout", "-5" }, "not '-5'")]
    [InlineData(new[] { "pull", "--timeout", "soon" }, "not 'soon'")]
    [InlineData(new[] { "pull", "--timeout", "7200" }, "from 1 to 3600, not '7200'")]
    [InlineData(new[] { "pull", "--timeout", "NaN" }, "not 'NaN'")]
    [InlineData(new[] { "pull", "--token-env", "" }, "--token-env must name an environment variable")]
    [InlineData(new[] { "pull", "--token-env", "BAD NAME" }, "--token-env must name an environment variable a shell can set (ASCII letters, digits and '_', not starting with a digit, with a letter: '_' alone is the shell's own), such as GHL_TOKEN, not \"BAD NAME\"")]
    [InlineData(new[] { "check", "--token-env", "_" }, "not \"_\"")]
    [InlineData(new[] { "check", "--token-env", "9LIVES" }, "not \"9LIVES\"")]
    [InlineData(new[] { "check", "--token-env", "MY-TOKEN" }, "not \"MY-TOKEN\"")]
    [InlineData(new[] { "check", "--output", "x.json" }, "error: '--output' is not an option of ghl-links check: did you mean '--snapshot'? ('--output' is pull's name for it)")]
    [InlineData(new[] { "pull", "--locaton-id", "x" }, "error: '--locaton-id' is not an option of ghl-links pull: did you mean '--location-id'?")]
    [InlineData(new[] { "check", "--Base-URL", "http://x" }, "did you mean '--base-url'?")]
    [InlineData(new[] { "pull", "--forget-hisotry" }, "error: '--forget-hisotry' is not an option of ghl-links pull: did you mean '--forget-history'?")]
    [InlineData(new[] { "lint", "--snapshott", "a.json", "b.html" }, "error: '--snapshott' is not an option of ghl-links lint: did you mean '--snapshot'? (for a file of that name, write ./--snapshott or put it after --)")]
    [InlineData(new[] { "pull", "--output", "x.json", "--snapshot", "y.json" }, "--output (also written --snapshot) is given more than once: pass it once")]
    [InlineData(new[] { "check", "--timeout", "5", "--timeout", "6" }, "--timeout is given more than once: pass it once")]
    [InlineData(new[] { "pull", "@." }, "Unrecognized command or argument '@.'")] // an argument, not a response file (a folder's)
    [InlineData(new[] { "[suggest]", "check" }, "error: '[suggest]' is not a command of ghl-links (the commands are pull, check, lint and convert)")] // no directive: it would exit 0
    [InlineData(new[] { "[diagram]", "lint", "x.html" }, "error: '[diagram]' is not a command of ghl-links")]
    [InlineData(new[] { "check", "--outptu", "x.json" }, "error: '--outptu' is not an option of ghl-links check: did you mean '--snapshot'? ('--output' is pull's name for it)")]
    [InlineData(new[] { "pull", "--locaton-id=x" }, "error: '--locaton-id' is not an option of ghl-links pull: did you mean '--location-id'?")]
    [InlineData(new[] { "pull", "--locaton-id:x" }, "error: '--locaton-id' is not an option of ghl-links pull: did you mean '--location-id'?")]
    [InlineData(new[] { "convert", "--nmae", "Main" }, "error: '--nmae' is not an option of ghl-links convert: did you mean '--name'?")] // not also "'--name' is required"
    [InlineData(new[] { "check", "--forget-history" }, "error: '--forget-history' is an option of ghl-links pull, not check")]
    [InlineData(new[] { "check", "--forget-histroy" }, "error: '--forget-histroy' is not an option of ghl-links check (ghl-links pull has '--forget-history')")]
    [InlineData(new[] { "pull", "--warnings-as-errors" }, "error: '--warnings-as-errors' is an option of ghl-links lint, not pull")]
    [InlineData(new[] { "check", "--name", "Main" }, "error: '--name' is an option of ghl-links convert, not check")]
    [InlineData(new[] { "lint", "--forget-history", "a.html" }, "error: '--forget-history' is an option of ghl-links pull, not lint (for a file of that name")]
    [InlineData(new[] { "--version", "extra" }, "error: --version takes nothing else: run 'ghl-links --version' alone, without 'extra'")]
    [InlineData(new[] { "--version", "pull" }, "error: --version takes nothing else: run 'ghl-links --version' alone, without 'pull'")]
    [InlineData(new[] { "pull", "--version" }, "error: '--version' is an option of ghl-links itself, not of pull: run 'ghl-links --version'")]
    [InlineData(new[] { "--version", "--help" }, "error: --version takes nothing else: run 'ghl-links --version' alone, without '--help'")]
    [InlineData(new[] { "--version", "-h" }, "error: --version takes nothing else: run 'ghl-links --version' alone, without '-h'")]
    [InlineData(new[] { "pull", "--", "--base-url", "http://x" }, "error: '--base-url' follows '--', after which every word is an argument, and ghl-links pull takes none: put options before '--'")]
    [InlineData(new[] { "check", "--", "--locaton-id", "x" }, "error: '--locaton-id' follows '--', after which every word is an argument, and ghl-links check takes none: put options before '--'")]
    [InlineData(new[] { "pull", "--", "--help" }, "error: '--help' follows '--', after which every word is an argument, and ghl-links pull takes none: put options before '--'")]
    [InlineData(new[] { "--location-id", "x", "pull" }, "error: '--location-id' comes before the command: write it after 'pull' (ghl-links pull --location-id …)")]
    public async Task Usage_errors_exit_2_and_point_at_help(string[] args, string expected)
    {
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'ghl-links --help'", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        if ((args.Length > 0 && !args[0].StartsWith('-') && args[0] is not ("pull" or "check" or "lint" or "convert")) || expected.Contains("did you mean", StringComparison.Ordinal) || expected.Contains("is an option of", StringComparison.Ordinal) || expected.Contains(" has '", StringComparison.Ordinal) || expected.Contains("takes nothing else", StringComparison.Ordinal) || expected.Contains("follows '--'", StringComparison.Ordinal) || expected.Contains("before the command", StringComparison.Ordinal))
        {
            // One error for a mistyped command, not System.CommandLine's "Required command was not provided" before it; one
            // for a mistyped option, not another for the value after it nor "is required" for the option meant.
            Assert.Equal(2, Ghl.Lines(run.Stderr).Length);
        }
    }

    [Fact]
    public async Task A_refused_token_env_name_is_not_read_as_a_token_and_masks_nothing()
    {
        // bash sets '_' to the path of the command it runs: read as a token, it would mask the tool's own name in the advice.
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(("_", "/home/dev/.dotnet/tools/ghl-links")), "check", "--token-env", "_");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'ghl-links --help' or 'ghl-links check --help' for usage.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("[redacted]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_the_exit_codes()
    {
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("pull ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("check ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("lint <PATH>", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(
            "Exit codes: 0 done / up to date / no template errors; 1 snapshot is stale (check) or a template has an error (lint); 2 usage or configuration error",
            run.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("; 130 cancelled (Ctrl+C or SIGTERM), the snapshot untouched.", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pull", "--output, --snapshot <PATH>", "[default: links.snapshot.json]")]
    [InlineData("check", "--snapshot <PATH>", "[default: links.snapshot.json]")]
    public async Task Each_command_has_help_with_its_options(string command, string ownOption, string ownDefault)
    {
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), command, "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string expected in new[]
                 {
                     "--location-id <ID>", "$GHL_LOCATION_ID, else the snapshot's locationId",
                     "--base-url <URL>", "[default: https://services.leadconnectorhq.com]",
                     "--token-env <NAME>", "[default: GHL_TOKEN]",
                     "--timeout <SECONDS>", "[default: 30]",
                     ownOption, ownDefault,
                 })
        {
            Assert.Contains(expected, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("pull", "NAME=ID adds location ID under NAME, or refreshes it.")]
    [InlineData("check", "NAME=ID also checks that NAME is location ID in the snapshot (exit 2 if not).")]
    public async Task Each_command_says_what_location_NAME_ID_does_there(string command, string expected)
    {
        using var folder = new TempFolder();

        ToolRun run = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), command, "--help");

        // The help wraps its descriptions; the words are compared with the line breaks taken out.
        string words = System.Text.RegularExpressions.Regex.Replace(run.Stdout, @"\s+", " ");
        Assert.Contains(expected, words, StringComparison.Ordinal);
        Assert.DoesNotContain(command == "pull" ? "also checks that NAME" : "adds location ID", words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_pull_can_forget_the_history()
    {
        using var folder = new TempFolder();

        ToolRun pullHelp = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "pull", "--help");
        ToolRun checkHelp = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "check", "--help");
        ToolRun check = await InProcessTool.Instance.RunAsync(folder.Path, Ghl.Environment(), "check", "--forget-history");

        Assert.Contains("--forget-history", pullHelp.Stdout, StringComparison.Ordinal);
        Assert.Contains("Write the snapshot without its history", pullHelp.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("--forget-history", checkHelp.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, check.ExitCode);
        Assert.Contains("--forget-history", check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_exits_130_and_leaves_the_snapshot_alone()
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        using var cancel = new CancellationTokenSource();
        server.Behavior = (context, _) =>
        {
            cancel.Cancel();
            return Respond.Hang(context, server);
        };

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), cancel.Token,
            "pull", "--base-url", server.BaseUrl);

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("error: cancelled; the snapshot is untouched", run.Stderr, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
    }
}
