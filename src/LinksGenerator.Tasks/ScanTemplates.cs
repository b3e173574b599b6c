using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using LinksGenerator.Templates;
using Microsoft.Build.Framework;

namespace LinksGenerator.Tasks;

/// <summary>
/// Scans the templates a build checks and writes what it found into the index the analyzer reads
/// (<see cref="TemplateFieldIndex"/>): the compiler then need not read 10 MB of templates a second time for the analyzer,
/// which with 1,000 templates cost more than the check itself (docs/benchmarks.md, section 4, "The compiler's reading,
/// moved into the build"). A template this task cannot read, or cannot be sure to decode as the compiler does, is left
/// out, and the analyzer reads that one through the compiler as always; if the index cannot be written, the build goes
/// on without one. The task never fails a build.
/// </summary>
public sealed class ScanTemplates : ITask
{
    public IBuildEngine? BuildEngine { get; set; }

    public ITaskHost? HostObject { get; set; }

    /// <summary>The templates to scan.</summary>
    [Required]
    public ITaskItem[] Templates { get; set; } = [];

    /// <summary>Where to write the index.</summary>
    [Required]
    public string IndexFile { get; set; } = "";

    /// <summary>The index's path once written; empty when there is none to pass to the compiler.</summary>
    [Output]
    public string WrittenIndexFile { get; private set; } = "";

    public bool Execute()
    {
        try
        {
            // One template after another: in parallel the build took as long (the files are small, and the second core is
            // not idle: MSBuild's own threads run beside the task).
            var index = new List<KeyValuePair<string, IReadOnlyList<ScannedField>>>(Templates.Length);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            byte[] buffer = new byte[64 * 1024];
            foreach (ITaskItem template in Templates)
            {
                string path = template.GetMetadata("FullPath");
                if (seen.Add(path) && TemplateFile.ReadAsTheCompilerWould(path, ref buffer) is { } text)
                {
                    index.Add(new KeyValuePair<string, IReadOnlyList<ScannedField>>(path, TemplateScan.Fields(text)));
                }
            }

            File.WriteAllText(IndexFile, TemplateFieldIndex.Write(index), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            WrittenIndexFile = IndexFile;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not a failure of the build: the analyzer reads the templates itself, as without the index.
            BuildEngine?.LogMessageEvent(new BuildMessageEventArgs(
                $"LinksGenerator did not scan the templates ahead of the compiler ({e.GetType().Name}: {e.Message}); the analyzer reads them itself.",
                helpKeyword: null,
                senderName: nameof(ScanTemplates),
                MessageImportance.Low));
            WrittenIndexFile = "";
        }

        return true;
    }
}
