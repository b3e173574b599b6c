using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Diagnostics;
using LinksGenerator.Fields;
using LinksGenerator.Rules;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using static LinksGenerator.Tests.Analyzer.AnalyzerScenario;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>Templates (docs/templates.md): fields in HTML, text and Liquid files, reported at the file's own line and column.</summary>
public class TemplateTests
{
    private const string Welcome = "/project/Templates/welcome.html";

    private static readonly string Snapshot = SnapshotJson.Of(
        [TestLink.Plain("n4AriwEnFrGh3tu08W0U", "first tag")],
        deleted: [TestLink.Plain("zz9LastByIdLink00001", "Zebra offer")]);

    [Fact]
    public Task Unknown_deleted_and_malformed_fields_are_reported_where_they_are_and_known_ones_are_not() =>
        WithSnapshot(Snapshot)
            .Template(Welcome, """
                <p>Hi {{contact.first_name}},</p>
                <a href="{{trigger_link.n4AriwEnFrGh3tu08W0U}}">Book</a> or {{ trigger_link.n4AriwEnFrGh3tu08W0U }}
                <a href="{{trigger_link.deadDeadDead}}">Old</a>
                Last chance: {{trigger_link.zz9LastByIdLink00001}}
                Slip: {trigger_link.n4AriwEnFrGh3tu08W0U} and {{trigger_link.n4AriwEnFrGh3tu08W0U}
                """)
            .Expect(
                Unknown(3, 10, 3, 39, "deadDeadDead"),
                new DiagnosticResult(DiagnosticDescriptors.DeletedTriggerLink).WithSpan(Welcome, 4, 14, 4, 51).WithArguments("'Zebra offer'", "zz9LastByIdLink00001"),
                Malformed(5, 7, 5, 42, "{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.SingleBraces),
                Malformed(5, 47, 5, 83, "{{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.Unbalanced))
            .Verify();

    [Theory]
    [InlineData("%7B%7Btrigger_link.n4AriwEnFrGh3tu08W0U%7D%7D", MalformedReason.PercentEncoded)]
    [InlineData("%7b%7btrigger_link.n4AriwEnFrGh3tu08W0U%7d%7d", MalformedReason.PercentEncoded)]
    [InlineData("%7B%7Btrigger_link.n4AriwEnFrGh3tu08W0U}}", MalformedReason.PercentEncoded)]
    [InlineData("&#123;&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#125;", MalformedReason.EntityEncoded)]
    [InlineData("&#x7B;&#x7b;trigger_link.n4AriwEnFrGh3tu08W0U&#X7D;&#x007d;", MalformedReason.EntityEncoded)]
    [InlineData("&#0123;&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#00125;", MalformedReason.EntityEncoded)]
    [InlineData("&lbrace;&lbrace;trigger_link.n4AriwEnFrGh3tu08W0U&rbrace;&rbrace;", MalformedReason.EntityEncoded)]
    [InlineData("&lcub;&lcub; trigger_link.n4AriwEnFrGh3tu08W0U &rcub;&rcub;", MalformedReason.EntityEncoded)]
    [InlineData("{{trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#125;", MalformedReason.EntityEncoded)]
    [InlineData("%7B%7B%20trigger_link.n4AriwEnFrGh3tu08W0U%20%7D%7D", MalformedReason.PercentEncoded)]
    [InlineData("%7B%7B %20trigger_link.n4AriwEnFrGh3tu08W0U%20%20%7d%7d", MalformedReason.PercentEncoded)]
    [InlineData("%7B%7B+trigger_link.n4AriwEnFrGh3tu08W0U+%7D%7D", MalformedReason.PercentEncoded)]
    [InlineData("&#0000000123;&#0000000123;trigger_link.n4AriwEnFrGh3tu08W0U&#0000000125;&#0000000125;", MalformedReason.EntityEncoded)]
    [InlineData("&#123&#123trigger_link.n4AriwEnFrGh3tu08W0U&#125&#125", MalformedReason.EntityEncoded)]
    [InlineData("&#x7B&#x7Btrigger_link.n4AriwEnFrGh3tu08W0U&#x7D&#x7D", MalformedReason.EntityEncoded)]
    public Task Every_encoded_form_is_LNK003_saying_HighLevel_sends_it_as_text(string field, string reason) =>
        WithSnapshot(Snapshot)
            .Template(Welcome, "<a href=\"" + field + "\">Book</a>")
            .Expect(Malformed(1, 10, 1, 10 + field.Length, field, reason))
            .Verify();

    [Fact]
    public Task A_space_before_the_dot_is_said_and_the_whole_would_be_field_is_the_span() =>
        WithSnapshot(Snapshot)
            .Template(Welcome, "Tap {{trigger_link .xxxxxxxxxxxxxxxxxx47}} now")
            .Expect(Malformed(1, 5, 1, 43, "{{trigger_link .xxxxxxxxxxxxxxxxxx47}}", MalformedReason.SpaceBeforeDot))
            .Verify();

    // A ';' right before the braces is where an entity would end: looking back for its '&' from the text's first character
    // once threw, and the template's findings were lost.
    [Theory]
    [InlineData(";", 2)]
    [InlineData("&;", 3)]
    [InlineData(";;", 3)]
    public Task A_semicolon_before_a_field_at_the_start_of_the_text_is_no_entity(string before, int column) =>
        WithSnapshot(Snapshot)
            .Template(Welcome, before + "{{trigger_link.gone}}")
            .Expect(Unknown(1, column, 1, column + 21, "gone"))
            .Verify();

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public Task Lines_are_counted_for_every_line_end(string newline) =>
        WithSnapshot(Snapshot)
            .Template(Welcome, string.Join(newline, "line one", "", "  x {{trigger_link.gone}}", "four {trigger_link.n4AriwEnFrGh3tu08W0U}"))
            .Expect(
                Unknown(3, 5, 3, 26, "gone"),
                Malformed(4, 6, 4, 41, "{trigger_link.n4AriwEnFrGh3tu08W0U}", MalformedReason.SingleBraces))
            .Verify();

    [Fact]
    public Task A_byte_order_mark_does_not_shift_columns()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Hi {{trigger_link.gone}}")];

        return WithSnapshot(Snapshot)
            .Template(Welcome, SourceText.From(new MemoryStream(bytes), canBeEmbedded: false))
            .Expect(Unknown(1, 4, 1, 25, "gone"))
            .Verify();
    }

    [Theory]
    [InlineData("utf-16", 7, 48)]
    [InlineData("utf-16BE", 8, 49)]
    public Task A_template_saved_as_UTF_16_without_a_byte_order_mark_is_checked_where_its_fields_stand(string encoding, int from, int to)
    {
        // The compiler reads it as UTF-8: a NUL between every two letters, which spell no field until passed over.
        string asRead = Encoding.UTF8.GetString(Encoding.GetEncoding(encoding).GetBytes("Hi {{trigger_link.gone}}"));

        return WithSnapshot(Snapshot)
            .Template(Welcome, asRead)
            .Expect(Unknown(1, from, 1, to, "gone"))
            .Verify();
    }

    [Fact]
    public Task Fields_at_the_very_start_and_end_of_a_template_are_judged() =>
        WithSnapshot(Snapshot)
            .Template("/project/Templates/sms.txt", "trigger_link.n4AriwEnFrGh3tu08W0U}} {{trigger_link.gone")
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.MalformedTriggerLink).WithSpan("/project/Templates/sms.txt", 1, 1, 1, 36).WithArguments("trigger_link.n4AriwEnFrGh3tu08W0U}}", MalformedReason.NotOpened),
                new DiagnosticResult(DiagnosticDescriptors.MalformedTriggerLink).WithSpan("/project/Templates/sms.txt", 1, 37, 1, 56).WithArguments("{{trigger_link.gone", MalformedReason.NotClosed))
            .Verify();

