using System;
using System.Linq;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// A link whose fieldKey is not its own field is written as HighLevel sent it (the build keeps it and warns LNK101), and
/// <c>pull</c> and <c>check</c> say so when it arrives.
/// </summary>
public class FieldKeyTests
{
    [Theory]
    [InlineData("pull")]
    [InlineData("check")]
    public async Task A_fieldKey_that_is_not_the_links_own_field_is_kept_and_warned_about(string command)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        session.Links = [.. TestLinks.Current, new TestLink("oddKey00AriwEnFrGh3t", "Odd", "https://x.example/", FieldKey: "{{trigger_link.zzzzzzzzzz0123456789}}")];

        ToolRun run = command == "pull" ? await session.PullAsync() : await session.CheckAsync();

        Assert.True(run.ExitCode == (command == "pull" ? 0 : 1), run.ToString());
        Assert.Contains(
            "warning: the fieldKey of link \"oddKey00AriwEnFrGh3t\" is \"{{trigger_link.zzzzzzzzzz0123456789}}\", not {{trigger_link.oddKey00AriwEnFrGh3t}}: " +
            "its constant keeps that value, which HighLevel may not replace with the link, and the build warns LNK101",
            Ghl.Lines(run.Stderr));
        Assert.Equal(command == "pull", session.Folder.ReadText().Contains("\"fieldKey\": \"{{trigger_link.zzzzzzzzzz0123456789}}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_odd_fieldKeys_are_counted_after_the_first_five()
    {
        await using ToolSession session = await ToolSession.StartAsync();
        session.Links = [.. Enumerable.Range(0, 7).Select(i => new TestLink($"oddKey{i:D2}AriwEnFrGh3t", $"Odd {i}", "https://x.example/", FieldKey: ""))];

        ToolRun run = await session.PullAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(5, Ghl.Lines(run.Stderr).Count(line => line.StartsWith("warning: the fieldKey of link", StringComparison.Ordinal)));
        Assert.Contains("warning: … and 2 more links whose fieldKey is missing or not their own field", Ghl.Lines(run.Stderr));
    }

    [Theory]
    [InlineData("pull")]
    [InlineData("check")]
    public async Task A_link_without_a_fieldKey_is_kept_and_warned_about(string command)
    {
        await using ToolSession session = await ToolSession.StartAsync();
        if (command == "check")
        {
            session.Folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);
        }

        session.Server.Behavior = (context, _) => Respond.Body(
            context,
            System.Net.HttpStatusCode.OK,
            "application/json",
            "{\"links\":[{\"id\":\"noKey0AriwEnFrGh3tu0\",\"name\":\"No key\",\"redirectTo\":\"https://x.example/\"}]}");

        ToolRun run = command == "pull" ? await session.PullAsync() : await session.CheckAsync();

        Assert.True(run.ExitCode == (command == "pull" ? 0 : 1), run.ToString());
        Assert.Contains(
            "warning: link \"noKey0AriwEnFrGh3tu0\" came without a fieldKey: its constant uses {{trigger_link.noKey0AriwEnFrGh3tu0}}, and the build warns LNK101 until HighLevel sends one",
            Ghl.Lines(run.Stderr));
        Assert.Equal(command == "check", session.Folder.ReadText().Contains("\"fieldKey\"", StringComparison.Ordinal));
    }
}
