using System;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// A snapshot with a schemaVersion newer than this version reads (docs/snapshot-format.md) is not broken: every command
/// keeps it and says to update, never to delete or replace it.
/// </summary>
public class NewerSnapshotTests
{
    internal const string FromTheFuture =
        "{\n  \"schemaVersion\": 3,\n  \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n  \"links\": []\n}\n";

    [Theory]
    [InlineData("pull")]
    [InlineData("check")]
    [InlineData("lint", "Templates")]
    [InlineData("convert", "--name", "Downtown")]
    public async Task Every_command_says_to_update_and_keeps_the_file(params string[] args)
    {
        await using var server = await FakeHighLevel.StartAsync();
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", FromTheFuture);
        folder.Write("Templates/welcome.txt", "Hi");

        ToolRun run = await InProcessTool.RunAsync(folder.Path, Ghl.Environment(), new RecordingClock(), [.. args, .. args[0] is "pull" or "check" ? new[] { "--base-url", server.BaseUrl } : []]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(
            "error: links.snapshot.json cannot be read by this version of ghl-links (line 2, column 20: it was written by a newer ghl-links (schemaVersion 3; this version reads 1 to 2): " +
            "update LinksGenerator and LinksGenerator.Tool); the file is untouched. Update the tool ('dotnet tool update LinksGenerator.Tool') and the LinksGenerator package, then run again",
            run.Stderr,
            StringComparison.Ordinal);
        Assert.DoesNotContain("delete", run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(FromTheFuture, folder.ReadText());
        Assert.Empty(server.Requests);
    }
}
