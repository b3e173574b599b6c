using System;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// How many requests may be in flight at once across a whole run, token exchanges included. HighLevel allows 100
/// requests per 10 seconds per app and location; an agency pulling fifty locations at once would only meet 429s and
/// hold fifty response bodies in memory. A request holds its place from sending to its last byte read; retry waits do
/// not hold one.
/// </summary>
internal sealed class RequestGate : IDisposable
{
    /// <summary>Enough to overlap the round trips of a few locations; few enough to stay polite and small.</summary>
    public const int MostInFlight = 4;

    private readonly SemaphoreSlim _places = new(MostInFlight, MostInFlight);

    public async Task<T> RunAsync<T>(Func<Task<T>> request, CancellationToken cancellationToken)
    {
        await _places.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await request().ConfigureAwait(false);
        }
        finally
        {
            _places.Release();
        }
    }

    public void Dispose() => _places.Dispose();
}
