using System;
using System.IO;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Passes what is written on to another stream and compares it, as it goes, with the bytes a file already has: the pull
/// writes a snapshot of 50 locations once, straight to disk, and still knows afterwards whether anything changed.
/// </summary>
internal sealed class ComparingStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[]? _current;
    private long _position;
    private bool _differs;

    /// <param name="inner">Where the bytes go.</param>
    /// <param name="current">The bytes to compare with; <see langword="null"/> when there is no file yet.</param>
    public ComparingStream(Stream inner, byte[]? current)
    {
        _inner = inner;
        _current = current;
        _differs = current is null;
    }

    /// <summary>Whether everything written so far is exactly the current bytes, no more and no fewer.</summary>
    public bool SameAsCurrent => !_differs && _position == _current!.Length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _position;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_differs)
        {
            _differs = _position + buffer.Length > _current!.Length || !buffer.SequenceEqual(_current.AsSpan((int)_position, buffer.Length));
        }

        _inner.Write(buffer);
        _position += buffer.Length;
    }

    public override void Flush() => _inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
