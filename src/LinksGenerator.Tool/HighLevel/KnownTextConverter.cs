using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Reads a link's strings as the <see cref="KnownText"/> of the answer being read has them when it can (unescaped and
/// checked into a buffer on the stack, then looked up), so the answer's strings are not allocated twice. Anything else
/// (a long value, or not a string at all) goes through <see cref="Utf8JsonReader.GetString"/>, which reads it, or fails,
/// exactly as the built-in converter does: the error messages of a wrong answer do not change.
/// </summary>
/// <remarks>
/// Named on <see cref="ApiLink"/>'s properties, so the source-generated context uses it with its own options. The known
/// text is the thread's for the one synchronous <see cref="JsonSerializer.Deserialize{TValue}(System.ReadOnlySpan{byte}, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue})"/>
/// call (<see cref="Use"/>): options of their own per location, with the converter as an instance, cost the first pull
/// of 50 locations 8–10 MB of metadata and code (docs/benchmarks.md, "ghl-links pull").
/// </remarks>
internal sealed class KnownTextConverter : JsonConverter<string>
{
    [ThreadStatic]
    private static KnownText? _threadKnown;

    /// <summary>The longest value looked up: ids, names and URLs are shorter; a longer one is rare enough to be read as usual.</summary>
    private const int LongestLookedUp = 512;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > LongestLookedUp)
        {
            return reader.GetString();
        }

        // Unescaped UTF-8 never has fewer bytes than characters, so the value fits.
        Span<char> value = stackalloc char[LongestLookedUp];
        int length = reader.CopyString(value);
        return (_threadKnown ?? KnownText.None).Get(value[..length]);
    }

    /// <summary>Reads with <paramref name="known"/> on this thread until the result is disposed.</summary>
    public static Scope Use(KnownText known) => new(known);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>The thread's known text while a read lasts; the one before it after.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly KnownText? _before;

        public Scope(KnownText known)
        {
            _before = _threadKnown;
            _threadKnown = known;
        }

        public void Dispose() => _threadKnown = _before;
    }
}
