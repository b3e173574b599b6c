using LinksGenerator.Testing;
using LinksGenerator.Tests.Infrastructure;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// The incremental facts docs/benchmarks.md ("Incremental (IDE)") reports, asserted: while someone types, the snapshot is parsed once for the generator and the
/// analyzer together, and TriggerLinks is never regenerated. Serial, because the parse counter is process-wide.
/// </summary>
[Collection(SerialCollection.Name)]
public class EditingSessionTests
{
    [Fact]
    public void A_hundred_keystrokes_parse_the_snapshot_once_and_regenerate_nothing()
    {
        IdeSessionResult session = IdeSession.Run(IdeSession.UniqueSnapshot(200), compilations: 100, freshSnapshotInstance: false, TestCompilation.FrameworkReferences);

        Assert.Equal(1, session.SnapshotParses);
        Assert.Equal(0, session.Regenerations);
        Assert.Equal(100, session.AnalyzerDiagnostics); // the unknown link in Use.cs, every time: the analyzer really ran
    }

    [Fact]
    public void Reloading_the_same_snapshot_content_does_not_parse_it_again()
    {
        IdeSessionResult session = IdeSession.Run(IdeSession.UniqueSnapshot(200), compilations: 100, freshSnapshotInstance: true, TestCompilation.FrameworkReferences);

        Assert.Equal(1, session.SnapshotParses);
        Assert.Equal(0, session.Regenerations);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial (process-wide counters)";
}
