using Microsoft.CodeAnalysis;

namespace LinksGenerator.Analyzer;

/// <summary>
/// The token at each of a file's search hits, taken in increasing order. <see cref="SyntaxNode.FindToken"/> descends
/// from the root every time, as deep as the token is nested: in a <c>+</c> chain of thousands of pieces, each with a
/// hit, that is quadratic. A hit a few tokens past the previous one is reached by stepping forward instead.
/// </summary>
internal sealed class TokenCursor(SyntaxNode root)
{
    /// <summary>How far to step before descending from the root costs less: the next piece of a chain is two tokens on.</summary>
    private const int MaxSteps = 8;

    private SyntaxToken _current;

    /// <summary>The token whose full span (trivia included) holds <paramref name="position"/>, as <c>root.FindToken</c> finds it.</summary>
    public SyntaxToken At(int position)
    {
        // Tokens' full spans tile the file in order, so the one holding the position is the same whichever way it is reached.
        if (_current.FullSpan.Contains(position))
        {
            return _current;
        }

        if (_current.RawKind != 0 && _current.FullSpan.End <= position)
        {
            SyntaxToken token = _current;
            for (int step = 0; step < MaxSteps; step++)
            {
                token = token.GetNextToken(includeZeroWidth: true);
                if (token.RawKind == 0 || token.FullSpan.Start > position)
                {
                    break;
                }

                if (token.FullSpan.Contains(position))
                {
                    return _current = token;
                }
            }
        }

        return _current = root.FindToken(position);
    }
}
