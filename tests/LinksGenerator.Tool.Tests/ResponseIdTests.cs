using System;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// A Links response whose id breaks the snapshot's id rule (docs/snapshot-format.md: ASCII letters, digits, '_' and '-',
/// at most 100 characters) is refused as not a Links response: written, it would be an entry the build skips (LNK101).
/// </summary>
public class ResponseIdTests
{
    public static TheoryData<string, string> BadIds => new()
    {
        { "a b", "\"a b\"" },
        { "a\nb", "\"a\\nb\"" },
        { "../../etc/passwd", "\"../../etc/passwd\"" },
        { "ид1", "\"ид1\"" },
        { "n4AriwEnFrGh3tu08W0U\u202e", "\"n4AriwEnFrGh3tu08W0U\\u202e\"" },
        { "a\u001b[2Jb\n  - deleted c", "\"a\\u001b[2Jb\\n  - deleted c\"" },
        { new string('a', 101), "\"" + new string('a', 100) + "\"…, is longer than 100 characters" },
        { new string('a', 1100), "\"" + new string('a', 100) + "\"…, is longer than 100 characters" },
        { new string('a', 99) + "😀" + new string('a', 10), "\"" + new string('a', 99) + "\"…, is longer than 100 characters" },
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task A_response_link_whose_id_the_build_would_skip_is_refused_and_the_snapshot_kept(string id, string shown)
    {
        foreach (string command in new[] { "pull", "check" })
        {
            await using var server = await FakeHighLevel.StartAsync();
            server.Links = [.. TestLinks.Current.Take(1), new TestLink(id, "Hostile", "https://example.com/")];
            using var folder = new TempFolder();
            folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

            ToolRun run = await Ghl.RunAsync(folder, server, command);

            Assert.True(run.ExitCode == 4, run.ToString());
            Assert.Contains("not a Links response: the id of links[1], " + shown, run.Stderr, StringComparison.Ordinal);
            Assert.Contains("a HighLevel id has ASCII letters, digits, '_' and '-', at most 100 characters", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("added", run.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', run.Output);
            Assert.DoesNotContain("\n  - deleted", run.Output, StringComparison.Ordinal);
            Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
            Assert.Single(server.Requests);
        }
    }

    [Fact]
    public async Task An_id_of_exactly_100_characters_is_written()
    {
        string id = new('a', 100);
        await using var server = await FakeHighLevel.StartAsync();
        server.Links = [new TestLink(id, "Long id", "https://example.com/")];
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"id\": \"" + id + "\"", folder.ReadText(), StringComparison.Ordinal);
    }
}
