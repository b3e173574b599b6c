using System;
using LinksGenerator.Tool.Commands;
using LinksGenerator.Tool.Configuration;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>
/// The words for a run that timed out name the time each attempt had (--timeout), and say so when the run's overall
/// limit left the last attempt less: waiting that out for real takes minutes, so the outcome is made here.
/// </summary>
public class FailureAdviceTests
{
    private static readonly FailureAdvice Advice = new(
        FailedRequest.Links, new VariableToken("GHL_TOKEN", "pit-secret-token-0001"), "ve9EPM428h8vShlRW1KT", "--location-id", new Uri("https://services.example/links/"), new Redactor(), TimeProvider.System);

    [Fact]
    public void A_last_attempt_the_overall_limit_cut_short_is_said_to_be_cut()
    {
        var outcome = new FetchOutcome(new TimedOut(TimeSpan.FromSeconds(24)), 4, "this run's overall limit of 3 min is reached", TimeSpan.FromSeconds(50));

        ToolException failure = Advice.For(outcome);

        Assert.Equal(ExitCode.Failed, failure.ExitCode);
        Assert.StartsWith("HighLevel did not answer within 50 s (4 attempts in a row, the last cut to 24 s by the run's overall limit). ", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("Stopped retrying: this run's overall limit of 3 min is reached", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "HighLevel did not answer within 50 s (5 attempts in a row). ")]
    [InlineData(true, "HighLevel's answer did not complete within 50 s (5 attempts in a row): it began")]
    public void Attempts_that_each_had_their_time_are_quoted_with_it(bool answerStarted, string expected)
    {
        var outcome = new FetchOutcome(new TimedOut(TimeSpan.FromSeconds(50), answerStarted), 5, null, TimeSpan.FromSeconds(50));

        Assert.StartsWith(expected, Advice.For(outcome).Message, StringComparison.Ordinal);
    }
}
