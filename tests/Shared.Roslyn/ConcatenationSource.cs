using System.Collections.Generic;
using System.Linq;

namespace LinksGenerator.Testing;

/// <summary>C# source of a <c>+</c> chain, as long as a test or benchmark asks: the compiler nests it as deep.</summary>
public static class ConcatenationSource
{
    /// <summary><paramref name="first"/> + each of <paramref name="middle"/> + <paramref name="last"/>, as source.</summary>
    public static string Chain(string first, IEnumerable<string> middle, string last) =>
        string.Join(" + ", new[] { first }.Concat(middle).Append(last));

    /// <summary><paramref name="count"/> literals <c>"x"</c>.</summary>
    public static IEnumerable<string> Xs(int count) => Enumerable.Repeat("\"x\"", count);
}
