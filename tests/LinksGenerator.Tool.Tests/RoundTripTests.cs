using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests;

/// <summary>
/// What the tool writes, the generator reads: names and URLs arrive from an API as untrusted text, and must come out of
/// the generator's reader exactly as HighLevel sent them, while the terminal only ever sees them escaped.
/// </summary>
public class RoundTripTests
{
    private static readonly TestLink[] Hostile =
    [
        new("a1", "quote \" and backslash \\ and */ end-comment", "https://x.example/?a=1&b=<2>"),
        new("a2", "line\nbreak\r\nand\ttab", "javascript:alert(\"x\")"),
        new("a3", "emoji 🎉 and separators \u2028 \u2029", "https://x.example/ünïcödé"),
        new("a4", "control \u0001 \u001b[2J escape", "https://x.example/\u0000nul"),
        new("a5", "bidi \u202Eevil\u202C text", null),
        new("a6", null, "https://x.example/no-name"),
        new("a7", "", ""),
    ];

    [Fact]
    public async Task Hostile_names_and_urls_reach_the_generator_exactly()
    {
        await using var server = await FakeHighLevel.StartAsync();
        server.Links = Hostile;
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 0, run.ToString());
        var catalog = GeneratorView.Read(folder.ReadText());
        Assert.True(catalog.IsReadable);
        foreach (TestLink sent in Hostile)
        {
            var read = Assert.Single(catalog.Links, l => l.Id == sent.Id);
            Assert.Equal(sent.Name, read.Name);
            Assert.Equal(sent.RedirectTo, read.RedirectTo);
            Assert.Equal(sent.ExpectedFieldKey, read.FieldKey);
        }
    }

    public static TheoryData<string, string?, string, string> HostileLines => new()
    {
        // A name and an address with line breaks and a terminal escape.
        { "a1", "fine\n  - deleted      \"Everything\" (all)\u001b[2J", "https://x.example/\r\nfake", "  + added        \"fine\\n  - deleted      \\\"Everything\\\" (all)\\u001b[2J\" (a1) -> \"https://x.example/\\r\\nfake\"" },
    };

    [Theory]
    [MemberData(nameof(HostileLines))]
    public async Task Hostile_text_cannot_forge_output_lines_or_drive_the_terminal(string id, string? name, string redirectTo, string expected)
    {
        await using var server = await FakeHighLevel.StartAsync();
        server.Links = [new(id, name, redirectTo)];
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["Created links.snapshot.json: 1 link of location ve9EPM428h8vShlRW1KT", expected], Ghl.Lines(run.Stdout));
        Assert.DoesNotContain('\u001b', run.Output);
    }

    [Fact]
    public async Task An_answer_that_starts_with_a_byte_order_mark_is_read_like_any_other()
    {
        await using var server = await FakeHighLevel.StartAsync();
        server.Behavior = (context, _) => Respond.Body(context, HttpStatusCode.OK, "application/json", "\uFEFF{\"links\":[{\"id\":\"a1\",\"name\":\"Marked\"}]}");
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Marked", Assert.Single(GeneratorView.Read(folder.ReadText()).Links).Name);
    }

    [Fact]
    public async Task A_lone_surrogate_from_the_server_never_becomes_an_unreadable_snapshot()
    {
        await using var server = await FakeHighLevel.StartAsync();
        server.Behavior = (context, _) => Respond.Body(context, HttpStatusCode.OK, "application/json", "{\"links\":[{\"id\":\"a1\",\"name\":\"broken \\ud800 name\"}]}");
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        // Invalid text is not a Links response; the old snapshot stays, and what the build reads stays readable.
        Assert.Equal(4, run.ExitCode);
        Assert.Contains("not a Links response: the JSON is not valid here: at $.links[0].name (line 1, byte 49) a string in it holds a lone surrogate", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        Assert.True(GeneratorView.Read(folder.ReadText()).IsReadable);
    }

    [Fact]
    public async Task Duplicate_properties_in_a_link_are_not_a_links_response()
    {
        // The generator's reader rejects duplicate keys; the tool must not quietly pick one of them.
        await using var server = await FakeHighLevel.StartAsync();
        server.Behavior = (context, _) => Respond.Body(context, HttpStatusCode.OK, "application/json", "{\"links\":[{\"id\":\"a1\",\"name\":\"one\",\"name\":\"two\"}]}");
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("not a Links response: the JSON is not valid here", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(folder.AllFiles());
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_compressed_answer_the_tool_did_not_ask_for_is_named_as_compressed(string encoding)
    {
        // A proxy that compresses whatever it passes on: the bytes are no text, and the header says why.
        await using var server = await FakeHighLevel.StartAsync();
        byte[] compressed = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xab, 0x56, 0xca, 0xc9, 0xcc];
        server.Behavior = (context, _) =>
        {
            context.Response.Headers.ContentEncoding = encoding;
            return Respond.Bytes(context, HttpStatusCode.OK, "application/json", compressed);
        };
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun run = await Ghl.RunAsync(folder, server, "pull");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains($"not a Links response: it is compressed ({encoding}), which the tool did not ask for and does not decode", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
        Assert.DoesNotContain("Accept-Encoding", server.Requests.Single().Headers.Keys);
    }

    [Fact]
    public async Task A_compressed_error_body_is_named_as_compressed_not_quoted_as_bytes()
    {
        await using var server = await FakeHighLevel.StartAsync();
        server.Behavior = (context, _) =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            return Respond.Bytes(context, HttpStatusCode.BadRequest, "application/json", [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xab, 0x56]);
        };
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", TestLinks.PreviousSnapshot);

        ToolRun run = await Ghl.RunAsync(folder, server, "pull");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("application/json, 12 bytes, compressed (gzip), which the tool does not decode", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u001f", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(TestLinks.PreviousSnapshot, folder.ReadText());
    }

    [Fact]
    public async Task Ten_thousand_links_round_trip_in_id_order()
    {
        await using var server = await FakeHighLevel.StartAsync();
        server.Links = TestLinks.Many(10_000);
        using var folder = new TempFolder();

        ToolRun run = await Ghl.RunAsync(folder, server, "pull", "--location-id", FakeHighLevel.Location);

        Assert.True(run.ExitCode == 0, run.ToString());
        string text = folder.ReadText();
        var catalog = GeneratorView.AssertClean(text, 10_000);
        GeneratorView.AssertSortedById(text);
        Assert.Equal(server.Links.Select(l => l.Id).Order(StringComparer.Ordinal), GeneratorView.Ids(catalog).Order(StringComparer.Ordinal));
        Assert.Equal(10_001, Ghl.Lines(run.Stdout).Length);
    }
}
