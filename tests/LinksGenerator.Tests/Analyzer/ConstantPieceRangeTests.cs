using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Analyzer;

namespace LinksGenerator.Tests.Analyzer;

/// <summary>
/// A field in a folded constant is reported only when no single piece holds it (that piece's own check does).
/// <see cref="ConstantPieces.OneHolds"/> finds that piece by a binary search: it must agree with looking at every piece.
/// </summary>
public class ConstantPieceRangeTests
{
    public static TheoryData<int[]> PieceLengths() =>
    [
        [5],
        [0],
        [3, 4, 5],
        [0, 0, 7, 0, 2],
        [4, 0, 0, 4, 0],
        [1, 1, 1, 1, 1, 1, 1],
        [10, 0, 1, 0, 10],
    ];

    [Theory]
    [MemberData(nameof(PieceLengths))]
    public void Every_range_is_held_exactly_when_some_piece_holds_it(int[] lengths)
    {
        var pieces = new List<(int Start, int End)>();
        int offset = 0;
        foreach (int length in lengths)
        {
            pieces.Add((offset, offset + length));
            offset += length;
        }

        for (int start = 0; start <= offset; start++)
        {
            for (int end = start; end <= offset; end++)
            {
                bool expected = pieces.Any(p => p.Start <= start && end <= p.End);
                Assert.True(expected == ConstantPieces.OneHolds(pieces, start, end), $"{start}..{end} in [{string.Join(", ", pieces)}]");
            }
        }
    }

    [Fact]
    public void No_pieces_hold_nothing() => Assert.False(ConstantPieces.OneHolds([], 0, 0));
}
