using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using LinksGenerator.Tasks;
using LinksGenerator.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TaskItem = Microsoft.Build.Utilities.TaskItem;

namespace LinksGenerator.Tests.Tasks;

/// <summary>
/// The MSBuild task that spares the compiler the templates in which no rule finds anything (docs/templates.md, "Which
/// builds check templates"). It may leave a template out only when the analyzer would report nothing in it, so each
/// case is judged by both; whatever the task cannot be sure of goes to the compiler.
/// </summary>
public sealed class TemplatePrefilterTests : IDisposable
{
    private static readonly string Snapshot = SnapshotJson.Of(
        [TestLink.Plain("n4AriwEnFrGh3tu08W0U", "first tag")],
        deleted: [TestLink.Plain("zz9LastByIdLink00001", "Zebra offer")]);

    private readonly string _folder = Directory.CreateTempSubdirectory("prefilter-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("<p>Hi {{contact.first_name}}</p>")]
    [InlineData("<a href=\"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\">Book</a> or {{ trigger_link.n4AriwEnFrGh3tu08W0U }}")]
    [InlineData("no field at all, trigger_link mentioned in prose")]
    [InlineData("")]
    [InlineData("Line one\r\nLine two\r{{trigger_link.n4AriwEnFrGh3tu08W0U}}\n")]
    public async Task A_template_the_analyzer_finds_nothing_in_is_left_out(string text)
    {
        Assert.Empty(await AnalyzerFindings(Snapshot, text));
        Assert.True(LeftOut(Snapshot, Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("<a href=\"{{trigger_link.deadDeadDead}}\">Old</a>")]
    [InlineData("Last chance: {{trigger_link.zz9LastByIdLink00001}}")]
    [InlineData("Slip: {trigger_link.n4AriwEnFrGh3tu08W0U}")]
    [InlineData("{{trigger_link.n4AriwEnFrGh3tu08W0U}")]
    [InlineData("<a href=\"%7B%7Btrigger_link.n4AriwEnFrGh3tu08W0U%7D%7D\">Book</a>")]
    [InlineData("&#123;&#123;trigger_link.n4AriwEnFrGh3tu08W0U&#125;&#125;")]
    [InlineData("&lbrace;&lbrace;trigger_link.n4AriwEnFrGh3tu08W0U&rbrace;&rbrace;")]
    public async Task A_template_the_analyzer_reports_in_goes_to_the_compiler(string text)
    {
        Assert.NotEmpty(await AnalyzerFindings(Snapshot, text));
        Assert.False(LeftOut(Snapshot, Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_read_past()
    {
        byte[] clean = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{{trigger_link.n4AriwEnFrGh3tu08W0U}}")];
        byte[] unknown = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{{trigger_link.deadDeadDead}}")];
        Assert.True(LeftOut(Snapshot, clean));
        Assert.False(LeftOut(Snapshot, unknown));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("latin-1")]
    public void A_template_that_is_not_UTF8_is_the_compilers_to_read_even_without_a_field(string encoding)
    {
        // Nothing to report in any of them; but the compiler decodes them its own way (a byte order mark, or a fallback
        // code page for bytes that are not UTF-8), and only it can say what it sees.
        Encoding chosen = Encoding.GetEncoding(encoding == "latin-1" ? "iso-8859-1" : encoding);
        byte[] bytes = [.. chosen.GetPreamble(), .. chosen.GetBytes("Café {{contact.first_name}}")];
        Assert.False(LeftOut(Snapshot, bytes));
    }

    [Fact]
    public void A_template_that_cannot_be_read_goes_to_the_compiler()
    {
        var task = NewTask(WriteSnapshot(Snapshot), Path.Combine(_folder, "missing.html"));
        Assert.True(task.Execute());
        Assert.Empty(task.TemplatesWithoutFindings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{ \"schemaVersion\": 1, \"links\": [ { \"id\": 3 } ] }")]
    [InlineData("not json")]
    [InlineData("{ \"schemaVersion\": 99, \"links\": [] }")]
    public void Without_a_usable_snapshot_every_template_goes_to_the_compiler(string? snapshot)
    {
        // The analyzer then judges malformed fields only, or reports LNK100 at the snapshot; the task does not guess.
        string template = WriteTemplate("clean.html", Encoding.UTF8.GetBytes("<p>Hi {{contact.first_name}}</p>"));
        var engine = new RecordingBuildEngine();
        var task = NewTask(snapshot is null ? Path.Combine(_folder, "absent.json") : WriteSnapshot(snapshot), template);
        task.BuildEngine = engine;

        Assert.True(task.Execute());
        Assert.Empty(task.TemplatesWithoutFindings);
        Assert.Empty(engine.WarningsAndErrors);
        Assert.Contains(engine.Messages, m => m.Contains("every template goes to the compiler", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agency_snapshot_knows_every_locations_links()
    {
        Assert.True(LeftOut(AgencySnapshot.Json, Encoding.UTF8.GetBytes("{{trigger_link.d1}} {{trigger_link.u1}}")));
        Assert.False(LeftOut(AgencySnapshot.Json, Encoding.UTF8.GetBytes("{{trigger_link.d9}}")));
    }

    [Fact]
    public void The_task_says_how_many_it_left_out_and_passes_the_others_items_untouched()
    {
        string snapshot = WriteSnapshot(Snapshot);
        var clean = new TaskItem(WriteTemplate("clean.html", Encoding.UTF8.GetBytes("{{trigger_link.n4AriwEnFrGh3tu08W0U}}")));
        clean.SetMetadata("Custom", "kept");
        var broken = new TaskItem(WriteTemplate("broken.html", Encoding.UTF8.GetBytes("{{trigger_link.deadDeadDead}}")));
        var engine = new RecordingBuildEngine();
        var task = new FindTemplatesWithFindings { BuildEngine = engine, Snapshot = snapshot, Templates = [clean, broken] };

        Assert.True(task.Execute());
        ITaskItem only = Assert.Single(task.TemplatesWithoutFindings);
        Assert.Equal(clean.ItemSpec, only.ItemSpec);
        Assert.Equal("kept", only.GetMetadata("Custom"));
        Assert.Contains("LinksGenerator: 1 of 2 templates checked here without findings; the compiler checks the other 1.", engine.Messages);
    }

    [Fact]
    public void A_canceled_build_leaves_the_rest_to_the_compiler()
    {
        string template = WriteTemplate("clean.html", Encoding.UTF8.GetBytes("{{trigger_link.n4AriwEnFrGh3tu08W0U}}"));
        var task = NewTask(WriteSnapshot(Snapshot), template);
        task.Cancel();
        Assert.True(task.Execute());
        Assert.Empty(task.TemplatesWithoutFindings);
    }

    private bool LeftOut(string snapshot, byte[] template)
    {
        var task = NewTask(WriteSnapshot(snapshot), WriteTemplate("template.html", template));
        Assert.True(task.Execute());
        return task.TemplatesWithoutFindings.Length == 1;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzerFindings(string snapshot, string text) =>
        await TemplateRun.AnalyzeAsync(snapshot, ("/project/Templates/template.html", SourceText.From(text)));

    private static FindTemplatesWithFindings NewTask(string snapshot, string template) =>
        new() { BuildEngine = new RecordingBuildEngine(), Snapshot = snapshot, Templates = [new TaskItem(template)] };

    private string WriteSnapshot(string json)
    {
        string path = Path.Combine(_folder, "links.snapshot.json");
        File.WriteAllText(path, json);
        return path;
    }

    private string WriteTemplate(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
