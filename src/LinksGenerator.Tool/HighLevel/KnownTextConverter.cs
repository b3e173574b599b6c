using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Reads a JSON string as <see cref="KnownText"/> has it when it can (unescaped and checked into a buffer on the stack,
/// then looked up), so the answer's strings are not allocated twice. Anything else (a long value, or not a string at
/// all) goes through <see cref="Utf8JsonReader.GetString"/>, which reads it, or fails, exactly as the built-in
/// converter does: the error messages of a wrong answer do not change.
/// </summary>
internal sealed class KnownTextConverter(KnownText known) : JsonConverter<string>
{
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
        return known.Get(value[..length]);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
