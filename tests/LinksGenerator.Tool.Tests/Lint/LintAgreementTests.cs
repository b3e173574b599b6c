using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using static LinksGenerator.Tool.Tests.Lint.LintTemplates;

namespace LinksGenerator.Tool.Tests.Lint;

/// <summary>
/// lint and the build agree: the same template files on disk, checked by <c>ghl-links lint</c> and by the analyzer
/// assembly as the compiler runs it (<see cref="BuildTemplateCheck"/>), give the same lines, finding for finding.
/// </summary>
public class LintAgreementTests
{
    /// <summary>Every kind of finding, in every encoding and line end the compiler reads the same way as lint.</summary>
    private static readonly (string Name, byte[] Bytes)[] Templates =
    [
        ("email/welcome.html", Utf8(Welcome)),
        ("email/bom-crlf.html", [0xEF, 0xBB, 0xBF, .. Utf8(Welcome.Replace("\n", "\r\n", StringComparison.Ordinal))]),
        ("email/cr.html", Utf8(Welcome.Replace("\n", "\r", StringComparison.Ordinal))),
        ("email/utf16.html", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Welcome)]),
        // UTF-32's byte order mark, which the compiler takes for UTF-16's; and UTF-16 and UTF-32 without one, read as
        // UTF-8: either way, text with NULs between the letters.
        ("email/utf32.html", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(Welcome)]),
        ("email/utf16-no-bom.html", Encoding.Unicode.GetBytes(Welcome)),
        ("email/utf16be-no-bom.html", Encoding.BigEndianUnicode.GetBytes(Welcome)),
        ("email/utf32-no-bom.html", Encoding.UTF32.GetBytes(Welcome)),
        ("sms/single.txt", Utf8(Sms)),
        ("sms/entities.txt", Utf8("Tap &#123;&#123;trigger_link.sTpkr0cStY4qWB8dWKnH&#125;&#125; or &lbrace;&lbrace;trigger_link.x&rbrace;&rbrace;\n")),
        ("sms/unbalanced.txt", Utf8("{{trigger_link.sTpkr0cStY4qWB8dWKnH}\n{{trigger_link.}}\ntrigger_link.sTpkr0cStY4qWB8dWKnH}}\n{{trigger_link.ab/c}}\n")),
        ("sms/latin1.txt", Encoding.Latin1.GetBytes("Grüße, Zoë!\n  {{trigger_link.deadDeadDead000000000}} and é {{ trigger_link.zz9QpLmN0bVcXa1sDfGh }}\n")),
        // Byte 0x85 is "…" in code page 1252 and a bad sequence in UTF-8; in Latin-1 it would be U+0085, a line end.
        ("sms/ellipsis.txt", Encoding.Latin1.GetBytes("Wait\u0085 {{trigger_link.deadDeadDead000000000}}\u0085 then {{trigger_link.}}\n")),
        ("sms/clean.md", Utf8(Clean)),
        // Valid UTF-8 but for one stray byte, and UTF-8 cut off inside a character (mid-text and at the end): the compiler
        // falls back to the system's code page for the whole file, and lint with it.
        ("sms/mixed.txt", [.. Utf8("Café crème\u2028Tap {{trigger_link.deadDeadDead000000000}}\n"), 0xA0, .. Utf8(" {trigger_link.sTpkr0cStY4qWB8dWKnH} {{trigger_link.}}\n")]),
        ("sms/cut-off.txt", [.. Utf8("Tap "), 0xE2, 0x80, .. Utf8(" {{trigger_link.deadDeadDead000000000}}\n{{trigger_link.x} "), 0xF0, 0x9F]),
        ("sms/control.txt", Utf8("Tap {{trigger_link.a\u001b[31mRED\u001b[0m}} or {{trigger_link.b\rc}}\n{{trigger_link.deadDeadDead000000000\n}} \u202e\n")),
    ];

    [Fact]
    public async Task Lint_prints_what_the_build_reports_for_a_one_location_snapshot() => await AgreeAsync(OneLocationSnapshot);

    [Fact]
    public async Task Lint_prints_what_the_build_reports_for_a_many_location_snapshot() => await AgreeAsync(ManyLocations);

    // Downtown's templates hold Uptown's link (n4Ariw…): LNK001 from both, saying whose it is.
    [Fact]
    public async Task Lint_with_location_prints_what_the_build_reports_for_templates_of_that_Location() => await AgreeAsync(ManyLocations, "Downtown");

    private const string ManyLocations =
        "{\n  \"schemaVersion\": 2,\n  \"locations\": [\n" +
        "    { \"name\": \"Downtown\", \"locationId\": \"LOC1\", \"links\": [{ \"id\": \"sTpkr0cStY4qWB8dWKnH\", \"name\": \"Referral\", \"fieldKey\": \"{{trigger_link.sTpkr0cStY4qWB8dWKnH}}\" }],\n" +
        "      \"deletedLinks\": [{ \"id\": \"zz9QpLmN0bVcXa1sDfGh\", \"name\": \"Zebra offer\", \"fieldKey\": \"{{trigger_link.zz9QpLmN0bVcXa1sDfGh}}\" }] },\n" +
        "    { \"name\": \"Uptown\", \"locationId\": \"LOC2\", \"links\": [{ \"id\": \"n4AriwEnFrGh3tu08W0U\", \"name\": \"Spring\", \"fieldKey\": \"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\" }] }\n" +
        "  ]\n}\n";

    private static async Task AgreeAsync(string snapshot, string? location = null)
    {
        using var folder = new TempFolder();
        folder.Write("links.snapshot.json", snapshot);
        foreach (var (name, bytes) in Templates)
        {
            folder.WriteBytes(Path.Combine("Templates", name), bytes);
        }

        ToolRun lint = await LintTests.LintAsync(folder, location is null ? ["Templates"] : ["--location", location, "Templates"]);
        string[] build = await BuildTemplateCheck.LinesAsync(folder.Path, "links.snapshot.json", Templates.Select(t => Path.Combine("Templates", t.Name)), location);

        string[] lintLines = Ghl.Lines(lint.Stdout);
        Assert.True(build.Length >= 20, "the build reported too little to compare:\n" + string.Join("\n", build));
        Assert.Equal(location is not null, build.Any(line => line.Contains("; it is 'Spring' of Uptown", StringComparison.Ordinal)));
        Assert.Equal(build, lintLines[..^1]);
        Assert.Equal(1, lint.ExitCode);
    }
}
