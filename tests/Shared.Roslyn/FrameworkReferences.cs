using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Testing;

/// <summary>The running framework's System assemblies as metadata references: enough to compile and run test code in process.</summary>
public static class FrameworkReferences
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public static MetadataReference[] All => References.Value;
}
