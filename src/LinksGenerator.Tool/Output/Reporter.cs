using System;
using System.IO;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// The only way the commands write text. Results (what changed) go to standard output so scripts can capture them;
/// progress, warnings and errors go to standard error. Every line passes through the <see cref="Redactor"/>, and is
/// written whole even when locations fetched side by side report at once. A line that cannot be written (standard output
/// closed, or redirected to a full disk) is dropped rather than thrown: the run's outcome and exit code are decided by
/// what it did, not by whether anyone could read about it, so a pull that wrote its snapshot still exits 0. Commands the
/// lines quote (<c>'ghl-links pull'</c>) come out as the user ran the tool (<see cref="InvokedCommand"/>).
/// </summary>
internal sealed class Reporter
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly string _command;
    private readonly object _gate = new();

    public Reporter(TextWriter output, TextWriter error, Redactor redactor, string command = InvokedCommand.Installed)
    {
        _out = output;
        _error = error;
        Redactor = redactor;
        _command = command;
    }

    public Redactor Redactor { get; }

    public void Result(string line) => WriteLine(_out, Shown(line));

    /// <summary>An interpolated result line, written without becoming a string unless it holds a secret to mask.</summary>
    public void Result(ref ReportLine line)
    {
        try
        {
            if (Redactor.Reveals(line.Text) || InvokedCommand.Changes(line.Text, _command))
            {
                WriteLine(_out, Shown(line.Text.ToString()));
                return;
            }

            WriteLine(_out, line.Text);
        }
        finally
        {
            line.Release();
        }
    }

    public void Progress(string line) => WriteLine(_error, Shown(line));

    public void Warning(string line) => WriteLine(_error, "warning: " + Shown(line));

    public void Error(string line) => WriteLine(_error, "error: " + Shown(line));

    /// <summary>
    /// The line redacted, its quoted commands as invoked, and kept on one line: a path or a server's text that a message
    /// names may hold a line break or a terminal escape (<see cref="Printable.Line"/>).
    /// </summary>
    private string Shown(string line) => Printable.Line(InvokedCommand.Quoting(Redactor.Redact(line), _command));

    private void WriteLine(TextWriter writer, ReadOnlySpan<char> line)
    {
        lock (_gate)
        {
            try
            {
                writer.WriteLine(line);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                // Nobody can read it (EBADF, ENOSPC); the next line may still get through to the other stream.
            }
        }
    }
}
