using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Templates;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>The index of fields the package's ScanTemplates task writes into the intermediate folder and passes as an AdditionalFile.</summary>
internal static class TemplateIndex
{
    public const string Path = "/project/obj/Debug/net8.0/" + TemplateFieldIndex.FileName;

    /// <summary>The index of <paramref name="templates"/> (path as listed, decoded text), as the task writes it.</summary>
    public static (string Path, string Text) File(IEnumerable<(string Path, string Text)> templates) =>
        (Path, TemplateFieldIndex.Write(templates.Select(t => new KeyValuePair<string, IReadOnlyList<ScannedField>>(t.Path, TemplateScan.Fields(t.Text)))));
}
