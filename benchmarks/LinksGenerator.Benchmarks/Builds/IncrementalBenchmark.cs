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

        // The analyzer while typing in a file of 200 string literals (2 of them holding a field), the rest of the project as above.
        string file = AnalyzerBuildBenchmark.SourceFile(0).Replace("public static class Messages0", "public static class Typing", System.StringComparison.Ordinal);
        IdeSessionResult typing = IdeSession.Run(IdeSession.UniqueSnapshot(10_000), compilations: 100, freshSnapshotInstance: false, references, file);
        table.Append(CultureInfo.InvariantCulture, $"\nTyping in a file of 200 string literals: the analyzer takes {typing.AnalyzerElapsed.TotalMilliseconds / typing.Compilations:F2} ms per keystroke ({typing.AnalyzerDiagnostics / typing.Compilations} diagnostics each time), generator and analyzer together {typing.Elapsed.TotalMilliseconds / typing.Compilations:F2} ms.\n");
        return table.ToString();
    }
}
