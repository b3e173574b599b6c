using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace LinksGenerator.Tool.HighLevel;

/// <summary>
/// Reads an error response's body (bounded: gateway pages can be large) and what HighLevel's documented error shape says
/// in it. A body that is not that shape is kept only as a sample for the message.
/// </summary>
internal static class ErrorBodyReader
{
    /// <summary>HighLevel's error bodies are a few hundred bytes; anything past this is not one.</summary>
    public const int Limit = 16 * 1024;

    public static async Task<(ServerMessage Message, BodySample Sample)> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using ResponseBody body = await ResponseBody.ReadAsync(response, Limit, cancellationToken).ConfigureAwait(false);
        ServerMessage message = ServerMessage.None;
        if (body.Complete && !body.IsEmpty)
        {
            try
            {
                if (JsonSerializer.Deserialize(body.Bytes, HighLevelJsonContext.Default.ErrorBody) is { } parsed)
                {
                    message = ServerMessage.From(parsed);
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Not HighLevel's error shape (a proxy's page, plain text), or a string in it that is no text (invalid UTF-8,
                // an escaped lone surrogate: the parser takes it, reading its value throws): the sample describes it instead.
            }
        }

        return (message, body.Sample);
    }
}
