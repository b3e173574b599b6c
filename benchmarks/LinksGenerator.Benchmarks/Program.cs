using BenchmarkDotNet.Running;

namespace LinksGenerator.Benchmarks;

public static class Program
{
    /// <summary>BenchmarkDotNet's switcher: `-- --filter *Generator*` runs the generator benchmarks (see docs/benchmarks.md).</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
