using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;

namespace LinksGenerator.Tool.Cli;

/// <summary>
/// Ctrl+C and SIGTERM, as a cancellation the commands observe: the first one asks the run to stop (it stops at its next
/// request or wait, says "cancelled" and exits 130, the snapshot untouched; a snapshot already being written is
/// finished first, so the file is never left half-replaced and the run reports what it wrote). A second one ends the
/// process at once, as the signal normally does, for a run stuck where it cannot look.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signals;

    public Interruption()
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

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _requested.Token;

    /// <summary>
    /// Keeps the process alive at the first signal and cancels <see cref="Token"/>; lets the signal end the process at
    /// the second.
    /// </summary>
    public void Handle(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _signals) == 1)
        {
            context.Cancel = true;
            _requested.Cancel();
        }
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
