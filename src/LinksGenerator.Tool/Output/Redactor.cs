using System;
using System.Buffers;
using System.Text;
using System.Threading;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// Removes secrets from text before it leaves the process. The token is never formatted into a message on purpose, but
/// a server may echo it in an error body (in any letter case), and a body sample may cut it in half; all must come out
/// as <see cref="Mask"/>. Locations fetched side by side add the tokens they exchange while others print, so it is safe
/// to share between threads.
/// </summary>
internal sealed class Redactor
{
    public const string Mask = "[redacted]";

    /// <summary>Shorter tails than this are too common to mean anything (and masking them would mangle ordinary text).</summary>
    private const int MinimumPartialLength = 4;

    private readonly object _gate = new();
    private Secrets _secrets = Secrets.None;

    public void Add(string secret)
    {
        if (secret.Length > 0)
        {
            lock (_gate)
            {
                _secrets = new Secrets([.. _secrets.All, secret]);
            }
        }
    }

    /// <summary>
    /// Masks every occurrence of every secret in one pass from left to right (the longest secret first where several
    /// start at one place), so the mask's own letters are never searched again.
    /// </summary>
    public string Redact(string text)
    {
        Secrets secrets = Volatile.Read(ref _secrets);
        StringBuilder? redacted = null;
        int copied = 0;
        while (EarliestSecret(text, copied, secrets) is var (start, length) && length > 0)
        {
            redacted ??= new StringBuilder(text.Length);
            redacted.Append(text, copied, start - copied).Append(Mask);
            copied = start + length;
        }

        return redacted is null ? text : redacted.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Where the first secret at or after <paramref name="from"/> starts, and its length (0 when none is there).</summary>
    private static (int Start, int Length) EarliestSecret(string text, int from, Secrets secrets)
    {
        int offset = text.AsSpan(from).IndexOfAny(secrets.Search);
        if (offset < 0)
        {
            return (text.Length, 0);
        }

        int at = from + offset;
        int longest = 0;
        foreach (string secret in secrets.All)
        {
            if (secret.Length > longest && text.AsSpan(at).StartsWith(secret, StringComparison.OrdinalIgnoreCase))
            {
                longest = secret.Length;
            }
        }

        return (at, longest);
    }

    /// <summary>Whether <paramref name="text"/> holds any secret (so it must go through <see cref="Redact"/>).</summary>
    public bool Finds(ReadOnlySpan<char> text) => text.IndexOfAny(Volatile.Read(ref _secrets).Search) >= 0;

    /// <summary>
    /// Redacts a sample that was cut off at its end: besides whole secrets, a tail that is the start of a secret is
    /// masked too, since the rest of the secret was simply not sampled.
    /// </summary>
    public string RedactCutSample(string sample)
    {
        string text = Redact(sample);
        foreach (string secret in Volatile.Read(ref _secrets).All)
        {
            for (int length = Math.Min(secret.Length - 1, text.Length); length >= MinimumPartialLength; length--)
            {
                if (text.AsSpan(text.Length - length).Equals(secret.AsSpan(0, length), StringComparison.OrdinalIgnoreCase))
                {
                    text = text[..^length] + Mask;
                    break;
                }
            }
        }

        return text;
    }

    /// <summary>
    /// The secrets, and one search for all of them at once (a pull of 50 locations checks every field of 50,000 links
    /// against 51 tokens: one vectorized pass per field, not 51).
    /// </summary>
    private sealed class Secrets(string[] all)
    {
        public static readonly Secrets None = new([]);

        public string[] All { get; } = all;

        public SearchValues<string> Search { get; } = SearchValues.Create(all, StringComparison.OrdinalIgnoreCase);
    }
}
