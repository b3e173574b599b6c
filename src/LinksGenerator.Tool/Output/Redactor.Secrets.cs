using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace LinksGenerator.Tool.Output;

/// <summary>What <see cref="Redactor"/> looks for: the secrets, their encoded forms and their pieces.</summary>
internal sealed partial class Redactor
{
    /// <summary>
    /// The secrets, one search for all of them at once (a pull of 50 locations checks every field of 50,000 links
    /// against 51 tokens: one vectorized pass per field, not 51), and every piece of them to look up.
    /// </summary>
    private sealed class Secrets
    {
        public static readonly Secrets None = new([], [], []);

        public Secrets(string[] all, string[] publicValues, EncodedForm[] encoded)
        {
            All = all;
            Public = publicValues;
            Encoded = encoded;
            Whole = [.. all.Select(secret => new EncodedForm(secret, secret.Length)), .. encoded];
            Search = SearchValues.Create(Whole.Select(Start).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);
            var known = new HashSet<Piece>();
            foreach (string value in publicValues)
            {
                for (int at = 0; at + PieceLength <= value.Length; at++)
                {
                    known.Add(Piece.Of(value.AsSpan(at, PieceLength)));
                }
            }

            string[] publicForms = [.. publicValues, .. publicValues.Select(value => EncodedText.Joined(value)?.Text).OfType<string>()];
            foreach (string secret in all)
            {
                // A run that starts in what every JWT signed the same way starts with is a run of any of them.
                bool[]? inPublic = InPublic(secret, publicForms);
                for (int at = JwtHeader.PublicLength(secret); at + PieceLength <= secret.Length; at++)
                {
                    Piece piece = Piece.Of(secret.AsSpan(at, PieceLength));
                    if (!IsWord(secret.AsSpan(at, PieceLength)) && !known.Contains(piece) && !MostlyPublic(inPublic, at))
                    {
                        Pieces.Add(piece);
                    }
                }
            }
        }

        /// <summary>Whether more than half of the run at <paramref name="at"/> is a public value's (<see cref="InPublic"/>).</summary>
        private static bool MostlyPublic(bool[]? inPublic, int at) => inPublic is not null && inPublic.AsSpan(at, PieceLength).Count(true) > PieceLength / 2;

        /// <summary>
        /// Which characters of <paramref name="secret"/> are those of a public value in it (a location token carrying its
        /// location's id); null when none is. A run that is mostly such characters tells little of the secret, and is no
        /// piece of it: text read with its letters and digits run together joins an id to the word before it ("location
        /// Dwn5…" reads "locationDwn5…"), which would otherwise be a run of a token "…-token-Dwn5…" from its "n" on.
        /// </summary>
        private static bool[]? InPublic(string secret, string[] publicForms)
        {
            bool[]? inPublic = null;
            foreach (string form in publicForms)
            {
                for (int at = secret.IndexOf(form, StringComparison.OrdinalIgnoreCase); at >= 0; at = secret.IndexOf(form, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    inPublic ??= new bool[secret.Length];
                    inPublic.AsSpan(at, form.Length).Fill(true);
                }
            }

            return inPublic;
        }

        public string[] All { get; }

        /// <summary>Values known to be no secret (<see cref="AddPublic"/>): their pieces are not pieces of a secret.</summary>
        public string[] Public { get; }

        /// <summary>
        /// The secrets' encoded forms (<see cref="SecretForms"/>), masked from their start, not by pieces from anywhere:
        /// hexadecimal is mostly digits, and eight digits of it would be masked in any number that has them, and a link
        /// holding one refused.
        /// </summary>
        public EncodedForm[] Encoded { get; }

        /// <summary>What is masked wherever it stands: the secrets whole (their pieces are <see cref="Pieces"/>), and their encoded forms from their <see cref="EncodedForm.Shortest"/> start on.</summary>
        public EncodedForm[] Whole { get; }

        /// <summary>How much of <paramref name="form"/> <paramref name="text"/> starts with, in any letter case, if that is at least its shortest meaningful start; else 0.</summary>
        public static int MatchAt(ReadOnlySpan<char> text, EncodedForm form)
        {
            int length = 0;
            int most = Math.Min(text.Length, form.Text.Length);
            while (length < most && char.ToUpperInvariant(text[length]) == char.ToUpperInvariant(form.Text[length]))
            {
                length++;
            }

            return length >= form.Shortest ? length : 0;
        }

        private static bool IsWord(ReadOnlySpan<char> piece) => !piece.ContainsAnyExceptInRange('a', 'z') || !piece.ContainsAnyExceptInRange('A', 'Z');

        /// <summary>
        /// Where a whole secret or form may begin: the first <see cref="SearchedLength"/> characters of each, which
        /// <see cref="NextWhole"/> confirms. A search built of the whole forms (16 of each token, a hex dump three times its
        /// length), rebuilt as a 50-location pull learns each exchanged token, raised the pull's peak memory from 93.7 to
        /// 98.3 MB, one round 100.6 MB, past the budget; of their starts, 92.8 MB (docs/benchmarks.md, "ghl-links pull").
        /// </summary>
        public SearchValues<string> Search { get; }

        /// <summary>Where in <paramref name="text"/>, from <paramref name="from"/> on, a whole secret or form starts; -1 for nowhere.</summary>
        public int NextWhole(ReadOnlySpan<char> text, int from)
        {
            while (from <= text.Length)
            {
                int offset = text[from..].IndexOfAny(Search);
                if (offset < 0)
                {
                    return -1;
                }

                int at = from + offset;
                foreach (EncodedForm whole in Whole)
                {
                    if (MatchAt(text[at..], whole) > 0)
                    {
                        return at;
                    }
                }

                from = at + 1;
            }

            return -1;
        }

        /// <summary>How much of each secret and form the search looks for at most: as long as the shortest token the tool takes.</summary>
        private const int SearchedLength = 16;

        /// <summary>What the search looks for: the start of a secret or form, no longer than its shortest meaningful start.</summary>
        private static string Start(EncodedForm whole) => whole.Text[..Math.Min(SearchedLength, whole.Shortest)];

        public HashSet<Piece> Pieces { get; } = [];
    }

    /// <summary>
    /// <see cref="PieceLength"/> characters, upper-cased (so pieces match in any letter case, like whole secrets), as
    /// two numbers: a lookup costs no string.
    /// </summary>
    private readonly record struct Piece(ulong Start, ulong End)
    {
        public static Piece Of(ReadOnlySpan<char> eight) => new(Pack(eight[..4]), Pack(eight[4..]));

        private static ulong Pack(ReadOnlySpan<char> four)
        {
            ulong packed = 0;
            foreach (char c in four)
            {
                packed = (packed << 16) | char.ToUpperInvariant(c);
            }

            return packed;
        }
    }
}
