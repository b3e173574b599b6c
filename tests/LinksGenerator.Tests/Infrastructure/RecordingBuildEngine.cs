using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace LinksGenerator.Tests.Infrastructure;

/// <summary>The part of MSBuild a task talks to: keeps what the task logs, so a test can read it.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<string> Messages { get; } = [];

    public List<string> WarningsAndErrors { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "/project/Shop.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    public void LogCustomEvent(CustomBuildEventArgs e) => Messages.Add(e.Message ?? "");

    public void LogErrorEvent(BuildErrorEventArgs e) => WarningsAndErrors.Add("error " + e.Code + ": " + e.Message);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? "");

    public void LogWarningEvent(BuildWarningEventArgs e) => WarningsAndErrors.Add("warning " + e.Code + ": " + e.Message);
}
