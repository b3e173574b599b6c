using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// A response body read into memory, up to a limit: all of it, or, when it is longer, the first bytes past the limit
/// and no more (then it is not <see cref="Complete"/>). What is parsed and what a message quotes come from the same
/// bytes. The buffer comes from <see cref="BodyBuffers"/> and goes back on <see cref="Dispose"/>.
/// </summary>
internal sealed class ResponseBody : IDisposable
{
    /// <summary>Bytes a message's sample keeps; <see cref="BodySample"/> quotes fewer characters than this.</summary>
    public const int SampleSize = 512;

    /// <summary>Where a body without a Content-Length starts; the buffer doubles from here as bytes arrive.</summary>
    private const int InitialCapacity = 16 * 1024;

    private byte[] _buffer;
    private readonly int _length;
    private readonly string? _contentType;

    private ResponseBody(byte[] buffer, int length, bool complete, HttpResponseMessage response, long? unreadLength = null)
    {
        _buffer = buffer;
        _length = length;
        Complete = complete;
        _contentType = ResponseContentType.Shown(response.Content.Headers);
        Compression = CompressionOf(response);
        UnreadLength = unreadLength;
    }

    /// <summary>
    /// The body, without a UTF-8 byte order mark: JSON over HTTP has no need of one, but a server or proxy that sends one
    /// still sends UTF-8 JSON, and the parser would otherwise stop at it.
    /// </summary>
    public ReadOnlySpan<byte> Bytes
    {
        get
        {
            ReadOnlySpan<byte> all = _buffer.AsSpan(0, _length);
            return all.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? all[3..] : all;
        }
    }

    /// <summary>Whether the end of the body was reached within the limit, so <see cref="Bytes"/> is all of it.</summary>
    public bool Complete { get; }

    public bool IsEmpty => Complete && _length == 0;

    /// <summary>
    /// The length the answer's Content-Length announced when that was more than the limit and so none of the body was
    /// read (<see cref="ReadWholeAsync"/>); null when the body was read.
    /// </summary>
    public long? UnreadLength { get; }

    public BodySample Sample => new(_contentType, _length, _buffer.AsMemory(0, Math.Min(_length, SampleSize)), Complete, Compression, UnreadLength);

    /// <summary>
    /// The answer's Content-Encoding when it names a compression (not "identity", which is none); null otherwise. The
    /// tool asks for no compression and decodes none: a compressed body is bytes that are not text.
    /// </summary>
    public string? Compression { get; }

    /// <summary>
    /// Reads a body that is only of use whole (one to be parsed): when its Content-Length already says it is longer than
    /// <paramref name="limit"/>, none of it is read, as reading would only wait for bytes that are then thrown away (a
    /// server that announces more than it sends would make that wait a timeout, and the timeout a retry that sends the
    /// token again). Otherwise as <see cref="ReadAsync"/>.
    /// </summary>
    public static Task<ResponseBody> ReadWholeAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken) =>
        response.Content.Headers.ContentLength is { } announced && announced > limit
            ? Task.FromResult(new ResponseBody([], 0, complete: false, response, unreadLength: announced))
            : ReadAsync(response, limit, cancellationToken);

    /// <summary>
    /// Reads the body of <paramref name="response"/>, stopping one byte past <paramref name="limit"/>: a body only sampled
    /// for a message (an error page) is read up to the limit even when it announces more, so the message can quote it.
    /// </summary>
    public static async Task<ResponseBody> ReadAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(limit, Array.MaxLength);

        // One byte more than the limit is room enough to tell a body of exactly the limit from a longer one; with a
        // truthful Content-Length the buffer never grows. A rented buffer may be larger: only cap bytes count.
        int cap = limit + 1;
        long? announced = response.Content.Headers.ContentLength;
        byte[] buffer = BodyBuffers.Rent(announced is { } size && size < cap ? (int)size + 1 : Math.Min(InitialCapacity, cap));
        int length = 0;
        try
        {
            await using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                int room = Math.Min(buffer.Length, cap);
                if (length == room)
                {
                    if (length == cap)
                    {
                        return new ResponseBody(buffer, length, complete: false, response);
                    }

                    buffer = Grow(buffer, length, (int)Math.Min(2L * buffer.Length, cap));
                    room = Math.Min(buffer.Length, cap);
                }

                int read = await stream.ReadAsync(buffer.AsMemory(length, room - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new ResponseBody(buffer, length, complete: true, response);
                }

                length += read;
            }
        }
        catch
        {
            BodyBuffers.GiveBack(buffer);
            throw;
        }
    }

    /// <summary>Gives the buffer back (<see cref="BodyBuffers.GiveBack"/>); <see cref="Bytes"/> and <see cref="Sample"/> must not be used after.</summary>
    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        BodyBuffers.GiveBack(buffer);
    }

    private static byte[] Grow(byte[] buffer, int length, int size)
    {
        byte[] larger = BodyBuffers.Rent(size);
        buffer.AsSpan(0, length).CopyTo(larger);
        BodyBuffers.GiveBack(buffer);
        return larger;
    }

    private static string? CompressionOf(HttpResponseMessage response)
    {
        string[] encodings = response.Content.Headers.ContentEncoding.Where(e => !e.Equals("identity", StringComparison.OrdinalIgnoreCase)).ToArray();
        return encodings.Length == 0 ? null : Output.Printable.Line(string.Join(", ", encodings));
    }
}