    [Fact]
    public Task Other_merge_fields_with_trigger_link_in_their_path_are_never_flagged() =>
        WithSnapshot(Snapshot)
            .Template(Welcome, """
                {{custom_values.trigger_link}} {{ custom_values.trigger_link }} {{contact.trigger_link}}
                {{custom_values.old-trigger_link}} {{custom_values.my.trigger_link}}
                {{custom_values.trigger_link.backup}} {{contact.trigger_link.deadDeadDead}}
                """)
            .Verify();

    [Fact]
    public Task A_field_cut_by_a_line_break_before_its_braces_is_reported_whole_saying_only_spaces_may_stand_there() =>
        WithSnapshot(Snapshot)
            .Template("/project/Templates/sms.txt", "Tap {{trigger_link.gone\n}} now {{trigger_link.gone\n\nNext paragraph")
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.MalformedTriggerLink).WithSpan("/project/Templates/sms.txt", 1, 5, 2, 3).WithArguments("{{trigger_link.gone\\n}}", MalformedReason.OtherWhiteSpace),
                new DiagnosticResult(DiagnosticDescriptors.MalformedTriggerLink).WithSpan("/project/Templates/sms.txt", 2, 8, 2, 27).WithArguments("{{trigger_link.gone", MalformedReason.NotClosed))
            .Verify();

    [Fact]
    public Task A_no_break_space_an_editor_put_inside_the_braces_is_reported_and_shown_escaped() =>
        WithSnapshot(Snapshot)
            .Template("/project/Templates/welcome.html", "<p>Tap {{\u00a0trigger_link.gone}}</p>")
            .Expect(new DiagnosticResult(DiagnosticDescriptors.MalformedTriggerLink).WithSpan("/project/Templates/welcome.html", 1, 8, 1, 30)
                .WithArguments("{{\\u00a0trigger_link.gone}}", MalformedReason.OtherWhiteSpace))
            .Verify();

    [Fact]
    public Task A_space_an_editor_wrote_as_an_HTML_entity_inside_the_braces_is_reported_with_the_braces_and_why() =>
        WithSnapshot(Snapshot)
            .Template(
                Welcome,
                "<p>{{&nbsp;trigger_link.gone}}</p>\n<p>{{ trigger_link.gone&#160;}}</p>\n<p>{{&#xA0&#x200b;trigger_link.gone}}</p>\n" +
                "<p>{{trigger_link.gone&ensp;}} {{&amp;trigger_link.gone}}</p>")
            .Expect(
                Malformed(1, 4, 1, 31, "{{&nbsp;trigger_link.gone}}", MalformedReason.OtherWhiteSpace),
                Malformed(2, 4, 2, 32, "{{ trigger_link.gone&#160;}}", MalformedReason.OtherWhiteSpace),
                Malformed(3, 4, 3, 38, "{{&#xA0&#x200b;trigger_link.gone}}", MalformedReason.OtherWhiteSpace),
                Malformed(4, 4, 4, 31, "{{trigger_link.gone&ensp;}}", MalformedReason.OtherWhiteSpace),
                Malformed(4, 39, 4, 58, "trigger_link.gone}}", MalformedReason.NotOpened)) // &amp; is no space: the braces are not the field's
            .Verify();

    // A would-be id ends where the word or the markup does: a typo that lost its closing braces keeps to its own text,
    // and the fields after it are judged on their own.
    [Fact]
    public Task A_field_that_lost_its_closing_braces_does_not_swallow_the_next_line_or_tag() =>
        WithSnapshot(Snapshot)
            .Template(Welcome, "[Book]({{trigger_link.abc)\n[Call]({{trigger_link.deadDead}})\n" + """<a href="{{trigger_link.abc">Book</a><a href="{{trigger_link.deadDead}}">""")
            .Expect(
                Malformed(1, 8, 1, 26, "{{trigger_link.abc", MalformedReason.BadIdCharacter),
                Unknown(2, 8, 2, 33, "deadDead"),
                Malformed(3, 10, 3, 28, "{{trigger_link.abc", MalformedReason.BadIdCharacter),
                Unknown(3, 47, 3, 72, "deadDead"))
            .Verify();

    [Fact]
    public Task Line_breaks_and_terminal_escapes_in_a_field_are_escaped_in_the_message_so_it_stays_one_line() =>
        WithSnapshot(Snapshot)
            .Template("/project/Templates/sms.txt", "Tap {{trigger_link.a\u001b[31mX\u202e}} now")
            .Expect(new DiagnosticResult(DiagnosticDescriptors.MalformedTriggerLink).WithSpan("/project/Templates/sms.txt", 1, 5, 1, 30)
                .WithArguments("{{trigger_link.a\\u001b[31mX\\u202e}}", MalformedReason.BadIdCharacter))
            .Verify();

    [Fact]
    public Task An_id_of_any_length_is_quoted_shortened_in_a_template_and_in_code()
    {
        string id = new('a', 3_000);
        string shortened = new string('a', MessageText.MaximumLength - 151) + "…" + new string('a', 150);

        return WithSnapshot(Snapshot)
            .Template(Welcome, "{{trigger_link." + id + "}}")
            .Code("class Messages { const string S = \"{{trigger_link." + id + "}}\"; }")
            .Expect(
                Unknown(1, 1, 1, 3_018, shortened),
                new DiagnosticResult(DiagnosticDescriptors.UnknownTriggerLink).WithSpan("/0/Test0.cs", 1, 36, 1, 3_053).WithArguments(shortened, SnapshotJson.LocationId))
            .Verify();
    }

    [Fact]
    public Task Without_a_snapshot_only_malformed_fields_are_reported() =>
        WithoutSnapshot()
            .Template(Welcome, "{{trigger_link.gone}} {trigger_link.x}")
            .Expect(Malformed(1, 23, 1, 39, "{trigger_link.x}", MalformedReason.SingleBraces))
            .Verify();

    [Fact]
    public Task Additional_files_that_are_not_templates_are_not_checked() =>
        WithSnapshot(Snapshot)
            .OtherAdditionalFile("/project/notes.txt", "{{trigger_link.gone}} {trigger_link.x}")
            .Verify();

    [Fact]
    public Task A_template_included_through_a_parent_folder_is_checked_where_the_compiler_names_it() =>
        WithSnapshot(Snapshot)
            .Template("/project/../common/Templates/welcome.html", "{trigger_link.x}", listedAs: "/common/Templates/welcome.html")
            .Expect(Malformed("/project/../common/Templates/welcome.html", 1, 1, 1, 17, "{trigger_link.x}", MalformedReason.SingleBraces))
            .Verify();

    [Fact]
    public Task A_template_in_folders_with_hash_semicolon_quote_and_space_is_checked() =>
        WithSnapshot(Snapshot)
            .Template("/project/C#/a;b/it's here.html", "{trigger_link.x}")
            .Expect(Malformed("/project/C#/a;b/it's here.html", 1, 1, 1, 17, "{trigger_link.x}", MalformedReason.SingleBraces))
            .Verify();

    // MSBuild writes the list one path a line, each as it is: a name the compiler's lines or Trim() would cut is still found.
    [Theory]
    [InlineData("/project/Templates/welcome.html ")]
    [InlineData("/project/Templates/welcome.html\u3000")]
    [InlineData("/project/Templates/a\u2028b.html")]
    [InlineData("/project/Templates/a\u2029b.html")]
    [InlineData("/project/Templates/a\u0085b.html")]
    public Task A_template_whose_name_ends_in_white_space_or_holds_a_unicode_line_separator_is_checked(string path) =>
        WithSnapshot(Snapshot)
            .Template(path, "{trigger_link.x}")
            .Expect(Malformed(path, 1, 1, 1, 17, "{trigger_link.x}", MalformedReason.SingleBraces))
            .Verify();

    [Theory]
    [InlineData("/project/Templates/" + LinksGenerator.Configuration.TemplateFiles.ListFileName)]
    [InlineData("/project/linksgenerator.templates.TXT")]
    public Task A_template_named_like_the_list_is_a_template_like_any_other(string path) =>
        WithSnapshot(Snapshot)
            .Template(path, "/project/notes.txt\n{trigger_link.x}\n")
            .OtherAdditionalFile("/project/notes.txt", "{trigger_link.y}")
            .Expect(Malformed(path, 2, 1, 2, 17, "{trigger_link.x}", MalformedReason.SingleBraces))
            .Verify();

    [Fact]
    public async Task A_template_the_compiler_got_under_two_spellings_is_reported_once()
    {
        // At the spelling the compiler lists first: the test workspace's order of additional files is its own, so either.
        SourceText text = SourceText.From("{trigger_link.x}", Encoding.UTF8);

        var diagnostics = await TemplateRun.AnalyzeAsync(Snapshot, ("/project/Templates/a.txt", text), ("/project//Templates/a.txt", text), ("/project/Templates/./a.txt", text));

        Assert.Equal(DiagnosticDescriptors.MalformedTriggerLink.Id, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public Task A_compiled_cs_file_listed_as_a_template_is_reported_by_the_csharp_check_alone() =>
        WithSnapshot(Snapshot)
            .Code("class C { string s = \"{{trigger_link.gone}}\"; }")
            .Template("/0/Test0.cs", "class C { string s = \"{{trigger_link.gone}}\"; }")
            .Expect(new DiagnosticResult(DiagnosticDescriptors.UnknownTriggerLink).WithSpan("/0/Test0.cs", 1, 23, 1, 44).WithArguments("gone", SnapshotJson.LocationId))
            .Verify();

    [Fact]
    public Task A_one_megabyte_template_is_checked_whole()
    {
        var text = new StringBuilder();
        int lines = 0;
        while (text.Length < 1024 * 1024)
        {
            text.Append("<p>Filler text with {{contact.first_name}} and {{trigger_link.n4AriwEnFrGh3tu08W0U}} in it.</p>\n");
            lines++;
        }

        text.Append("<p>{{trigger_link.gone}}</p>\n");

        return WithSnapshot(Snapshot)
            .Template(Welcome, text.ToString())
            .Expect(Unknown(lines + 1, 4, lines + 1, 25, "gone"))
            .Verify();
    }

    [Fact]
    public async Task Binary_junk_and_invalid_UTF8_never_crash_the_analyzer()
    {
        var random = new Random(5);
        for (int round = 0; round < 20; round++)
        {
            byte[] junk = new byte[16 * 1024];
            random.NextBytes(junk);
            byte[] bytes = [.. junk, .. Encoding.ASCII.GetBytes(" {{trigger_link.gone}} "), 0xC3, 0x28, 0xFF, 0xFE, 0x00, (byte)'{'];
            SourceText template = SourceText.From(new MemoryStream(bytes), Encoding.UTF8, throwIfBinaryDetected: false, canBeEmbedded: false);

            var diagnostics = await TemplateRun.AnalyzeAsync(Snapshot, (Welcome, template));

            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Assert.Contains(diagnostics, d => d.Id == DiagnosticDescriptors.UnknownTriggerLink.Id);
        }
    }

    private static DiagnosticResult Unknown(int line, int column, int endLine, int endColumn, string id) =>
        new DiagnosticResult(DiagnosticDescriptors.UnknownTriggerLink).WithSpan(Welcome, line, column, endLine, endColumn).WithArguments(id, SnapshotJson.LocationId);

    private static DiagnosticResult Malformed(int line, int column, int endLine, int endColumn, string field, string reason) =>
        Malformed(Welcome, line, column, endLine, endColumn, field, reason);

    private static DiagnosticResult Malformed(string path, int line, int column, int endLine, int endColumn, string field, string reason) =>
        new DiagnosticResult(DiagnosticDescriptors.MalformedTriggerLink).WithSpan(path, line, column, endLine, endColumn).WithArguments(field, reason);
}
