using System.Linq;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>Which response bodies borrow from the shared pool and which get an array of their own.</summary>
public class BodyBuffersTests
{
    [Fact]
    public void A_body_of_a_few_hundred_KB_is_lent_by_the_pool_and_given_back_to_it()
    {
        byte[] first = BodyBuffers.Rent(215_000);
        BodyBuffers.GiveBack(first);
        byte[] second = BodyBuffers.Rent(215_000);
        BodyBuffers.GiveBack(second);

        Assert.Equal(262_144, first.Length); // the pool's power of two
        Assert.Same(first, second);
    }

    [Fact]
    public void A_body_past_the_pooled_size_gets_an_array_of_its_size_that_the_pool_does_not_keep()
    {
        const int Size = BodyBuffers.MostPooled + 1;

        byte[] first = BodyBuffers.Rent(Size);
        BodyBuffers.GiveBack(first);
        byte[] second = BodyBuffers.Rent(Size);

        Assert.Equal(Size, first.Length);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void The_pool_keeps_a_bounded_number_of_buffers_not_one_per_thread()
    {
        // A few buckets' worth at most: a size's own bucket and the one above it, MostInFlight each.
        byte[][] lent = [.. Enumerable.Range(0, 3 * RequestGate.MostInFlight).Select(_ => BodyBuffers.Rent(300_000))];
        foreach (byte[] buffer in lent)
        {
            BodyBuffers.GiveBack(buffer);
        }

        byte[][] again = [.. Enumerable.Range(0, 3 * RequestGate.MostInFlight).Select(_ => BodyBuffers.Rent(300_000))];

        Assert.Equal(lent.Length, lent.Distinct().Count());
        Assert.InRange(again.Count(buffer => lent.Contains(buffer)), 1, 2 * RequestGate.MostInFlight);
        foreach (byte[] buffer in again)
        {
            BodyBuffers.GiveBack(buffer);
        }
    }
}
