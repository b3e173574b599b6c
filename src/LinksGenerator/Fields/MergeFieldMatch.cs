namespace LinksGenerator.Fields;

/// <summary>
/// A trigger-link merge field found in a string's value: <see cref="Start"/> and <see cref="Length"/> are offsets in the
/// value. A well-formed field has an <see cref="Id"/>; a malformed one has a <see cref="Problem"/> instead. A class, not
/// a struct: fields are rare, and a <c>List</c> of a struct would be JIT-compiled in every fresh compiler process, where
/// one of a class runs the framework's shared, precompiled code (docs/benchmarks.md, "Precompiled code").
/// </summary>
internal sealed class MergeFieldMatch
{
    private MergeFieldMatch(int start, int length, string? id, string? problem)
    {
        Start = start;
        Length = length;
        Id = id;
        Problem = problem;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public string? Id { get; }

    public string? Problem { get; }

    public bool IsWellFormed => Id is not null;

    public static MergeFieldMatch WellFormed(int start, int length, string id) => new(start, length, id, null);

    public static MergeFieldMatch Malformed(int start, int length, string problem) => new(start, length, null, problem);
}
