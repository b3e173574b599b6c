using System.IO;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

/// <summary>Reading a whole file, never more than a limit, whatever the path turns out to be.</summary>
public class BoundedFileTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void A_file_up_to_the_limit_is_read_whole(int length)
    {
        using var folder = new TempFolder();
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        File.WriteAllBytes(folder.SnapshotPath, bytes);

        Assert.Equal(bytes, BoundedFile.ReadAllBytes(folder.SnapshotPath, limit: 100_000));
    }

    [Fact]
    public void A_file_past_the_limit_is_not_read()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.SnapshotPath, new byte[100_001]);

        Assert.Null(BoundedFile.ReadAllBytes(folder.SnapshotPath, limit: 100_000));
    }

    [Fact]
    public void A_device_that_never_ends_is_read_only_to_the_limit()
    {
        Assert.Null(BoundedFile.ReadAllBytes("/dev/zero", limit: 100_000));
    }
}
