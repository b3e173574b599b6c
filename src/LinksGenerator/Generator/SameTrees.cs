using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Generator;

/// <summary>
/// The compilation's syntax trees compared as the same objects, in the same order: Roslyn keeps the tree of a file no
/// one edited, so an equal compilation (a clone, a change of references) has equal trees and re-reports nothing.
/// </summary>
internal sealed class SameTrees : IEqualityComparer<ImmutableArray<SyntaxTree>>
{
    public static SameTrees Instance { get; } = new();

    public bool Equals(ImmutableArray<SyntaxTree> x, ImmutableArray<SyntaxTree> y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (int i = 0; i < x.Length; i++)
        {
            if (!ReferenceEquals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(ImmutableArray<SyntaxTree> obj) => obj.Length;
}
