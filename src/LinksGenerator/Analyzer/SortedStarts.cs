using System;
using System.Collections.Generic;

namespace LinksGenerator.Analyzer;

/// <summary>A binary search over items sorted by where they start (pieces of a value, declarations of a file).</summary>
internal static class SortedStarts
{
    /// <summary>The index of the last item starting at or before <paramref name="position"/>; -1 when none does.</summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, Func<T, int> start, int position)
    {
        int low = 0;
        int high = items.Count - 1;
        int found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (start(items[middle]) <= position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
