using System.Linq;
using LinksGenerator.Snapshot;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>The reader's duplicate-key check, on both sides of the switch from comparing names to hashing them.</summary>
public class ObjectKeysTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(1000)]
    public void Refuses_every_name_seen_in_the_object_and_accepts_new_ones(int count)
    {
        var (keys, names) = Filled(count);

        // Equal text, not the same string: a name spelled with an escape is made anew by the reader.
        Assert.All(names, name => Assert.False(keys.Add(new string(name.ToCharArray()))));
        Assert.True(keys.Add("another"));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    public void Forgets_the_names_when_cleared_for_the_next_object(int count)
    {
        var (keys, names) = Filled(count);

        keys.Clear();

        Assert.All(names, name => Assert.True(keys.Add(name)));
        Assert.False(keys.Add(names[^1]));
    }

    /// <summary>A new set given <paramref name="count"/> distinct names, each accepted on first sight.</summary>
    private static (ObjectKeys Keys, string[] Names) Filled(int count)
    {
        var keys = new ObjectKeys();
        string[] names = Enumerable.Range(0, count).Select(i => "key" + i).ToArray();
        Assert.All(names, name => Assert.True(keys.Add(name)));
        return (keys, names);
    }
}
