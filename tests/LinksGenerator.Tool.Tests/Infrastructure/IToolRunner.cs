using System.Collections.Generic;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>Runs ghl-links with arguments and environment variables in a working folder: in-process, or the installed tool.</summary>
internal interface IToolRunner
{
    Task<ToolRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args);
}
