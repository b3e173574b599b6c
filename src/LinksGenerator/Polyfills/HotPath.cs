using System.Runtime.CompilerServices;

namespace LinksGenerator;

/// <summary>
/// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name (the .NET runtime that runs the
/// compiler honours it; .NET Framework ignores it), for the loops that run once per link or per character of the
/// snapshot. A command-line build's compiler is often a fresh process (<c>UseSharedCompilation=false</c>, CI machines),
/// and in a fresh process those loops would otherwise run as unoptimized tier-0 code for the whole build: a cold run of
/// the generator on 10,000 links took ~0.1 s less with it (docs/benchmarks.md, "The real-build gap, explained").
/// </summary>
internal static class HotPath
{
#if FOR_PRECOMPILING
    // The build the package precompiles (docs/benchmarks.md, "Precompiled code"): crossgen2 leaves methods with the flag
    // to the JIT, which would compile them again in every fresh compiler; without it they are native code already.
    public const MethodImplOptions Optimized = 0;
#else
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
#endif
}
