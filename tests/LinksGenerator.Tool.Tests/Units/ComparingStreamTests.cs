using System;
using System.IO;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>The stream that tells, while the snapshot is written, whether the file's bytes change at all.</summary>
public class ComparingStreamTests
{
    private static readonly byte[] Current = "{\n  \"links\": []\n}\n"u8.ToArray();

    [Theory]
    [InlineData(new[] { 18 })]
    [InlineData(new[] { 1, 17 })]
    [InlineData(new[] { 5, 0, 6, 7 })]
    public void The_same_bytes_in_any_pieces_are_the_same(int[] pieces)
    {
        Assert.True(Written(Current, pieces, Current).SameAsCurrent);
    }

    [Fact]
    public void Fewer_more_or_other_bytes_are_not_the_same_and_all_of_them_still_go_through()
    {
        byte[] other = (byte[])Current.Clone();
        other[^2] = (byte)']';

        Assert.False(Written(Current[..^1], [Current.Length - 1], Current).SameAsCurrent);
        Assert.False(Written([.. Current, (byte)'\n'], [Current.Length + 1], Current).SameAsCurrent);
        Assert.False(Written(other, [3, other.Length - 3], Current).SameAsCurrent);
        Assert.False(Written(Current, [Current.Length], current: null).SameAsCurrent);
        Assert.False(Written([], [], Current).SameAsCurrent);
        Assert.True(Written([], [], current: []).SameAsCurrent);
    }

    [Fact]
    public void The_current_bytes_are_read_only_as_far_as_is_written_and_to_their_end_once_asked()
    {
        var current = new CountingStream(Current);
        using var comparing = new ComparingStream(Stream.Null, current);

        comparing.Write(Current, 0, 5);
        Assert.Equal(5, current.Position);

        comparing.Write(Current, 5, Current.Length - 5);
        Assert.True(comparing.SameAsCurrent);
        Assert.True(comparing.SameAsCurrent);
        Assert.Equal(Current.Length, current.Position);
    }

    /// <summary>Writes <paramref name="bytes"/> in <paramref name="pieces"/> and checks every byte reached the inner stream.</summary>
    private static ComparingStream Written(byte[] bytes, int[] pieces, byte[]? current)
    {
        using var inner = new MemoryStream();
        var comparing = new ComparingStream(inner, current is null ? null : new CountingStream(current));
        int offset = 0;
        foreach (int piece in pieces)
        {
            comparing.Write(bytes, offset, piece);
            offset += piece;
        }

        Assert.Equal(bytes, inner.ToArray());
        return comparing;
    }

    /// <summary>The current bytes as a file gives them: a few at a time (reads may return fewer bytes than asked for).</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 3)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 3));
    }
}
