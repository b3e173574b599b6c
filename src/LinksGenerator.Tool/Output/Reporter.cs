using System.IO;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// The only way the commands write text. Results (what changed) go to standard output so scripts can capture them;
/// progress, warnings and errors go to standard error. Every line passes through the <see cref="Redactor"/>.
/// </summary>
internal sealed class Reporter
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public Reporter(TextWriter output, TextWriter error, Redactor redactor)
    {
        _out = output;
        _error = error;
        Redactor = redactor;
    }

    public Redactor Redactor { get; }

    public void Result(string line) => _out.WriteLine(Redactor.Redact(line));

    public void Progress(string line) => _error.WriteLine(Redactor.Redact(line));

    public void Warning(string line) => _error.WriteLine("warning: " + Redactor.Redact(line));

    public void Error(string line) => _error.WriteLine("error: " + Redactor.Redact(line));
}
