using System;
using System.IO;

namespace LinksGenerator.Benchmarks.Builds;

/// <summary>Finds the repository the benchmarks run from.</summary>
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
