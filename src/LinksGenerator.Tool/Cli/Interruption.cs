using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;

namespace LinksGenerator.Tool.Cli;

/// <summary>
/// Ctrl+C and SIGTERM, as a cancellation the commands observe: the first one asks the run to stop (it stops at its next
/// request or wait, or at the latest before it writes, says "cancelled" and exits 130, the snapshot untouched; a
/// snapshot already being written is finished first, so the file is never left half-replaced and the run reports what
/// it wrote). A second one, a second or
/// more later, ends the process at once, as the signal normally does, for a run stuck where it cannot look.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
    /// <summary>
    /// Signals this soon after the first are the same request delivered again: <c>dotnet ghl-links</c> forwards the
    /// SIGTERM a process group gets (from <c>timeout</c>, systemd, a CI runner) to the tool, which gets it directly too.
    /// A person pressing Ctrl+C twice takes longer.
    /// </summary>
    public const int SameRequestMilliseconds = 1000;

    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly Func<long> _milliseconds;
    private readonly object _gate = new();
    private long? _firstAt;

    public Interruption()
        : this(static () => Environment.TickCount64)
    {
        foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, Handle));
            }
            catch (PlatformNotSupportedException)
            {
                // A host without the signal keeps its default behaviour for it; the tool still runs.
            }
        }
    }

    /// <summary>For tests: <paramref name="milliseconds"/> is the clock repeats are timed on; no signal is registered.</summary>
    internal Interruption(Func<long> milliseconds) => _milliseconds = milliseconds;

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _requested.Token;

    /// <summary>
    /// Keeps the process alive at the first signal and cancels <see cref="Token"/>; lets the signal end the process at
    /// the second.
    /// </summary>
    public void Handle(PosixSignalContext context)
    {
        lock (_gate)
        {
            long now = _milliseconds();
            if (_firstAt is { } first && now - first >= SameRequestMilliseconds)
            {
                return; // A second request: the signal's default, the process ends.
            }

            _firstAt ??= now;
            context.Cancel = true;
        }

        _requested.Cancel();
    }

    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in _registrations)
        {
            registration.Dispose();
        }

        _requested.Dispose();
    }
}
