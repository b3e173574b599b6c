using System;
using System.Linq;
using LinksGenerator.Tool.HighLevel;

namespace LinksGenerator.Tool.Tests.Units;

public class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = RetryPolicy.Default;

    [Fact]
    public void Backoff_doubles_and_jitter_keeps_it_between_half_and_all_of_the_step()
    {
        Assert.Equal([0.5, 1, 2, 4, 8], Enumerable.Range(0, 5).Select(r => Policy.Backoff(r, 0).TotalSeconds));
        Assert.Equal([1.0, 2, 4, 8, 16], Enumerable.Range(0, 5).Select(r => Policy.Backoff(r, 1).TotalSeconds));
    }

    [Fact]
    public void Backoff_is_capped()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Policy.Backoff(10, 1));
        Assert.Equal(TimeSpan.FromSeconds(30), Policy.Backoff(int.MaxValue, 1));
    }

    [Fact]
    public void A_requested_wait_is_kept_with_at_most_a_tenth_or_a_second_more()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), RetryPolicy.AtLeast(TimeSpan.FromSeconds(3), 0));
        Assert.Equal(TimeSpan.FromSeconds(3.3), RetryPolicy.AtLeast(TimeSpan.FromSeconds(3), 1));
        Assert.Equal(TimeSpan.FromSeconds(61), RetryPolicy.AtLeast(TimeSpan.FromSeconds(60), 1));
    }

    [Fact]
    public void The_overall_limit_is_three_minutes_or_twice_the_timeout()
    {
        Assert.Equal(TimeSpan.FromMinutes(3), Policy.OverallLimit(TimeSpan.FromSeconds(30)));
        Assert.Equal(TimeSpan.FromMinutes(20), Policy.OverallLimit(TimeSpan.FromMinutes(10)));
    }
}
