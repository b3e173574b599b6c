using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Loading;

/// <summary>
/// Two independent 64-bit FNV-1a hashes over a text's characters: 128 bits, so two different snapshots never share a
/// cache entry in practice. (SourceText.GetContentHash is newer than the Roslyn 4.8 this package targets.)
/// </summary>
internal readonly record struct ContentHash(ulong First, ulong Second)
{
    private const ulong Prime = 1099511628211UL;

    public static ContentHash Of(SourceText text)
    {
        ulong first = 14695981039346656037UL;
        ulong second = 0x84222325CBF29CE4UL;
        char[] buffer = new char[4096];
        for (int position = 0; position < text.Length; position += buffer.Length)
        {
            int count = System.Math.Min(buffer.Length, text.Length - position);
            text.CopyTo(position, buffer, 0, count);
            for (int i = 0; i < count; i++)
            {
                first = (first ^ buffer[i]) * Prime;
                second = (second ^ (ulong)(buffer[i] + i + position)) * Prime;
            }
        }

        return new ContentHash(first, second);
    }
}
