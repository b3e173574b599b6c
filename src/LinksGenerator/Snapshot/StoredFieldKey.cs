namespace LinksGenerator.Snapshot;

/// <summary>
/// A link's <c>fieldKey</c> as <see cref="SnapshotEntry"/> and <see cref="SnapshotLink"/> keep it: the one HighLevel
/// gives nearly every link is its id's own (<see cref="MergeField.For"/>), kept as a flag and made again when asked for,
/// which spares an agency's 50,000 links 5 MB (docs/benchmarks.md, "ghl-links pull"); any other is kept as it is.
/// Equal for equal text with the same id, so the records holding it keep their value equality.
/// </summary>
internal readonly record struct StoredFieldKey
{
    private readonly bool _isTheIds;
    private readonly string? _other;

    private StoredFieldKey(bool isTheIds, string? other)
    {
        _isTheIds = isTheIds;
        _other = other;
    }

    /// <summary>Whether it is the one HighLevel gives the id, known without building it.</summary>
    public bool IsTheIds => _isTheIds;

    /// <summary><paramref name="fieldKey"/> of the link with id <paramref name="id"/>, decided once.</summary>
    public static StoredFieldKey Of(string? fieldKey, string? id)
    {
        bool isTheIds = fieldKey is not null && id is not null && MergeField.IsFor(fieldKey, id);
        return new StoredFieldKey(isTheIds, isTheIds ? null : fieldKey);
    }

    /// <summary>The fieldKey, null when there is none; the id's own is built on each call.</summary>
    public string? For(string? id) => _isTheIds ? MergeField.For(id!) : _other;
}
