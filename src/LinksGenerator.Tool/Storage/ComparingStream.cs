using System;
using System.Buffers;
using System.IO;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Passes what is written on to another stream and compares it, as it goes, with the bytes a file already has, read
/// from the file piece by piece: the pull writes a snapshot of 50 locations once, straight to disk, and still knows
/// afterwards whether anything changed, without ever holding the old file or the new one whole.
/// </summary>
internal sealed class ComparingStream : Stream
{
    private readonly Stream _inner;
    private readonly Stream? _current;
    private byte[] _buffer = [];
    private long _position;
    private bool _differs;
    private bool? _sameAsCurrent;

    /// <param name="inner">Where the bytes go.</param>
    /// <param name="current">The bytes to compare with, read as far as is written; <see langword="null"/> when there is no file yet.</param>
    public ComparingStream(Stream inner, Stream? current)
    {
        _inner = inner;
        _current = current;
        _differs = current is null;
    }

    /// <summary>
    /// Whether everything written is exactly the current bytes, no more and no fewer: asked once writing is done (it
    /// reads on to the current bytes' end).
    /// </summary>
    public bool SameAsCurrent => _sameAsCurrent ??= !_differs && _current!.ReadByte() == -1;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _position;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>The file at <paramref name="path"/> to compare with, or <see langword="null"/> when there is none.</summary>
    public static FileStream? OpenCurrent(string path) =>
        File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.SequentialScan) : null;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_differs)
        {
            _differs = !IsNextOfCurrent(buffer);
        }

        _inner.Write(buffer);
        _position += buffer.Length;
    }

    public override void Flush() => _inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        base.Dispose(disposing);
    }

    /// <summary>Whether the current bytes go on with exactly <paramref name="written"/>.</summary>
    private bool IsNextOfCurrent(ReadOnlySpan<byte> written)
    {
        if (_buffer.Length < written.Length)
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = ArrayPool<byte>.Shared.Rent(written.Length);
        }

        Span<byte> next = _buffer.AsSpan(0, written.Length);
        return _current!.ReadAtLeast(next, written.Length, throwOnEndOfStream: false) == written.Length && next.SequenceEqual(written);
    }
}
