using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Generator;

/// <summary>
/// The compilation's syntax trees, equal to another list of the same tree objects in the same order: Roslyn keeps the
/// tree of a file no one edited, so an equal compilation (a clone, a change of references) has equal trees and
/// re-reports nothing. A class, not the array itself: Roslyn's pipeline nodes over a struct are generic code no
/// precompiled image holds, JIT-compiled in every build (docs/benchmarks.md, "Precompiled code").
/// </summary>
internal sealed class CompilationTrees(ImmutableArray<SyntaxTree> all) : IEquatable<CompilationTrees>
{
    public ImmutableArray<SyntaxTree> All { get; } = all;

    public bool Equals(CompilationTrees? other)
    {
        if (other is null || other.All.Length != All.Length)
        {
            return false;
        }

        for (int i = 0; i < All.Length; i++)
        {
            if (!ReferenceEquals(All[i], other.All[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as CompilationTrees);

    public override int GetHashCode() => All.Length;
}
