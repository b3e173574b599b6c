using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// A read-only pass-through that keeps the first bytes it reads and counts the rest. The body is parsed as it streams
/// (10,000 links are never held as text), and when it turns out not to be a Links response the message can still
/// quote how it began and how long it was.
/// </summary>
internal sealed class HeadRecordingStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _head;
    private int _headLength;

    public HeadRecordingStream(Stream inner, int headSize)
    {
        _inner = inner;
        _head = new byte[headSize];
    }

    public ReadOnlyMemory<byte> Head => _head.AsMemory(0, _headLength);

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Record(buffer.AsSpan(offset, _inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Record(buffer[.._inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Record(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>
    /// Reads on (recording as usual) until the end of the body, or until more than <paramref name="limit"/> bytes were
    /// read in all; for bodies nobody parses. Returns whether the end was reached, that is whether <see cref="BytesRead"/>
    /// is the whole length.
    /// </summary>
    public async Task<bool> DrainAsync(long limit, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[8192];
        while (BytesRead <= limit)
        {
            if (await ReadAsync(buffer, cancellationToken).ConfigureAwait(false) == 0)
            {
                return true;
            }
        }

        return false;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Record(ReadOnlySpan<byte> read)
    {
        int keep = Math.Min(read.Length, _head.Length - _headLength);
        read[..keep].CopyTo(_head.AsSpan(_headLength));
        _headLength += keep;
        BytesRead += read.Length;
        return read.Length;
    }
}
