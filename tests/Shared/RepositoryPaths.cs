using System;
using System.IO;

namespace LinksGenerator.Testing;

/// <summary>Finds the repository that tests and benchmarks run from (shared source: tests/Shared).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LinksGenerator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("LinksGenerator.sln not found above " + AppContext.BaseDirectory);
    }
}
