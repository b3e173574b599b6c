using System;

namespace LinksGenerator.Tool;

/// <summary>
/// A failure the user can act on: its message says what went wrong and what to do next, and it maps to one exit code.
/// The command prints the message (never a stack trace) and exits with <see cref="ExitCode"/>.
/// </summary>
internal sealed class ToolException : Exception
{
    public ToolException(ExitCode exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public ExitCode ExitCode { get; }

    public static ToolException Usage(string message) => new(ExitCode.UsageError, message);
}
