using System;
using System.IO;

namespace LinksGenerator.Tool.Storage;

/// <summary>
/// Passes writes on to another stream until they add up to more than a limit, then throws
/// <see cref="TooLargeException"/> before the write that would pass it: a snapshot larger than the tool (and the build)
/// will read back must never be written.
/// </summary>
internal sealed class SizeLimitedStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private long _written;

    public SizeLimitedStream(Stream inner, long limit)
    {
        _inner = inner;
        _limit = limit;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_written + buffer.Length > _limit)
        {
            throw new TooLargeException(_limit);
        }

        _written += buffer.Length;
        _inner.Write(buffer);
    }

    public override void Flush() => _inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>What was written would have passed <see cref="Limit"/> bytes.</summary>
    internal sealed class TooLargeException(long limit) : Exception($"more than {limit} bytes")
    {
        public long Limit { get; } = limit;
    }
}
