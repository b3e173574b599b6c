using System;

namespace LinksGenerator.Tool.Cli;

/// <summary>How far a mistyped word is from the one meant: what "did you mean" suggestions go by.</summary>
internal static class EditDistance
{
    /// <summary>Whether <paramref name="typed"/> is close enough to <paramref name="meant"/> to suggest it: a third of its letters wrong at most.</summary>
    public static bool Near(string typed, string meant) => Between(typed, meant) <= Math.Max(1, meant.Length / 3);

    /// <summary>Edits (a letter added, dropped, changed, or two swapped) that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Between(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
