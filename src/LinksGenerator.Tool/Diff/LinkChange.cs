namespace LinksGenerator.Tool.Diff;

internal enum ChangeKind
{
    Added,

    /// <summary>A link the snapshot remembered as deleted is back in HighLevel: its member is a live constant again.</summary>
    Restored,

    /// <summary>Gone from HighLevel: its member stays as an error (a tombstone) while the history keeps it.</summary>
    Deleted,

    /// <summary>Same id, new name: the generated member's name may change; the old one stays as an obsolete alias.</summary>
    Renamed,

    /// <summary>Same id, new <c>redirectTo</c>: the constant stays, where the link leads changes.</summary>
    Retargeted,

    /// <summary>Same id, another <c>fieldKey</c>: unusual, but it changes the constant's value.</summary>
    FieldKeyChanged,
}

/// <summary>One difference for one link id; <see cref="Before"/> and <see cref="After"/> hold the changed value.</summary>
internal sealed record LinkChange(ChangeKind Kind, string Id, string? Name, string? Before = null, string? After = null);
