using System;

namespace LinksGenerator.Tool.Commands;

/// <summary>The options both commands share, as given on the command line (nothing resolved yet).</summary>
internal sealed record ConnectionSettings(string? LocationId, string BaseUrl, string TokenVariable, TimeSpan Timeout);
