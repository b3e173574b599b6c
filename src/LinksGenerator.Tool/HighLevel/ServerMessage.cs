using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using LinksGenerator.Rules;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>What an error body said, in words: its <c>message</c> (one string, or several for 422) and its <c>error</c>.</summary>
internal sealed record ServerMessage(IReadOnlyList<string> Messages, string? Error)
{
    public static ServerMessage None { get; } = new(System.Array.Empty<string>(), null);

    public bool IsEmpty => Messages.Count == 0 && Error is null;

    /// <summary>
    /// The messages joined with "; ", or the <c>error</c> when there is no message. HighLevel's are a sentence; a longer
    /// one is a page of something else (up to <see cref="ErrorBodyReader.Limit"/>), cut as every message argument is
    /// (<see cref="MessageText.Shorten"/>), so the line stays readable.
    /// </summary>
    public string Text => MessageText.Shorten(Messages.Count > 0 ? string.Join("; ", Messages) : Error ?? "");

    public static ServerMessage From(ErrorBody body)
    {
        var messages = new List<string>();
        if (body.Message is { } message)
        {
            if (message.ValueKind == JsonValueKind.Array)
            {
                messages.AddRange(message.EnumerateArray().Select(TextOf).Where(t => t.Length > 0));
            }
            else if (TextOf(message) is { Length: > 0 } single)
            {
                messages.Add(single);
            }
        }

        string? error = body.Error is { } e && TextOf(e) is { Length: > 0 } text ? text : null;
        return new ServerMessage(messages, error);
    }

    /// <summary>
    /// A string's value; an object's members as <c>name: value</c> and an array's items, joined with "; "; a number or
    /// a boolean as written. A body that breaks the documented types still speaks, and always in decoded text: an escape
    /// such as <c>\u0070</c> quoted as it came would show a token that masking, which reads text, cannot see.
    /// </summary>
    private static string TextOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!.Trim(),
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Object => Joined(element.EnumerateObject().Select(member => TextOf(member.Value) is { Length: > 0 } value ? $"{member.Name}: {value}" : "")),
        JsonValueKind.Array => Joined(element.EnumerateArray().Select(TextOf)),
        _ => element.GetRawText(),
    };

    private static string Joined(IEnumerable<string> parts) => string.Join("; ", parts.Where(part => part.Length > 0));
}
