using System;
using System.IO;
using System.Text;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.HighLevel;
using LinksGenerator.Tool.Storage;
using LinksGenerator.Tool.Tests.Infrastructure;

namespace LinksGenerator.Tool.Tests.Units;

public class SnapshotBytesTests
{
    [Fact]
    public void Links_become_the_writers_bytes_in_utf8_without_a_bom()
    {
        ApiLink[] links = [new() { Id = "b", Name = "Zweite – Seite", RedirectTo = "https://x.example/b" }, new() { Id = "a", Name = "first" }];

        byte[] bytes = Bytes(LocationContent.From(FakeHighLevel.Location, links, LinkHistory.None));

        string text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"locationId\": \"ve9EPM428h8vShlRW1KT\",", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("\"id\": \"a\"", StringComparison.Ordinal) < text.IndexOf("\"id\": \"b\"", StringComparison.Ordinal));
        Assert.Contains("Zweite – Seite", text, StringComparison.Ordinal);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.True(GeneratorView.Read(text).IsReadable);
    }

    [Fact]
    public void Text_the_build_could_not_read_is_refused_before_anything_is_written()
    {
        // STJ already refuses lone surrogates in a response; this is the last line of defence if that ever changes.
        ApiLink[] links = [new() { Id = "a1", Name = "broken " + (char)0xDC00 }];

        ToolException failure = Assert.Throws<ToolException>(() => LocationContent.From(FakeHighLevel.Location, links, LinkHistory.None));

        Assert.Equal(ExitCode.Failed, failure.ExitCode);
        Assert.Contains("HighLevel sent the name of link a1 as broken text (a lone UTF-16 surrogate)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paired_surrogates_are_ordinary_text()
    {
        ApiLink[] links = [new() { Id = "a1", Name = "party 🎉" }];

        byte[] bytes = Bytes(LocationContent.From(FakeHighLevel.Location, links, LinkHistory.None));

        Assert.Contains("party 🎉", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bytes_are_exactly_the_writers_text_for_one_location_and_for_many()
    {
        // The bytes are encoded into the file as the writer runs (no intermediate string); they must still be its text.
        ApiLink[] links = [new() { Id = "b", Name = "Ä \u2028 \"q\" 🎉", RedirectTo = "https://b.example/" }, new() { Id = "a", Name = "A" }];
        LocationContent one = LocationContent.From(FakeHighLevel.Location, links, LinkHistory.None);
        LocationContent named = LocationContent.From("L2", links, LinkHistory.None, name: "Uptown");

        Assert.Equal(
            Encoding.UTF8.GetBytes(SnapshotWriter.Write(one.LocationId, one.Entries, one.DeletedEntries)),
            Bytes(one));
        Assert.Equal(
            Encoding.UTF8.GetBytes(SnapshotWriter.WriteLocations([named.AsLocationEntry, named.AsLocationEntry with { Name = "Downtown" }])),
            Bytes(stream => SnapshotBytes.Write(stream, [named.AsLocationEntry, named.AsLocationEntry with { Name = "Downtown" }])));
    }

    private static byte[] Bytes(LocationContent location) => Bytes(stream => SnapshotBytes.Write(stream, location));

    private static byte[] Bytes(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
