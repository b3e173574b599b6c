using System.Globalization;
using System.Text;
using LinksGenerator.Testing;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>100 IDE-like compilations against a 10,000-link snapshot: parses, regenerations, time per keystroke.</summary>
public static class IncrementalBenchmark
{
    public static string Run()
    {
        MetadataReference[] references = FrameworkReferences.All;
        var table = new StringBuilder("| session | keystrokes | snapshot parses | TriggerLinks regenerated | time per keystroke (generator + analyzer) |\n|---|---:|---:|---:|---:|\n");
        foreach (bool reload in new[] { false, true })
        {
            IdeSessionResult session = IdeSession.Run(IdeSession.UniqueSnapshot(10_000), compilations: 100, freshSnapshotInstance: reload, references);
            table.Append(CultureInfo.InvariantCulture, $"| 10,000-link snapshot, {(reload ? "reloaded (new AdditionalText) every keystroke" : "unchanged")} | {session.Compilations} | {session.SnapshotParses} | {session.Regenerations} | {session.Elapsed.TotalMilliseconds / session.Compilations:F1} ms |\n");
        }

        return table.ToString();
    }
}
