using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using LinksGenerator.Tool.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace LinksGenerator.Tool.Tests.Scenarios;

internal enum SnapshotAfter
{
    /// <summary>Byte-identical to the snapshot the folder had before the run.</summary>
    Unchanged,

    /// <summary>Exactly <see cref="TestLinks.ExpectedSnapshot"/>.</summary>
    Expected,

    /// <summary>Replaced by a snapshot the generator reads with <see cref="Scenario.LinkCount"/> links, sorted by id.</summary>
    Replaced,
}

/// <summary>
/// One way HighLevel (or the network) can answer, and what the tool must do about it: exit code, how many requests
/// reach the server, what the message says, and what becomes of the snapshot.
/// </summary>
/// <param name="Respond">Answers request number n (from 1); null serves as documented.</param>
internal sealed record Scenario(
    string Name,
    Func<FakeHighLevel, HttpContext, int, Task>? Respond,
    int ExitCode,
    int Requests,
    string[] Expect,
    SnapshotAfter Snapshot = SnapshotAfter.Unchanged,
    double TimeoutSeconds = 20,
    double? MinimumWaitSeconds = null,
    IReadOnlyList<TestLink>? Links = null,
    int LinkCount = 5)
{
    public override string ToString() => Name;
}
