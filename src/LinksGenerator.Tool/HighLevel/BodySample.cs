using System;
using System.Text;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// What came back, for messages about answers that are not what was asked for: the content type, the size and how the
/// body began, quoted safely and with the token masked.
/// </summary>
internal sealed class BodySample
{
    /// <summary>Enough to recognise an HTML page or a JSON error; more would flood the terminal.</summary>
    private const int QuotedCharacters = 120;

    private readonly byte[] _head;

    public BodySample(string? contentType, long length, ReadOnlyMemory<byte> head, bool complete, string? compression = null, long? unreadLength = null)
    {
        ContentType = contentType;
        Length = length;
        _head = head.ToArray();
        Complete = complete;
        Compression = compression;
        UnreadLength = unreadLength;
    }

    private BodySample(BodySample sample)
        : this(sample.ContentType, sample.Length, ReadOnlyMemory<byte>.Empty, sample.Complete, sample.Compression, sample.UnreadLength) => Withheld = true;

    /// <summary>The length a Content-Length announced for a body left unread (<see cref="ResponseBody.UnreadLength"/>).</summary>
    public long? UnreadLength { get; }

    /// <summary>The body's compression (<see cref="ResponseBody.Compression"/>): its bytes are then not text, and not quoted.</summary>
    public string? Compression { get; }

    /// <summary>Whether the body is not to be quoted at all (see <see cref="Withhold"/>).</summary>
    public bool Withheld { get; }

    public string? ContentType { get; }

    /// <summary>Bytes received (all of them when <see cref="Complete"/>, else the ones read before giving up).</summary>
    public long Length { get; }

    public bool Complete { get; }

    public ReadOnlyMemory<byte> Head => _head;

    public bool IsEmpty => Complete && Length == 0;

    /// <summary>For example <c>text/html, 1532 bytes: "&lt;html&gt;&lt;head&gt;…"</c>, or <c>application/json, an empty body</c>.</summary>
    public string Describe(Redactor redactor)
    {
        string type = ContentType ?? "no content type";
        if (IsEmpty)
        {
            return $"{type}, an empty body";
        }

        if (UnreadLength is { } announced)
        {
            return $"{type}, {announced} bytes by its Content-Length, none of them read";
        }

        string size = Complete ? $"{Length} bytes" : $"at least {Length} bytes";
        return Withheld || EchoesEncodedToken(redactor) ? $"{type}, {size} (not shown: it may hold a token)"
            : Compression is { } compression ? $"{type}, {size}, compressed ({compression}), which the tool does not decode"
            : $"{type}, {size}: {Quote(redactor)}";
    }

    /// <summary>
    /// Whether the body holds a token that an encoding hides from masking (JSON escapes, character references, UTF-16's
    /// NULs: <see cref="EncodedText"/>): such a body is not quoted at all, since whoever reads the message could decode it.
    /// </summary>
    private bool EchoesEncodedToken(Redactor redactor) => redactor.HidesEncoded(Encoding.UTF8.GetString(_head));

    /// <summary>
    /// The same sample, described without its bytes: for a successful token exchange whose answer is not what was
    /// expected, whatever came back may be a token nobody can redact, since it was never read as one.
    /// </summary>
    public BodySample Withhold() => new(this);

    private string Quote(Redactor redactor)
    {
        // Lossy decoding on purpose: the point is to show a person what arrived, whatever its encoding.
        string text = Encoding.UTF8.GetString(_head);
        bool cut = text.Length > QuotedCharacters || _head.Length < Length || !Complete;
        if (text.Length > QuotedCharacters)
        {
            text = text[..QuotedCharacters];
        }

        // Cut first, then mask: a token the cut ends in the middle of is masked whole, not left as "[reda".
        text = cut ? redactor.RedactCutSample(text) : redactor.Redact(text);
        return "\"" + Printable.Escape(text) + "\"" + (cut ? "…" : "");
    }
}
