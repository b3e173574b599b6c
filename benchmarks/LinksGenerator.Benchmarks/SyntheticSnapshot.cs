using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Benchmarks;

/// <summary>Snapshots of any size, shaped like real ones: 20-character ids, human names, tracking URLs.</summary>
public static class SyntheticSnapshot
{
    public static string Id(int i) => "L" + i.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);

    public static string Create(int links) =>
        SnapshotWriter.Write(
            "ve9EPM428h8vShlRW1KT",
            Enumerable.Range(0, links).Select(i => new SnapshotEntry(
                Id(i),
                $"Campaign {i} landing page",
                $"https://example.com/campaigns/{i}?utm_source=sms&utm_medium=trigger-link",
                MergeField.For(Id(i)))));
}
