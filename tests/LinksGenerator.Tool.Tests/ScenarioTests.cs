using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using LinksGenerator.Tool.Tests.Scenarios;

namespace LinksGenerator.Tool.Tests;

/// <summary>The scenario table in-process: the tool's entry point against the loopback server, retry waits on a fake clock.</summary>
public class ScenarioTests
{
    [Theory]
    [MemberData(nameof(ScenarioTable.Names), MemberType = typeof(ScenarioTable))]
    public async Task Pull(string scenario) => await ScenarioCheck.PullAsync(ScenarioTable.Named(scenario), InProcessTool.Instance);

    [Theory]
    [MemberData(nameof(ScenarioTable.Names), MemberType = typeof(ScenarioTable))]
    public async Task Check(string scenario) => await ScenarioCheck.CheckAsync(ScenarioTable.Named(scenario), InProcessTool.Instance);
}
