using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Analyzer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>
/// The analyzer finds the token at each search hit with <see cref="TokenCursor"/>, stepping forward from the last one
/// instead of descending from the root each time: it must land on exactly the token <c>FindToken</c> finds, whatever the
/// trivia, directives, broken code or gaps between the positions.
/// </summary>
public class TokenCursorTests
{
    public static TheoryData<string> Sources() =>
    [
        "class C { const string Big = \"{{trigger_link.\" + \"x\" + \"x\" + \"}}\"; }",
        """"
        /// <summary>Doc comment with "{{trigger_link.x}}".</summary>
        class C
        {
            // a comment {{trigger_link.y}}
            /* a block
               comment */ string s = $"{{{{trigger_link.{Id}}}}}" + @"verbatim
        text" + $$"""raw {{Id}} {{trigger_link.z}}""";
        #if NEVER
            string disabled = "{{trigger_link.q}}";
        #endif
        #region r
            string Id => nameof(Id);
        #endregion
        }
        """",
        "class C { void M( { string s = \"{{trigger_link.x}}\" + ; } ) ] } garbage ### \"unterminated",
        "",
        "   \n\n  ",
        "class C { string s = \"a\" + \"b\"; }   // trailing comment without a newline",
    ];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_position_in_order_finds_the_token_FindToken_finds(string source) =>
        AssertSameTokens(source, Enumerable.Range(0, source.Length));

    [Theory]
    [MemberData(nameof(Sources))]
    public void Positions_with_gaps_find_the_token_FindToken_finds(string source)
    {
        for (int seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var positions = Enumerable.Range(0, source.Length).Where(_ => random.Next(seed + 2) == 0).ToList();
            AssertSameTokens(source, positions);
        }
    }

    [Fact]
    public void A_long_chain_with_a_hit_in_every_piece_finds_each_piece()
    {
        string source = "class C { const string Big = " + string.Join(" + ", Enumerable.Repeat("\"{{trigger_link.x}}\"", 5_000)) + "; }";
        var positions = new List<int>();
        LinksGenerator.Analyzer.TextSearch.AddOccurrences(source, "trigger_link", positions);

        AssertSameTokens(source, positions);
    }

    [Fact]
    public void The_same_position_twice_finds_the_same_token()
    {
        string source = "class C { string s = \"{{trigger_link.x}}\"; }";
        int position = source.IndexOf("trigger_link", StringComparison.Ordinal);

        AssertSameTokens(source, [position, position, position + 1]);
    }

    private static void AssertSameTokens(string source, IEnumerable<int> positions)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var cursor = new TokenCursor(root);
        foreach (int position in positions)
        {
            SyntaxToken expected = root.FindToken(position);
            SyntaxToken actual = cursor.At(position);
            Assert.True(expected == actual, $"At {position}: expected {expected.Kind()} at {expected.FullSpan}, got {actual.Kind()} at {actual.FullSpan}");
        }
    }
}
