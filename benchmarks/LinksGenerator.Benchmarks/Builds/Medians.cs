using System.Collections.Generic;
using System.Linq;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>The median every benchmark reports: the middle value, or the mean of the two middle ones.</summary>
public static class Medians
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
