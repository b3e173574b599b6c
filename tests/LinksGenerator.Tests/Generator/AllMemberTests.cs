using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Tests.Infrastructure;

namespace LinksGenerator.Tests.Generator;

/// <summary>
/// <c>All</c> is written as one literal split at first use (docs/generated-code.md); whatever the merge fields hold, it
/// must list exactly the constants' values, in member-name order.
/// </summary>
public class AllMemberTests
{
    private static readonly string[] MembersInOrder = ["Apple", "Mango", "Zebra"];

    [Fact]
    public void All_lists_every_constant_in_member_name_order()
    {
        string snapshot = SnapshotJson.Of(new[]
        {
            new TestLink("c3", "Zebra", null, "{{trigger_link.c3}}"),
            new TestLink("a1", "Apple", null, "{{trigger_link.a1}}"),
            new TestLink("b2", "Mango", null, "{{trigger_link.b2}}"),
        });

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        Assert.Contains("AsReadOnly(\"{{trigger_link.a1}}\\n{{trigger_link.b2}}\\n{{trigger_link.c3}}\".Split('\\n'));", run.GeneratedSource, StringComparison.Ordinal);
        Type type = Load(run);
        Assert.Equal(["{{trigger_link.a1}}", "{{trigger_link.b2}}", "{{trigger_link.c3}}"], All(type));
        Assert.Equal(MembersInOrder.Select(member => (string)type.GetField(member)!.GetRawConstantValue()!), All(type));
    }

    [Fact]
    public void A_merge_field_holding_the_separator_makes_the_next_one_be_used()
    {
        // A hand-edited fieldKey (LNK101) may hold anything; the values must still come back exactly.
        string[] keys = ["", "line\nbreak", "pipe|here", "", "plain", ""];
        string snapshot = SnapshotJson.Of(keys.Select((key, i) => new TestLink($"id{i}", $"Link {i}", null, key)));

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        Assert.Contains(".Split(','));", run.GeneratedSource, StringComparison.Ordinal);
        Assert.Equal(keys, All(Load(run)));
    }

    [Fact]
    public void Merge_fields_holding_every_separator_are_listed_by_member()
    {
        string[] keys = ["a\nb", "c|d", "e,f", "g h", "i\tj", "k~l", "{{trigger_link.id6}}"];
        string snapshot = SnapshotJson.Of(keys.Select((key, i) => new TestLink($"id{i}", $"Link {i}", null, key)));

        GeneratorRun run = GeneratorHarness.Run(snapshot);

        Assert.DoesNotContain(".Split(", run.GeneratedSource, StringComparison.Ordinal);
        Assert.Contains("AsReadOnly(new string[]", run.GeneratedSource, StringComparison.Ordinal);
        Assert.Equal(keys, All(Load(run)));
    }

    [Fact]
    public void A_snapshot_without_links_has_an_empty_All()
    {
        GeneratorRun run = GeneratorHarness.Run(SnapshotJson.Of(Array.Empty<TestLink>()));

        Assert.Empty(All(Load(run)));
    }

    private static Type Load(GeneratorRun run) => TestCompilation.EmitAndLoad(run.OutputCompilation).GetType("Consumer.TriggerLinks")!;

    private static IReadOnlyList<string> All(Type type) => (IReadOnlyList<string>)type.GetProperty("All")!.GetValue(null)!;
}
