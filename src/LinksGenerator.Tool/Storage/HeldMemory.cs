using System;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Hands back memory the run no longer holds, at the points where a large amount of it has just turned into garbage and
/// more is about to be allocated: after reading a large snapshot, after the answers of many locations are in, and again
/// once those answers are the contents the snapshot is written from. The GC would keep that memory committed, and a short command's peak would be whatever it once allocated
/// (docs/benchmarks.md, "ghl-links pull").
/// </summary>
internal static class HeldMemory
{
    /// <summary>One blocking, compacting collection of every generation that also decommits the freed memory.</summary>
    public static void HandBack() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
