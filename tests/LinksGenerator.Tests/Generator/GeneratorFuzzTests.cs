using System.Linq;
using LinksGenerator.Rules;
using LinksGenerator.Tests.Infrastructure;
using LinksGenerator.Tests.Snapshot;

namespace LinksGenerator.Tests.Generator;

/// <summary>Whatever the snapshot holds, the generator never crashes (CS8785) and the project still compiles.</summary>
public class GeneratorFuzzTests
{
    [Fact]
    public void Random_snapshots_never_crash_the_generator_or_break_the_build()
    {
        var documents = new RandomSnapshotText(seed: 42);

        for (int i = 0; i < 300; i++)
        {
            string text = documents.Next();

            GeneratorRun run = GeneratorHarness.Run(text);

            ReadOutcome? reference = ReferenceSnapshotReader.Read(text);
            bool unreadable = run.Diagnostics.Any(d => d.Id == TriggerLinkRules.SnapshotUnreadable.Id);

            // A document the JSON oracle rejects is LNK100; one it accepts is too only for a location that cannot be
            // generated (no name, a name that makes no class, a repeated id), which only many-location documents have.
            Assert.True(reference is null ? unreadable : !unreadable || reference.Locations is not null, $"document {i}: oracle {(reference is null ? "rejects" : "accepts")}, LNK100 {unreadable}");
            Assert.True(!run.CompilationErrors.Any(), $"document {i}: {string.Join("; ", run.CompilationErrors)}\n{run.GeneratedSource}");
        }
    }
}
