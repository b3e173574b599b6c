using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>Compiles C# in process against the running framework, and loads the result to read values at run time.</summary>
internal static class TestCompilation
{
    public static MetadataReference[] FrameworkReferences => LinksGenerator.Testing.FrameworkReferences.All;

    public static CSharpCompilation Create(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.Latest, string assemblyName = "Consumer") =>
        CSharpCompilation.Create(
            assemblyName,
            // A path each, as a project's files have: a diagnostic in code is placed in its tree by path.
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose), path: $"Source{i}.cs")),
            FrameworkReferences,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    /// <summary>Emits the compilation and loads it into a collectible context; fails the test on any compile error.</summary>
    public static Assembly EmitAndLoad(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }
}
