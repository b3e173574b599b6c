using System.Threading;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// How many bytes of Links responses a run may hold, all its locations together. Each answer has its own limit
/// (<see cref="LinksResponseReader.DefaultLimit"/>), but a run of many locations holds every answer until all are in, so
/// without a total its memory would grow with the number of locations; and answers larger together than a snapshot may
/// be (<see cref="Storage.BoundedFile.Limit"/>) would make a file that neither the tool nor anyone reads back.
/// Shared by the locations fetched side by side.
/// </summary>
internal sealed class AnswerBudget
{
    private long _taken;

    public AnswerBudget(long limit) => Limit = limit;

    public long Limit { get; }

    /// <summary>Takes <paramref name="bytes"/> from the budget; false when the run's answers now add up to more than <see cref="Limit"/>.</summary>
    public bool TryTake(long bytes) => Interlocked.Add(ref _taken, bytes) <= Limit;
}
