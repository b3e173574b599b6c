using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Unicode;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Words for a <see cref="JsonException"/> from reading a Links response: where it happened and which kind of problem
/// it is. Built from the exception's data (path, line, byte, and whether the reader, the text decoding or the serializer
/// objected) and from the body itself; the serializer's own message names .NET types and changes between versions, so
/// it is not repeated.
/// </summary>
internal static class JsonProblem
{
    /// <summary>What a Links response looks like, for a body whose values do not fit it.</summary>
    public const string LinksShape = "a Links response is {\"links\":[{\"id\":\"…\",\"name\":\"…\",\"redirectTo\":\"…\",\"fieldKey\":\"…\"}]} with string values, each property once";

    /// <summary>What the answer to a token exchange looks like.</summary>
    public const string LocationTokenShape = "a location token answer is {\"access_token\":\"…\",…} with a string access_token, each property once";

    /// <summary>The deepest nesting the serializer reads: <see cref="JsonSerializerOptions.MaxDepth"/>'s default, which the tool keeps.</summary>
    public const int MaxDepth = 64;

    /// <param name="e">What the serializer threw.</param>
    /// <param name="json">The body it read.</param>
    /// <param name="shape">What the body should have been, for values that do not fit it.</param>
    public static string Describe(JsonException e, ReadOnlySpan<byte> json, string shape = LinksShape)
    {
        // The serializer wraps what the reader rejects (a cut-off body, a stray character, a trailing comma, nesting past
        // its depth) in a JsonException, and what decoding a string rejects in another exception; anything else it throws
        // itself, about a value it could read but not use (a number for a name, a repeated property).
        string what = e.InnerException switch
        {
            not null when !Utf8.IsValid(json) => "it is not UTF-8 text, which JSON must be (a byte sequence that is not UTF-8)",
            JsonException when NestsDeeperThanTheLimit(json) => $"it nests deeper than {MaxDepth} levels, more than the tool reads (a Links response nests 3)",
            JsonException => "it is not well-formed JSON (cut off, or not JSON at all)",
            InvalidOperationException when HasUndecodableString(json) => "a string in it holds a lone surrogate (an escape \\uD800–\\uDFFF without its pair), which is no text",
            null when RepeatedBefore(json, Offset(json, e)) is { } name => $"property {name} is in one object twice, so which of its values holds is anyone's guess; {shape}",
            _ => $"the value has the wrong type or shape; {shape}",
        };
        return $"the JSON is not valid here: at {Where(e)} {what}";
    }

    /// <summary>Whether the body, read without the serializer's depth limit, opens an object or array past that limit before any other problem.</summary>
    private static bool NestsDeeperThanTheLimit(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth * 4 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= MaxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Broken before it got too deep (or far too deep to read on): the depth is not what stopped the serializer
            // unless it got that far.
            return reader.CurrentDepth >= MaxDepth;
        }

        return false;
    }

    /// <summary>Whether a string or property name in the body cannot be decoded (an escaped lone surrogate), read without the serializer.</summary>
    private static bool HasUndecodableString(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    _ = reader.GetString();
                }
            }
        }
        catch (InvalidOperationException)
        {
            return true;
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    /// <summary>
    /// The first property name repeated within one object of the body that starts before <paramref name="end"/> (the
    /// serializer reads in order, so one it stopped after is what it stopped on), quoted and cut to a readable length;
    /// null when there is none.
    /// </summary>
    private static string? RepeatedBefore(ReadOnlySpan<byte> json, long end)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        var objects = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read() && reader.TokenStartIndex < end)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName when reader.GetString() is { } name && !objects.Peek().Add(name):
                        return Output.Printable.Quote(name.Length > 64 ? name[..64] + "…" : name);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Broken further on: what was read so far had no repeat.
        }

        return null;
    }

    /// <summary>Where in <paramref name="json"/> the serializer stopped, as a byte offset; the body's end when the exception does not say.</summary>
    private static long Offset(ReadOnlySpan<byte> json, JsonException e)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } column)
        {
            return json.Length;
        }

        int start = 0;
        for (long l = 0; l < line; l++)
        {
            int next = json[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return json.Length;
            }

            start += next + 1;
        }

        return Math.Min(json.Length, start + column);
    }

    /// <summary>"$.links[0].name (line 1, byte 49)": the path, and the position counted from 1 as editors count.</summary>
    private static string Where(JsonException e)
    {
        string path = e.Path ?? "$";
        return e.LineNumber is { } line ? $"{path} (line {line + 1}, byte {e.BytePositionInLine + 1})" : path;
    }
}
