using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LinksGenerator.Tool.Output;

/// <summary>
/// The forms a secret takes when a server or a proxy echoes it encoded rather than as it is: base64 (an Authorization
/// header quoted back, <c>Bearer …</c> or Basic credentials, or a token in a link's query) of its UTF-8 bytes or of its
/// UTF-16 ones (as Windows tools encode text), and hexadecimal of either, run together or a byte at a time (.NET's own
/// errors about a malformed answer quote its bytes as <c>42-65-61-…</c>, or <c>42-00-65-00-…</c> read as UTF-16). The <see cref="Redactor"/> masks each form wherever it
/// stands whole or cut short, from as much of it as encodes <see cref="Redactor.PieceLength"/> characters of the secret
/// on (a proxy that quotes the header cut off shows the token's start), and so a link holding one is refused too.
/// </summary>
/// <param name="Text">The encoded form.</param>
/// <param name="Shortest">How much of its start stands for a run of the secret long enough to mean it.</param>
internal sealed record EncodedForm(string Text, int Shortest);

/// <summary>The encoded forms of a secret (<see cref="EncodedForm"/>).</summary>
internal static class SecretForms
{
    /// <summary>What stands between the bytes of a hexadecimal dump: nothing, .NET's '-', the ':' of certificates and packet tools, a space.</summary>
    private static readonly string[] HexSeparators = ["", "-", ":", " "];

    /// <summary>
    /// The encoded forms of <paramref name="secret"/>, each meaning it from as much of its start as encodes
    /// <see cref="Redactor.PieceLength"/> characters beyond the secret's first <paramref name="publicLength"/>, which
    /// are no secret (<see cref="JwtHeader"/>).
    /// </summary>
    public static IEnumerable<EncodedForm> Of(string secret, int publicLength = 0)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(secret);
        int meaningful = publicLength + Redactor.PieceLength;

        // Matched ignoring case, so lower-case hex too. A token is ASCII (ghl-links refuses others), a byte a character.
        string hex = Convert.ToHexString(utf8);
        if (hex.Length >= Redactor.PieceLength)
        {
            foreach (string separator in HexSeparators)
            {
                yield return Hex(hex, separator, meaningful);
            }

            // Its UTF-16 bytes too, as .NET holds text and Windows tools write it ("70-00-69-00-…", two bytes a
            // character): a byte at a time as .NET's own errors quote them, or run together, in either byte order.
            string utf16 = Convert.ToHexString(Encoding.Unicode.GetBytes(secret));
            yield return Hex(utf16, "-", 2 * meaningful);
            yield return Hex(utf16, "", 2 * meaningful);
            yield return Hex(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(secret)), "", 2 * meaningful);
        }

        foreach (EncodedForm encoded in Base64(utf8, 1, meaningful).Concat(Base64(Encoding.Unicode.GetBytes(secret), 2, meaningful)))
        {
            yield return encoded;
        }
    }

    /// <summary><paramref name="hex"/> a byte at a time, <paramref name="separator"/> between bytes, meaning the secret from <paramref name="meaningfulBytes"/> bytes on.</summary>
    private static EncodedForm Hex(string hex, string separator, int meaningfulBytes)
    {
        string form = string.Join(separator, hex.Chunk(2).Select(pair => new string(pair)));
        return new EncodedForm(form, Math.Min(form.Length, (2 * meaningfulBytes) + ((meaningfulBytes - 1) * separator.Length)));
    }

    private static IEnumerable<EncodedForm> Base64(byte[] bytes, int bytesPerCharacter, int meaningful)
    {
        // Six bits a character: the characters that hold the secret's meaningful start.
        int shortest = ((8 * bytesPerCharacter * meaningful) + 5) / 6;
        // In base64, the characters a secret becomes depend on where it falls in the 3-byte groups of what is encoded
        // ("Bearer " before it moves it by one byte): for each of the three places, the characters made of its bits alone.
        for (int offset = 0; offset < 3; offset++)
        {
            byte[] placed = new byte[offset + bytes.Length];
            bytes.CopyTo(placed, offset);
            string encoded = Convert.ToBase64String(placed);
            int first = ((8 * offset) + 5) / 6;
            int end = 8 * placed.Length / 6;
            if (end - first < Redactor.PieceLength)
            {
                continue;
            }

            string own = encoded[first..end];
            yield return new EncodedForm(own, Math.Min(own.Length, shortest));

            // The URL-safe alphabet (JWTs, query strings) differs in two characters.
            string urlSafe = own.Replace('+', '-').Replace('/', '_');
            if (urlSafe != own)
            {
                yield return new EncodedForm(urlSafe, Math.Min(urlSafe.Length, shortest));
            }
        }
    }
}
