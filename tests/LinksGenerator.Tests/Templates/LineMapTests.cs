using System;
using System.Text;
using LinksGenerator.Templates;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Tests.Templates;

/// <summary>Lines and columns of template findings: "\r\n", "\n", a lone "\r", U+0085, U+2028 and U+2029 each end one line.</summary>
public class LineMapTests
{
    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("ab", 2, 0, 2)]
    [InlineData("a\r\nb", 3, 1, 0)]
    [InlineData("a\r\nb", 2, 0, 2)] // between the two characters of one line end: still the first line
    [InlineData("a\rb\nc\r\n\rd", 8, 4, 0)]
    [InlineData("a\n", 2, 1, 0)]
    [InlineData("a\r", 2, 1, 0)]
    public void Positions_count_every_kind_of_line_end_once(string text, int offset, int line, int character) =>
        Assert.Equal((line, character), new LineMap(text).Position(offset));

    [Theory]
    [InlineData("a\u0085b", 2, 1, 0)]
    [InlineData("a\u2028b\u2029c", 4, 2, 0)]
    [InlineData("a\u2028\nb", 3, 2, 0)] // U+2028 then '\n' are two line ends, not one like "\r\n"
    public void The_unicode_line_ends_the_compiler_counts_end_lines_too(string text, int offset, int line, int character) =>
        Assert.Equal((line, character), new LineMap(text).Position(offset));

    /// <summary>The build prints the map's positions and the IDE places the squiggle by the compiler's own lines of the
    /// file: both must name the same line and column for every offset.</summary>
    [Fact]
    public void Every_offset_of_random_text_is_placed_where_the_compilers_lines_of_the_text_place_it()
    {
        var random = new Random(30);
        const string Alphabet = "ab\r\n \u2028\u2029\u0085\u000B\u000C";
        for (int round = 0; round < 500; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(40); i > 0; i--)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            string value = text.ToString();
            var map = new LineMap(value);
            SourceText compilers = SourceText.From(value);
            for (int offset = 0; offset <= value.Length; offset++)
            {
                LinePosition expected = compilers.Lines.GetLinePosition(offset);
                Assert.Equal((expected.Line, expected.Character), map.Position(offset));
            }
        }
    }
}
