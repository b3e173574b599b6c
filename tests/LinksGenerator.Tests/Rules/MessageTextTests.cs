using LinksGenerator.Collections;
using LinksGenerator.Rules;

namespace LinksGenerator.Tests.Rules;

/// <summary>Untrusted text in a rule's message: one line, harmless to a log, and never a megabyte long.</summary>
public class MessageTextTests
{
    [Theory]
    [InlineData("plain 'name' with \"quotes\" and \\", "plain 'name' with \"quotes\" and \\")]
    [InlineData("two\nlines\r\nand\rtab\t", "two\\nlines\\r\\nand\\rtab\\t")]
    [InlineData("esc \u001b[31m red, bidi \u202e, nel \u0085, ls \u2028", "esc \\u001b[31m red, bidi \\u202e, nel \\u0085, ls \\u2028")]
    public void Text_is_kept_on_one_line_with_unsafe_characters_escaped(string text, string expected)
    {
        Assert.Equal(expected, MessageText.Safe(text));
        Assert.Equal(expected, MessageText.Safe(expected)); // applying it twice changes nothing
    }

    [Theory]
    [InlineData("C:\\Templates\\mail.html", "C:\\Templates\\mail.html")] // nothing escaped: a path reads as it is
    [InlineData("x\\\u2028", "x\\\\\\u2028")] // a backslash, then U+2028
    [InlineData("x\\u2028\n", "x\\\\u2028\\n")] // the six characters \u2028 written in a name, then a line break
    [InlineData("\n\\", "\\n\\\\")] // a backslash after the first escape is doubled too
    public void In_text_with_an_escape_a_backslash_is_doubled_so_each_escape_reads_one_way(string text, string expected)
    {
        Assert.Equal(expected, MessageText.Safe(text));
    }

    [Theory]
    [InlineData("{{\u00a0trigger_link.x\u2003}}", "{{\\u00a0trigger_link.x\\u2003}}")]
    [InlineData("{{ trigger_link.x\t}}", "{{ trigger_link.x\\t}}")]
    [InlineData("{{ trigger_link.x }}", "{{ trigger_link.x }}")]
    public void A_field_shows_every_space_that_is_not_a_plain_one_escaped(string field, string expected)
    {
        Assert.Equal(expected, MessageText.Field(field));
        Assert.Equal("name\u00a0with a no-break space", MessageText.Safe("name\u00a0with a no-break space")); // a name is shown as it is
    }

    [Fact]
    public void A_surrogate_pair_stays_and_a_lone_surrogate_is_escaped()
    {
        // Not theory data: xUnit would mangle the lone surrogate on its way into the test.
        Assert.Equal("emoji 🎉 stays, a lone \\ud800 does not", MessageText.Safe("emoji 🎉 stays, a lone \ud800 does not"));
    }

    [Fact]
    public void Long_text_keeps_its_start_and_end_around_an_ellipsis()
    {
        string text = "start " + new string('x', 5_000_000) + " end";

        string safe = MessageText.Safe(text);

        Assert.Equal(MessageText.MaximumLength, safe.Length);
        Assert.StartsWith("start xxx", safe, System.StringComparison.Ordinal);
        Assert.EndsWith("xxx end", safe, System.StringComparison.Ordinal);
        Assert.Contains("x…x", safe, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        string text = string.Concat(System.Linq.Enumerable.Repeat("🎉", 2_000));

        string safe = MessageText.Safe(text);

        Assert.True(safe.Length <= MessageText.MaximumLength);
        for (int i = 0; i < safe.Length; i++)
        {
            if (char.IsHighSurrogate(safe[i]))
            {
                Assert.True(char.IsLowSurrogate(safe[++i]));
            }
            else
            {
                Assert.False(char.IsLowSurrogate(safe[i]));
            }
        }
    }

    [Fact]
    public void Arguments_that_need_nothing_come_back_as_they_were()
    {
        var arguments = new EquatableArray<string>(["a", "b"]);
        var unsafeArguments = new EquatableArray<string>(["a", "b\nc"]);

        Assert.Equal(arguments, MessageText.Safe(arguments));
        Assert.Equal(new EquatableArray<string>(["a", "b\\nc"]), MessageText.Safe(unsafeArguments));
    }
}
