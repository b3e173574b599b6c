extern alias tasks;

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LinksGenerator.Templates;
using Microsoft.Build.Framework;
using ScanTemplates = tasks::LinksGenerator.Tasks.ScanTemplates;

namespace LinksGenerator.Tests.Templates;

/// <summary>
/// The package's ScanTemplates task (docs/templates.md): it indexes the templates it can decode exactly as the compiler
/// does, leaves every other one to the compiler, and never fails a build.
/// </summary>
public sealed class ScanTemplatesTaskTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scan-templates-").FullName;
    private readonly RecordingEngine _engine = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void UTF8_templates_are_indexed_with_the_fields_of_their_decoded_text()
    {
        string plain = Write("plain.html", Encoding.UTF8.GetBytes("<p>caf\u00e9</p>\r\n<a href=\"{{trigger_link.abc}}\">x</a> {trigger_link.y}"));
        string marked = Write("marked.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Hi\n{{ trigger_link.abc }}")]);
        string none = Write("none.md", Encoding.UTF8.GetBytes("no fields here"));

        Dictionary<string, ScannedField[]> index = Run(plain, marked, none);

        Assert.Equal(TemplateScan.Fields("<p>caf\u00e9</p>\r\n<a href=\"{{trigger_link.abc}}\">x</a> {trigger_link.y}"), index[plain]);
        Assert.Equal(TemplateScan.Fields("Hi\n{{ trigger_link.abc }}"), index[marked]); // the BOM dropped, as the compiler drops it
        Assert.Equal((1, 0), index[marked].Single().From);
        Assert.Empty(index[none]);
    }

    [Fact]
    public void Templates_larger_than_the_read_buffer_are_read_whole()
    {
        string large = string.Concat(Enumerable.Range(0, 30_000).Select(i => "<p>" + i + "</p>\n")) + "{{trigger_link.end}}";
        string small = "{{trigger_link.abc}}";
        string first = Write("large.html", Encoding.UTF8.GetBytes(large));
        string second = Write("small.html", Encoding.UTF8.GetBytes(small)); // after the large one, through the grown buffer

        Dictionary<string, ScannedField[]> index = Run(first, second);

        Assert.Equal(TemplateScan.Fields(large), index[first]);
        Assert.Equal(30_000, index[first].Single().From.Line);
        Assert.Equal(TemplateScan.Fields(small), index[second]);
    }

    [Fact]
    public void Templates_the_compiler_decodes_its_own_way_or_cannot_read_are_left_to_it()
    {
        string utf16 = Write("utf16.html", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{{trigger_link.abc}}")]);
        string latin1 = Write("latin1.html", Encoding.Latin1.GetBytes("caf\u00e9 {{trigger_link.abc}}"));
        string binary = Write("binary.txt", [(byte)'{', 0, 0, (byte)'}']);
        string missing = Path.Combine(_folder, "missing.html");
        string fine = Write("fine.html", Encoding.UTF8.GetBytes("{{trigger_link.abc}}"));

        Dictionary<string, ScannedField[]> index = Run(utf16, latin1, binary, missing, fine);

        Assert.Equal([fine], index.Keys);
    }

    [Fact]
    public void A_template_listed_twice_is_indexed_once()
    {
        string template = Write("a.html", Encoding.UTF8.GetBytes("{{trigger_link.abc}}"));

        Assert.Single(Run(template, Path.Combine(_folder, ".", "a.html")));
    }

    [Fact]
    public void An_index_that_cannot_be_written_is_no_index_and_no_failure()
    {
        var task = new ScanTemplates
        {
            BuildEngine = _engine,
            Templates = [new Item(Write("a.html", Encoding.UTF8.GetBytes("{{trigger_link.abc}}")))],
            IndexFile = Path.Combine(_folder, "no-such-folder", "index"),
        };

        Assert.True(task.Execute());
        Assert.Equal("", task.WrittenIndexFile);
        Assert.Contains(_engine.Messages, m => m.Contains("the analyzer reads them itself", StringComparison.Ordinal));
        Assert.Empty(_engine.Errors);
    }

    private Dictionary<string, ScannedField[]> Run(params string[] templates)
    {
        string indexFile = Path.Combine(_folder, "LinksGenerator.Templates.fields");
        var task = new ScanTemplates { BuildEngine = _engine, Templates = [.. templates.Select(t => new Item(t))], IndexFile = indexFile };

        Assert.True(task.Execute());
        Assert.Equal(indexFile, task.WrittenIndexFile);
        Assert.Empty(_engine.Errors);
        return TemplateFieldIndex.Read(File.ReadAllText(indexFile))!;
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>An item as MSBuild hands it to a task: FullPath is the normalized full path of its spec.</summary>
    private sealed class Item(string spec) : ITaskItem
    {
        public string ItemSpec { get; set; } = spec;

        public ICollection MetadataNames => Array.Empty<string>();

        public int MetadataCount => 0;

        public string GetMetadata(string metadataName) => metadataName == "FullPath" ? Path.GetFullPath(ItemSpec) : "";

        public void SetMetadata(string metadataName, string metadataValue) => throw new NotSupportedException();

        public void RemoveMetadata(string metadataName) => throw new NotSupportedException();

        public void CopyMetadataTo(ITaskItem destinationItem) => throw new NotSupportedException();

        public IDictionary CloneCustomMetadata() => new Hashtable();
    }

    private sealed class RecordingEngine : IBuildEngine
    {
        public List<string> Messages { get; } = [];

        public List<string> Errors { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "";

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e.Message ?? "");

        public void LogWarningEvent(BuildWarningEventArgs e) => Errors.Add(e.Message ?? "");

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? "");

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();
    }
}
