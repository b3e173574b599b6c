using System;

namespace LinksGenerator.Snapshot;

/// <summary>Why a text is not a snapshot, and where (in the text's units).</summary>
internal class SnapshotSyntaxException : Exception
{
    public SnapshotSyntaxException(int offset, string message)
        : base(message) => Offset = offset;

    public int Offset { get; }
}

/// <summary>Fatal in the snapshot's links; skipped with a problem in its history (<see cref="SnapshotReader{TText}"/>'s ReadLeniently).</summary>
internal sealed class SnapshotShapeException(int offset, string message) : SnapshotSyntaxException(offset, message);

/// <summary>A schemaVersion newer than this code reads: the file may well be fine, for a newer version.</summary>
internal sealed class NewerSchemaException(int offset, string message) : SnapshotSyntaxException(offset, message);
