using System.Linq;
using LinksGenerator.Snapshot;
using Xunit.Abstractions;

namespace LinksGenerator.Tests.Snapshot;

/// <summary>
/// Differential fuzzing: thousands of generated documents go to our reader and to the System.Text.Json oracle, which
/// must agree on accept/reject and, when both accept, on every link. Seeds are fixed so a failure reproduces. Our reader
/// is run both ways, with and without sharing repeated text (as ghl-links reads), and over the text's UTF-8 bytes (as
/// ghl-links reads a file): all must read alike, errors included.
/// </summary>
public class SnapshotReaderFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Our_reader_and_System_Text_Json_agree(int seed)
    {
        const int Documents = 2_500;
        var generator = new RandomSnapshotText(seed);
        int accepted = 0;

        for (int i = 0; i < Documents; i++)
        {
            string text = generator.Next();
            ReadOutcome? expected = ReferenceSnapshotReader.Read(text);
            ReadOutcome? actual = Ours(text, shareRepeatedText: false);
            ReadOutcome? shared = Ours(text, shareRepeatedText: true);

            bool agree = expected is null ? actual is null : actual is not null && expected.Matches(actual);
            Assert.True(agree, $"seed {seed}, document {i}: System.Text.Json {(expected is null ? "rejects" : "accepts")}, ours {(actual is null ? "rejects: " + SnapshotReader.Read(text).Error : "accepts")}\n{Escape(text)}");
            Assert.True(expected is null ? shared is null : shared is not null && expected.Matches(shared), $"seed {seed}, document {i}: sharing repeated text reads otherwise\n{Escape(text)}");
            Assert.Equal(SnapshotReader.Read(text).Error, SnapshotReader.Read(text, shareRepeatedText: true).Error);
            if (Utf8(text) is { } utf8)
            {
                ReadOutcome? fromBytes = Ours(utf8);
                Assert.True(actual is null ? fromBytes is null : fromBytes is not null && actual.Matches(fromBytes), $"seed {seed}, document {i}: its UTF-8 bytes read otherwise\n{Escape(text)}");
            }
            accepted += expected is null ? 0 : 1;
        }

        output.WriteLine($"seed {seed}: {accepted} of {Documents} documents accepted by both");

        // The generator must exercise both verdicts substantially, or the agreement above means little.
        Assert.InRange(accepted, Documents / 5, Documents * 4 / 5);
    }

    private static ReadOutcome? Ours(string text, bool shareRepeatedText) => Outcome(SnapshotReader.Read(text, shareRepeatedText).Document);

    /// <summary>The text's UTF-8 bytes, with a byte order mark for every other text; null for a text UTF-8 cannot hold (a lone surrogate).</summary>
    private static Utf8Text? Utf8(string text)
    {
        try
        {
            byte[] bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(text);
            bool bom = text.Length % 2 == 0;
            return new Utf8Text(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes, bom ? 3 : 0);
        }
        catch (System.Text.EncoderFallbackException)
        {
            return null;
        }
    }

    private static ReadOutcome? Ours(Utf8Text text) => Outcome(SnapshotReader.TryRead(text, shareRepeatedText: true));

    private static ReadOutcome? Outcome(SnapshotDocument? document) =>
        document is null
            ? null
            : new ReadOutcome(
                document.SchemaVersion,
                document.LocationId,
                document.Links.Select(Comparable).ToList(),
                document.DeletedLinks.Select(Comparable).ToList(),
                document.Problems.Count,
                document.Locations?.Select(l => new ReadLocation(l.Name, l.LocationId, l.Links.Select(Comparable).ToList(), l.DeletedLinks.Select(Comparable).ToList())).ToList());

    private static ReadLink Comparable(SnapshotLink link) =>
        new(link.Id, link.Name, link.RedirectTo, link.FieldKey, link.LocationId, string.Join(ReadLink.Separator, link.FormerNames));

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
