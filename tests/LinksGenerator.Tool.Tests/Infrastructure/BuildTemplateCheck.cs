extern alias analyzer;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProjectSettings = analyzer::LinksGenerator.Configuration.ProjectSettings;
using TemplateFiles = analyzer::LinksGenerator.Configuration.TemplateFiles;
using TriggerLinkAnalyzer = analyzer::LinksGenerator.Analyzer.TriggerLinkAnalyzer;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>
/// What <c>dotnet build</c> reports for template files: the analyzer assembly runs in process over a compilation whose
/// AdditionalFiles are the templates, their list (as the package's targets write it for <c>TriggerLinksTemplate</c> items)
/// and the snapshot, each file read from disk and decoded by the compiler's own code for additional files. Its diagnostics come
/// back in MSBuild's format, as <c>ghl-links lint</c> prints them, to be compared line for line.
/// </summary>
internal static class BuildTemplateCheck
{
    /// <summary>Roslyn's <c>EncodedStringText.Create</c>: how csc turns an additional file's bytes into text (BOMs, then UTF-8, then a fallback).</summary>
    private static readonly MethodInfo CompilerDecoding =
        typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!
            .GetMethod("Create", BindingFlags.Static | BindingFlags.NonPublic, [typeof(Stream), typeof(Encoding), typeof(SourceHashAlgorithm), typeof(bool)])
        ?? throw new InvalidOperationException("Roslyn no longer has EncodedStringText.Create(Stream, Encoding, SourceHashAlgorithm, bool)");

    /// <param name="location">The <c>Location</c> of the templates' <c>TriggerLinksTemplate</c> item; null for none.</param>
    public static async Task<string[]> LinesAsync(string workingDirectory, string snapshotPath, IEnumerable<string> templatePaths, string? location = null)
    {
        string[] templates = templatePaths.Select(p => Path.GetFullPath(p, workingDirectory)).ToArray();
        string listPath = Path.Combine(workingDirectory, "obj", TemplateFiles.ListFileName);
        AdditionalText[] files =
        [
            .. templates.Select(p => new FileText(p)),
            new FileText(Path.GetFullPath(snapshotPath, workingDirectory)),
            new TemplateList(listPath, location is null ? templates : [.. templates, .. templates.Select(t => "\t" + location + "\t" + t)]),
        ];
        var options = new AnalyzerOptions([.. files], new ListOnly(listPath));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Templates",
            [CSharpSyntaxTree.ParseText("class Placeholder { }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = compilation.WithAnalyzers(
            [new TriggerLinkAnalyzer()],
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        ImmutableArray<Diagnostic> diagnostics = await analyzers.GetAllDiagnosticsAsync(CancellationToken.None);

        // The analyzer failing (AD0001) or any other diagnostic would be a difference too: nothing is filtered out.
        return diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => (Diagnostic: d, Span: d.Location.GetLineSpan()))
            .OrderBy(d => d.Span.Path.Replace('\\', '/'), StringComparer.Ordinal)
            .ThenBy(d => d.Diagnostic.Location.SourceSpan.Start)
            .Select(d => Format(d.Diagnostic, d.Span, workingDirectory))
            .ToArray();
    }

    private static string Format(Diagnostic diagnostic, FileLinePositionSpan span, string workingDirectory)
    {
        string relative = Path.GetRelativePath(workingDirectory, span.Path).Replace('\\', '/');
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };

        // As csc prints it: the message as it is (a line break in it would cut the build's line short) and the help link.
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        return $"{relative}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {message} ({diagnostic.Descriptor.HelpLinkUri})";
    }

    /// <summary>
    /// The file's bytes as csc hands them to its decoder: read whole (a file stream's bytes, or a memory stream whose buffer
    /// it may take), so that a byte order mark is read by Roslyn's own check (UTF-8, UTF-16), not by a StreamReader's,
    /// which would read UTF-32's too and decode a file differently from the build.
    /// </summary>
    private static MemoryStream AsCompilerReadsIt(byte[] bytes) => new(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);

    /// <summary>Whether the compiler refuses these bytes as an additional file's text, as binary (CS2015 in a build).</summary>
    public static bool CompilerRefusesAsBinary(byte[] bytes)
    {
        using MemoryStream stream = AsCompilerReadsIt(bytes);
        try
        {
            _ = CompilerDecoding.Invoke(null, [stream, null, SourceHashAlgorithm.Sha1, false]);
            return false;
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidDataException)
        {
            return true;
        }
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            using MemoryStream stream = AsCompilerReadsIt(File.ReadAllBytes(Path));
            try
            {
                return (SourceText)CompilerDecoding.Invoke(null, [stream, null, SourceHashAlgorithm.Sha1, false])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is InvalidDataException)
            {
                throw new InvalidOperationException($"the compiler refuses {Path} as a binary file (CS2015)", e.InnerException);
            }
        }
    }

    /// <summary>
    /// The list of templates the package's targets write (one full path per line, and a tab, the location, a tab and the
    /// path for each one written for a location) and pass as an AdditionalFile.
    /// </summary>
    private sealed class TemplateList(string path, IEnumerable<string> templates) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(string.Join(Environment.NewLine, templates) + Environment.NewLine, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>One build property, the list's path, as the package's targets pass it: the snapshot is found by its name.</summary>
    private sealed class ListOnly(string listPath) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(new Dictionary<string, string>());

        // The path as the targets encode it: '#' and ';' would start a comment in the compiler's global config.
        private readonly Options _global = new(new Dictionary<string, string>
        {
            [ProjectSettings.TemplateListProperty] = listPath.Replace("|", "||", StringComparison.Ordinal).Replace("#", "|h", StringComparison.Ordinal).Replace(";", "|s", StringComparison.Ordinal),
        });

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
