using System.Collections.Generic;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// Says so when a link's <c>fieldKey</c> is not <c>{{trigger_link.&lt;id&gt;}}</c>, the one HighLevel gives every link, or
/// is missing.
/// The snapshot records the link as it came (it is what HighLevel says), and the build keeps that value as the
/// constant's and warns LNK101 (docs/rules/LNK101.md); the pull that brings it in is the moment to hear about it, before
/// a message goes out with a field HighLevel does not replace.
/// </summary>
internal static class OddFieldKeys
{
    /// <summary>More than this many are counted, not listed: one cause (a proxy, an API change) usually explains them all.</summary>
    private const int MostShown = 5;

    /// <param name="links">The links as HighLevel sent them.</param>
    /// <param name="linePrefix">"" for one location, "Downtown: " among many.</param>
    /// <param name="reporter">Where warnings go.</param>
    public static void Warn(IReadOnlyList<ApiLink> links, string linePrefix, Reporter reporter)
    {
        int odd = 0;
        foreach (ApiLink link in links)
        {
            if (link.FieldKey is { } fieldKey && !MergeField.IsFor(fieldKey, link.Id!) && ++odd <= MostShown)
            {
                reporter.Warning(
                    $"{linePrefix}the fieldKey of link {Printable.Quote(link.Id!)} is {Printable.Quote(fieldKey)}, not {MergeField.For(link.Id!)}: " +
                    "its constant keeps that value, which HighLevel may not replace with the link, and the build warns LNK101");
            }
            else if (link.FieldKey is null && ++odd <= MostShown)
            {
                // Every field of HighLevel's schema is optional: a link without one is written as it came, and every build
                // then warns about it, so the pull says so once, where the cause (the answer) can still be seen.
                reporter.Warning(
                    $"{linePrefix}link {Printable.Quote(link.Id!)} came without a fieldKey: its constant uses {MergeField.For(link.Id!)}, " +
                    "and the build warns LNK101 until HighLevel sends one");
            }
        }

        if (odd > MostShown)
        {
            reporter.Warning($"{linePrefix}… and {odd - MostShown} more links whose fieldKey is missing or not their own field");
        }
    }
}
