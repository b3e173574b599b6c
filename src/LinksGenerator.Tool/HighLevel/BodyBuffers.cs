using System;
using System.Buffers;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Where a response body's bytes live. Up to <see cref="MostPooled"/> they come from a pool and go back to it: an
/// agency's pull reads 50 bodies of a few hundred KB each, which would otherwise each be a fresh large-object-heap
/// array. The pool is the tool's own and keeps at most <see cref="RequestGate.MostInFlight"/> buffers of a size, as many
/// as are ever read at once: the shared pool keeps one per thread and more per core, and how many threads a pull used
/// moved its peak by megabytes from run to run. A larger body (one location of thousands of links) gets an array of its
/// own size that the GC takes back once it is parsed: a pool would round it up to the next power of two and keep it for
/// the rest of the run, 4 MB of a 10,000-link pull's memory for nothing (docs/benchmarks.md, "ghl-links pull").
/// </summary>
internal static class BodyBuffers
{
    /// <summary>The largest buffer the pool lends and keeps.</summary>
    public const int MostPooled = 1024 * 1024;

    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(MostPooled, maxArraysPerBucket: RequestGate.MostInFlight);

    /// <summary>An array of at least <paramref name="size"/> bytes; its contents are undefined.</summary>
    public static byte[] Rent(int size) =>
        size <= MostPooled ? Pool.Rent(size) : GC.AllocateUninitializedArray<byte>(size);

    /// <summary>Gives a buffer from <see cref="Rent"/> back: to the pool when it came from there, otherwise to the GC.</summary>
    public static void GiveBack(byte[] buffer)
    {
        if (buffer.Length > 0 && buffer.Length <= MostPooled)
        {
            Pool.Return(buffer);
        }
    }
}
