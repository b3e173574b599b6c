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

            bool readable = ReferenceSnapshotReader.Read(text) is not null;
            Assert.Equal(!readable, run.Diagnostics.Any(d => d.Id == TriggerLinkRules.SnapshotUnreadable.Id));
            Assert.True(!run.CompilationErrors.Any(), $"document {i}: {string.Join("; ", run.CompilationErrors)}\n{run.GeneratedSource}");
        }
    }
}
