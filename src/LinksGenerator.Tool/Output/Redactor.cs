using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// Removes secrets from text before it leaves the process. The token is never formatted into a message on purpose, but
/// a server may echo it in an error body (in any letter case), cut short ("Invalid token: pit-1234…") or split across
/// the messages of an array, and a body sample may cut it in half; all must come out as <see cref="Mask"/>. Locations
/// fetched side by side add the tokens they exchange while others print, so it is safe to share between threads.
/// </summary>
internal sealed partial class Redactor
{
    public const string Mask = "[redacted]";

    /// <summary>
    /// A run of a secret this long is masked wherever it stands, even without the rest of the secret: enough of it to
    /// help a guess. Shorter runs are too common in ordinary text to mean anything (a token's "pit-" or a JWT's "eyJ"),
    /// and so is a run of letters of one case ("location"): a word, which a random token seldom holds, and which masked
    /// would mangle the messages around it.
    /// </summary>
    public const int PieceLength = 8;

    /// <summary>Shorter tails than this are too common to mean anything (and masking them would mangle ordinary text).</summary>
    private const int MinimumPartialLength = 4;

    private readonly object _gate = new();
    private Secrets _secrets = Secrets.None;

    /// <summary>
    /// Makes <paramref name="secret"/> known as one. The start of a JWT that every JWT signed the same way shares
    /// (<see cref="JwtHeader"/>) is no secret: masked as part of the whole token still, but a run of the token counts
    /// from where that start ends.
    /// </summary>
    public void Add(string secret)
    {
        if (secret.Length > 0)
        {
            // Its letters and digits alone (a member name made of a link's name drops the rest, and so do some echoes), a
            // secret too: a UUID-shaped token's short groups joined are a run of twelve characters no run of the token as it
            // stands holds. Past a JWT's public start (the dots it drops would hide where that start ends).
            int publicLength = JwtHeader.PublicLength(secret);
            string joined = EncodedText.Joined(secret[publicLength..])?.Text ?? secret;
            string[] added = joined.Length >= PieceLength && joined != secret ? [secret, joined] : [secret];
            lock (_gate)
            {
                _secrets = new Secrets([.. _secrets.All, .. added], _secrets.Public, [.. _secrets.Encoded, .. SecretForms.Of(secret, JwtHeader.PublicLength(secret))]);
            }
        }
    }

    /// <summary>
    /// Makes <paramref name="value"/> known as no secret: an id the run sends and prints anyway (a location's, the
    /// company's). A token may carry such an id (a location token made for that location), and a piece of a token that is
    /// a piece of it is then no secret either: masked, it would cut the location's own id out of every message, and every
    /// link whose id shares eight characters with it would be refused as holding a token.
    /// </summary>
    public void AddPublic(string value)
    {
        if (value.Length >= PieceLength)
        {
            lock (_gate)
            {
                _secrets = new Secrets(_secrets.All, [.. _secrets.Public, value], _secrets.Encoded);
            }
        }
    }

