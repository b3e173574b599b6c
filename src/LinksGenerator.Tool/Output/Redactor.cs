using System;
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
    private string[] _secrets = [];

    public void Add(string secret)
    {
        if (secret.Length > 0)
        {
            lock (_gate)
            {
                _secrets = [.. _secrets, secret];
            }
        }
    }

    /// <summary>
    /// Masks every occurrence of every secret in one pass from left to right (the longest secret first where several
    /// start at one place), so the mask's own letters are never searched again.
    /// </summary>
    public string Redact(string text)
    {
        string[] secrets = Volatile.Read(ref _secrets);
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
    private static (int Start, int Length) EarliestSecret(string text, int from, string[] secrets)
    {
        (int Start, int Length) earliest = (text.Length, 0);
        foreach (string secret in secrets)
        {
            int at = text.IndexOf(secret, from, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at < earliest.Start || (at == earliest.Start && secret.Length > earliest.Length)))
            {
                earliest = (at, secret.Length);
            }
        }

        return earliest;
    }

    /// <summary>Whether <paramref name="text"/> holds any secret (so it must go through <see cref="Redact"/>).</summary>
    public bool Finds(ReadOnlySpan<char> text)
    {
        foreach (string secret in Volatile.Read(ref _secrets))
        {
            if (text.Contains(secret, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Redacts a sample that was cut off at its end: besides whole secrets, a tail that is the start of a secret is
    /// masked too, since the rest of the secret was simply not sampled.
    /// </summary>
    public string RedactCutSample(string sample)
    {
        string text = Redact(sample);
        foreach (string secret in Volatile.Read(ref _secrets))
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
}
