using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using LinksGenerator.Configuration;
using LinksGenerator.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Benchmarks;

/// <summary>
/// What telling templates from other AdditionalFiles costs the compiler, per build, for a project of 100 C# files. The
/// old wiring made item metadata visible, so MSBuild wrote a global-config section per additional file and the compiler
/// matched each of its files against every section (<see cref="SectionPerFile"/>); the list file adds no section and
/// one hash lookup per file (<see cref="ListFile"/>). Both parse the config and look up every file's options, as csc does.
/// </summary>
[MemoryDiagnoser]
public class TemplateMarkingBenchmarks
{
    private const string ConfigPath = "/bench/obj/Bench.GeneratedMSBuildEditorConfig.editorconfig";
    private const string ListPath = "/bench/obj/" + TemplateFiles.ListFileName;

    private string[] _templates = null!;
    private string[] _files = null!;
    private string _sectionConfig = null!;
    private string _plainConfig = null!;
    private ImmutableArray<AdditionalText> _list;

    [Params(1_000, 10_000)]
    public int Templates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _templates = Enumerable.Range(0, Templates).Select(i => $"/bench/Templates/campaign-{i}.html").ToArray();
        _files = [.. _templates, .. Enumerable.Range(0, 100).Select(i => $"/bench/File{i}.cs")];
        const string Global = "is_global = true\nbuild_property.RootNamespace = Bench\nbuild_property._TriggerLinksNamespaceForCompiler = Bench\n";
        var sections = new StringBuilder(Global);
        foreach (string template in _templates)
        {
            sections.Append("\n[").Append(template).Append("]\nbuild_metadata.AdditionalFiles.TriggerLinksSnapshot = \nbuild_metadata.AdditionalFiles.TriggerLinksTemplate = true\n");
        }

        _sectionConfig = sections.ToString();
        _plainConfig = Global;
        // The compiler's AdditionalFiles: the list and the templates (the C# files are sources, not additional files).
        _list = [new TextAdditionalText(ListPath, string.Join("\n", _templates) + "\n"), .. _templates.Select(t => new TextAdditionalText(t, ""))];
    }

    [Benchmark(Baseline = true)]
    public int SectionPerFile()
    {
        AnalyzerConfigSet set = Parse(_sectionConfig);
        int templates = 0;
        foreach (string file in _files)
        {
            templates += set.GetOptionsForSourcePath(file).AnalyzerOptions.TryGetValue("build_metadata.additionalfiles.triggerlinkstemplate", out string? marked) && marked == "true" ? 1 : 0;
        }

        return templates;
    }

    [Benchmark]
    public int ListFile()
    {
        AnalyzerConfigSet set = Parse(_plainConfig);
        TemplateFiles list = TemplateFiles.Read(_list, ListPath, [], CancellationToken.None);
        int templates = 0;
        foreach (string file in _files)
        {
            templates += set.GetOptionsForSourcePath(file).AnalyzerOptions.Count >= 0 && list.IsTemplate(file, out _) ? 1 : 0;
        }

        return templates;
    }

    private static AnalyzerConfigSet Parse(string config) => AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(SourceText.From(config), ConfigPath)));
}
