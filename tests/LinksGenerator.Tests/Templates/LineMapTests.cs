using System;
using System.Text;
using LinksGenerator.Templates;

namespace LinksGenerator.Tests.Templates;

/// <summary>Lines and columns of template findings: "\r\n", "\n" and a lone "\r" each end one line.</summary>
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

    [Fact]
    public void Every_offset_of_random_text_is_placed_as_a_character_by_character_count_places_it()
    {
        var random = new Random(30);
        const string Alphabet = "ab\r\n \u2028";
        for (int round = 0; round < 500; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(40); i > 0; i--)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            string value = text.ToString();
            var map = new LineMap(value);
            int line = 0, start = 0;
            for (int offset = 0; offset <= value.Length; offset++)
            {
                Assert.Equal((line, offset - start), map.Position(offset));
                if (offset < value.Length && (value[offset] == '\n' || (value[offset] == '\r' && (offset + 1 == value.Length || value[offset + 1] != '\n'))))
                {
                    line++;
                    start = offset + 1;
                }
            }
        }
    }
}