    /// <summary>
    /// Masks every occurrence of every secret, and every run of <see cref="PieceLength"/> characters or more that is a
    /// piece of one, in the text as it came and in its <see cref="EncodedText"/> view (a token written with escapes,
    /// character references or percent-encoding is masked where its encoded form stands); what is masked is decided
    /// before anything is replaced, so the mask's own letters are never searched.
    /// </summary>
    public string Redact(string text)
    {
        Secrets secrets = Volatile.Read(ref _secrets);
        bool[]? masked = null;
        MarkAsItStands(text, secrets, ref masked);
        MarkEncoded(text, secrets, ref masked);
        MarkJoined(text, secrets, ref masked);
        return masked is null ? text : Replace(text, masked);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a secret or a piece of one, as it stands or once decoded: what must go
    /// through <see cref="Redact"/> before it is shown, and what is refused where a secret must never go (a link, an id,
    /// a name, a path, a URL).
    /// </summary>
    public bool Reveals(ReadOnlySpan<char> text)
    {
        Secrets secrets = Volatile.Read(ref _secrets);
        return RevealsAsItStands(text, secrets) || (MayRevealDecoded(text, secrets) && RevealsDecoded(text.ToString(), secrets)) || RevealsJoined(text, secrets);
    }

    /// <summary><see cref="Reveals(ReadOnlySpan{char})"/> of a string, decoded without a copy: a pull asks it of every field of every link.</summary>
    public bool Reveals(string? text)
    {
        if (text is null)
        {
            return false;
        }

        Secrets secrets = Volatile.Read(ref _secrets);
        return RevealsAsItStands(text, secrets) || (MayRevealDecoded(text, secrets) && RevealsDecoded(text, secrets)) || RevealsJoined(text, secrets);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a whole secret (or one of its encoded forms, whole or cut short), as it stands or once decoded;
    /// pieces of one aside: what an id must not hold, when a piece of a token may be a piece of the id (a location token
    /// carrying its location's id).
    /// </summary>
    public bool HoldsWhole(string text)
    {
        Secrets secrets = Volatile.Read(ref _secrets);
        return secrets.NextWhole(text, 0) >= 0
            || (MayRevealDecoded(text, secrets) && EncodedText.Decode(text) is { } view && secrets.NextWhole(view.Text, 0) >= 0);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds all of a secret but for fewer than <see cref="PieceLength"/> of its letters
    /// and digits (the token without its "pit-"), read with its letters and digits alone, in any letter case: an id that
    /// is a token's random part is that token, though a token may carry an id (<see cref="AddPublic"/>) and keep a
    /// secret of its own besides.
    /// </summary>
    public bool HoldsNearlyWhole(string text)
    {
        Secrets secrets = Volatile.Read(ref _secrets);
        string joinedText = EncodedText.Joined(text)?.Text ?? text;
        foreach (string secret in secrets.All)
        {
            string joinedSecret = EncodedText.Joined(secret)?.Text ?? secret;
            if (joinedSecret.Length - LongestCommonRun(joinedSecret, joinedText) < PieceLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How long the longest run of characters both <paramref name="a"/> and <paramref name="b"/> hold is, in any letter case.</summary>
    private static int LongestCommonRun(string a, string b)
    {
        int longest = 0;
        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        foreach (char c in a)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = char.ToUpperInvariant(c) == char.ToUpperInvariant(b[j - 1]) ? previous[j - 1] + 1 : 0;
                longest = Math.Max(longest, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return longest;
    }

    /// <summary>The cheap test before decoding: there are secrets, and the text holds a character an encoding starts with.</summary>
    private static bool MayRevealDecoded(ReadOnlySpan<char> text, Secrets secrets) => secrets.All.Length > 0 && EncodedText.MayHoldEncoding(text);

    private static bool RevealsDecoded(string text, Secrets secrets) =>
        EncodedText.Decode(text) is { } view && (RevealsAsItStands(view.Text, secrets) || RevealsJoined(view.Text, secrets));

    /// <summary>
    /// Whether <paramref name="text"/> run together, its letters and digits alone, holds a secret or a piece of one
    /// (<see cref="EncodedText.Joined"/>): asked of every field of every link, so joined in a buffer of the stack or the
    /// pool, never a new string, and searched for pieces only where two characters were joined (a run that joins nothing
    /// stands in the text as it is, and was looked for there).
    /// </summary>
    private static bool RevealsJoined(ReadOnlySpan<char> text, Secrets secrets)
    {
        if (secrets.All.Length == 0 || !EncodedText.HasSeparator(text))
        {
            return false;
        }

        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = 0;
        int skipUntil = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (EncodedText.Keeps(text, i, ref skipUntil))
            {
                buffer[length++] = text[i];
            }
        }

        ReadOnlySpan<char> joined = buffer[..length];
        bool reveals = secrets.NextWhole(joined, 0) >= 0 || PieceAcrossJoins(text, joined, secrets);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return reveals;
    }

    /// <summary>Whether a run of <see cref="PieceLength"/> characters of <paramref name="joined"/> that takes in a join of <paramref name="text"/> is a piece of a secret.</summary>
    private static bool PieceAcrossJoins(ReadOnlySpan<char> text, ReadOnlySpan<char> joined, Secrets secrets)
    {
        // Where the joins fall in the joined text: before each character that followed a separator.
        int at = 0;
        int nextUnchecked = 0;
        bool afterSeparator = false;
        int skipUntil = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (!EncodedText.Keeps(text, i, ref skipUntil))
            {
                afterSeparator = at > 0;
                continue;
            }

            if (afterSeparator)
            {
                // The runs that hold both the character before the join and the one after it.
                int first = Math.Max(nextUnchecked, at - PieceLength + 1);
                int last = Math.Min(at - 1, joined.Length - PieceLength);
                for (int start = first; start <= last; start++)
                {
                    if (secrets.Pieces.Contains(Piece.Of(joined.Slice(start, PieceLength))))
                    {
                        return true;
                    }
                }

                nextUnchecked = Math.Max(nextUnchecked, last + 1);
                afterSeparator = false;
            }

            at++;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a secret only an encoding hides (<c>\u0070\u0069…</c>): masked as it stands,
    /// it would still show the secret to anyone who decodes it.
    /// </summary>
    public bool HidesEncoded(string text)
    {
        Secrets secrets = Volatile.Read(ref _secrets);
        bool[]? plain = null;
        MarkAsItStands(text, secrets, ref plain);
        bool[]? decoded = null;
        MarkEncoded(text, secrets, ref decoded);
        for (int i = 0; decoded is not null && i < decoded.Length; i++)
        {
            if (decoded[i] && plain?[i] != true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Redacts a sample that was cut off at its end: besides whole secrets, a tail that is the start of a secret is
    /// masked too, since the rest of the secret was simply not sampled; so is a tail that starts one of its encoded forms
    /// (a hex dump is three times the token's length, and a sample cut inside it would show most of the token), from
    /// <see cref="PieceLength"/> characters on, as the forms are matched whole and not by shorter runs.
    /// </summary>
    public string RedactCutSample(string sample)
    {
        string text = Redact(sample);
        Secrets secrets = Volatile.Read(ref _secrets);
        foreach (string secret in secrets.All)
        {
            text = MaskStartAtEnd(text, secret, MinimumPartialLength);
        }

        foreach (EncodedForm form in secrets.Encoded)
        {
            text = MaskStartAtEnd(text, form.Text, PieceLength);
        }

        return text;
    }

    /// <summary><paramref name="text"/> with its longest tail of at least <paramref name="shortest"/> characters that starts <paramref name="secret"/> masked.</summary>
    private static string MaskStartAtEnd(string text, string secret, int shortest)
    {
        for (int length = Math.Min(secret.Length - 1, text.Length); length >= shortest; length--)
        {
            if (text.AsSpan(text.Length - length).Equals(secret.AsSpan(0, length), StringComparison.OrdinalIgnoreCase))
            {
                return text[..^length] + Mask;
            }
        }

        return text;
    }

    private static bool RevealsAsItStands(ReadOnlySpan<char> text, Secrets secrets) =>
        secrets.NextWhole(text, 0) >= 0 || FirstPiece(text, 0, secrets) >= 0;

    /// <summary>Marks the spans of <paramref name="text"/> whose decoded form (<see cref="EncodedText"/>) is a secret or a piece of one.</summary>
    private static void MarkEncoded(string text, Secrets secrets, ref bool[]? masked)
    {
        if (secrets.All.Length > 0 && EncodedText.Decode(text) is { } view)
        {
            MarkView(text, view, secrets, ref masked);

            // Pieces with an encoded separator between them (%20, &#32;, &nbsp;, \u0020): decoded, then joined.
            if (RevealsJoined(view.Text, secrets) && view.ThenJoined() is { } joined)
            {
                MarkView(text, joined, secrets, ref masked);
            }
        }
    }

    /// <summary>Marks the spans of <paramref name="text"/> whose letters and digits run together (<see cref="EncodedText.Joined"/>) are a secret or a piece of one, what stands between them included.</summary>
    private static void MarkJoined(string text, Secrets secrets, ref bool[]? masked)
    {
        // Asked first without a copy: nearly every line has a space, and a view of each would be garbage for nothing.
        if (RevealsJoined(text, secrets) && EncodedText.Joined(text) is { } view)
        {
            MarkView(text, view, secrets, ref masked);
        }
    }

    /// <summary>Marks where <paramref name="view"/>'s secrets and pieces of secrets stand in <paramref name="text"/>.</summary>
    private static void MarkView(string text, EncodedText view, Secrets secrets, ref bool[]? masked)
    {
        bool[]? inView = null;
        MarkAsItStands(view.Text, secrets, ref inView);
        for (int start = 0; inView is not null && start < inView.Length; start++)
        {
            if (inView[start])
            {
                int end = start;
                while (end < inView.Length && inView[end])
                {
                    end++;
                }

                (int from, int length) = view.Source(start, end);
                Mark(ref masked, text.Length, from, length);
                start = end;
            }
        }
    }

    /// <summary>Marks every whole secret and every piece of one in <paramref name="text"/> as it stands.</summary>
    private static void MarkAsItStands(string text, Secrets secrets, ref bool[]? masked)
    {
        MarkSecrets(text, secrets, ref masked);
        MarkPieces(text, secrets, ref masked);
    }

    private static void MarkSecrets(string text, Secrets secrets, ref bool[]? masked)
    {
        foreach (var (start, length) in SecretsIn(text, secrets))
        {
            Mark(ref masked, text.Length, start, length);
        }
    }

    /// <summary>Every whole secret and every encoded form, whole or cut short, in <paramref name="text"/>, overlapping ones too, in any letter case.</summary>
    private static IEnumerable<(int Start, int Length)> SecretsIn(string text, Secrets secrets)
    {
        for (int at = NextSecret(text, 0, secrets); at >= 0; at = NextSecret(text, at + 1, secrets))
        {
            foreach (EncodedForm whole in secrets.Whole)
            {
                if (Secrets.MatchAt(text.AsSpan(at), whole) is > 0 and var length)
                {
                    yield return (at, length);
                }
            }
        }
    }

    private static void MarkPieces(string text, Secrets secrets, ref bool[]? masked)
    {
        for (int at = FirstPiece(text, 0, secrets); at >= 0; at = FirstPiece(text, at + 1, secrets))
        {
            Mark(ref masked, text.Length, at, PieceLength);
        }
    }

    private static int NextSecret(string text, int from, Secrets secrets)
    {
        int offset = from > text.Length ? -1 : text.AsSpan(from).IndexOfAny(secrets.Search);
        return offset < 0 ? -1 : from + offset;
    }

    /// <summary>Where the first run of <see cref="PieceLength"/> characters that is a piece of a secret starts, or -1.</summary>
    private static int FirstPiece(ReadOnlySpan<char> text, int from, Secrets secrets)
    {
        if (secrets.Pieces.Count == 0)
        {
            return -1;
        }

        for (int at = from; at + PieceLength <= text.Length; at++)
        {
            if (secrets.Pieces.Contains(Piece.Of(text.Slice(at, PieceLength))))
            {
                return at;
            }
        }

        return -1;
    }

    private static void Mark(ref bool[]? masked, int textLength, int start, int length)
    {
        masked ??= new bool[textLength];
        masked.AsSpan(start, length).Fill(true);
    }

    /// <summary>The text with each run of masked characters written as one <see cref="Mask"/>.</summary>
    private static string Replace(string text, bool[] masked)
    {
        var redacted = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (!masked[i])
            {
                redacted.Append(text[i]);
            }
            else if (i == 0 || !masked[i - 1])
            {
                redacted.Append(Mask);
            }
        }

        return redacted.ToString();
    }
}
