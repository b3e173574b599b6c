using System.IO;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// The only way the commands write text. Results (what changed) go to standard output so scripts can capture them;
/// progress, warnings and errors go to standard error. Every line passes through the <see cref="Redactor"/>, and is
/// written whole even when locations fetched side by side report at once.
/// </summary>
internal sealed class Reporter
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly object _gate = new();

    public Reporter(TextWriter output, TextWriter error, Redactor redactor)
    {
        _out = output;
        _error = error;
        Redactor = redactor;
    }

    public Redactor Redactor { get; }

    public void Result(string line) => Write(_out, Redactor.Redact(line));

    /// <summary>An interpolated result line, written without becoming a string unless it holds a secret to mask.</summary>
    public void Result(ref ReportLine line)
    {
        try
        {
            if (Redactor.Finds(line.Text))
            {
                Write(_out, Redactor.Redact(line.Text.ToString()));
                return;
            }

            lock (_gate)
            {
                _out.WriteLine(line.Text);
            }
        }
        finally
        {
            line.Release();
        }
    }

    public void Progress(string line) => Write(_error, Redactor.Redact(line));

    public void Warning(string line) => Write(_error, "warning: " + Redactor.Redact(line));

    public void Error(string line) => Write(_error, "error: " + Redactor.Redact(line));

    private void Write(TextWriter writer, string line)
    {
        lock (_gate)
        {
            writer.WriteLine(line);
        }
    }
}
