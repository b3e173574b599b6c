using System;
using System.Collections.Generic;
using System.Threading;
using LinksGenerator.Catalog;
using LinksGenerator.Templates;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace LinksGenerator.Tasks;

/// <summary>
/// Sorts the templates of a build that checks them (docs/templates.md, "Which builds check templates") into those the
/// compiler must see, because the rules find something in them or because this task cannot be sure, and those it need
/// not: a template in which the template rules (<see cref="TemplateChecker"/>, the analyzer's own code) find nothing
/// gives no diagnostic at any severity, and the compiler's reading of it would cost the build time for nothing
/// (docs/benchmarks.md, section 4).
/// </summary>
/// <remarks>Never fails the build: whatever goes wrong here, the template is left to the compiler.</remarks>
public sealed class FindTemplatesWithFindings : Task, ICancelableTask
{
    private int _canceled;

    /// <summary>The templates (full paths).</summary>
    [Required]
    public ITaskItem[] Templates { get; set; } = [];

    /// <summary>The snapshot the compiler is given; empty when there is none.</summary>
    public string? Snapshot { get; set; }

    /// <summary>The templates the compiler need not read: the rules find nothing in them.</summary>
    [Output]
    public ITaskItem[] TemplatesWithoutFindings { get; private set; } = [];

    public void Cancel() => Interlocked.Exchange(ref _canceled, 1);

    public override bool Execute()
    {
        KnownLinks? links = SnapshotLinks.Read(Snapshot);
        if (links is null)
        {
            Log.LogMessage(MessageImportance.Normal, "LinksGenerator: every template goes to the compiler (the snapshot {0} is missing or not usable as the build reads it).", Snapshot);
            return true;
        }

        var withoutFindings = new List<ITaskItem>(Templates.Length);
        foreach (ITaskItem template in Templates)
        {
            if (Volatile.Read(ref _canceled) != 0)
            {
                return true; // what is left goes to the compiler; MSBuild stops the build anyway
            }

            if (HasNoFinding(template.GetMetadata("FullPath"), links))
            {
                withoutFindings.Add(template);
            }
        }

        TemplatesWithoutFindings = withoutFindings.ToArray();
        Log.LogMessage(
            MessageImportance.Normal,
            "LinksGenerator: {0} of {1} templates checked here without findings; the compiler checks the other {2}.",
            withoutFindings.Count,
            Templates.Length,
            Templates.Length - withoutFindings.Count);
        return true;
    }

    private static bool HasNoFinding(string path, KnownLinks links)
    {
        if (path.Length == 0 || Utf8File.ReadText(path) is not { } text)
        {
            return false;
        }

        try
        {
            return TemplateChecker.Check(text, links).Count == 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }
}
